import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import type { ConnectionStatus } from '../api/connection-status';

/** Says when the API is slow or unreachable; the live region announces changes to screen readers. */
export function ConnectionBanner({ status }: { status: ConnectionStatus }) {
  const state = useSyncExternalStore(status.subscribe, () => status.current);
  return (
    <div role="status" aria-live="polite">
      {state === 'offline' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The network service cannot be reached</MessageBarTitle>
            Your changes are kept on this device and will be saved as soon as the service answers again.
          </MessageBarBody>
        </MessageBar>
      ) : state === 'slow' ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The network service is slow to answer</MessageBarTitle>
            Still working on it. You can keep going; nothing you type is lost.
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
