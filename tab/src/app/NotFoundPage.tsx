import { Text } from '@fluentui/react-components';
import { PAGE_NAMES } from '../../../src/domain/labels';
import { PageHeader } from '../ui/PageHeader';
import { RouteLink } from './RouteLink';

export function NotFoundPage({ path }: { path: string }) {
  return (
    <>
      <PageHeader title="Page not found" />
      <Text block as="p">
        There is no page at {path}. Go to <RouteLink to={{ page: 'my-work' }}>{PAGE_NAMES.myWork}</RouteLink> or{' '}
        <RouteLink to={{ page: 'dashboard' }}>{PAGE_NAMES.dashboard}</RouteLink>.
      </Text>
    </>
  );
}
