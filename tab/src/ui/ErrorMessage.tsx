import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ApiUnavailableError, messageOf } from '../api/errors';

/** A problem said plainly, with a way to try again when trying again can help. */
export function ErrorMessage({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const unavailable = error instanceof ApiUnavailableError;
  return (
    <MessageBar intent={unavailable ? 'warning' : 'error'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {title ?? (unavailable ? 'Cannot reach the network service' : 'That did not work')}
        </MessageBarTitle>
        {messageOf(error)}
      </MessageBarBody>
      {onRetry ? (
        <MessageBarActions>
          <Button onClick={onRetry}>Try again</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
