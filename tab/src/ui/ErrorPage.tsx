import { Text } from '@fluentui/react-components';
import { RouteLink } from '../app/RouteLink';
import { ErrorMessage } from './ErrorMessage';
import { PageHeader } from './PageHeader';

/**
 * A page that could not be opened: a heading that says so (it takes the focus like any page's), what went wrong
 * in the API's words, a way to try again, and a way back to My work.
 */
export function ErrorPage({ title, error, onRetry }: { title: string; error: unknown; onRetry: () => void }) {
  return (
    <>
      <PageHeader title={title} />
      <ErrorMessage error={error} onRetry={onRetry} />
      <Text block as="p">
        <RouteLink to={{ page: 'my-work' }}>Go back to My work</RouteLink>
      </Text>
    </>
  );
}
