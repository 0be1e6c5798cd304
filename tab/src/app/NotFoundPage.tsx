import { Text } from '@fluentui/react-components';
import { PageHeader } from '../ui/PageHeader';
import { RouteLink } from './RouteLink';

export function NotFoundPage({ path }: { path: string }) {
  return (
    <>
      <PageHeader title="Page not found" />
      <Text block as="p">
        There is no page at {path}. Go to <RouteLink to={{ page: 'my-work' }}>My work</RouteLink> or{' '}
        <RouteLink to={{ page: 'dashboard' }}>Progress</RouteLink>.
      </Text>
    </>
  );
}
