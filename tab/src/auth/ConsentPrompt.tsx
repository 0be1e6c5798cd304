import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { HostInfo } from '../host/host-info';
import { CenteredPanel } from './CenteredPanel';

/** Teams needs the person's consent before SSO can work: say so, and open the consent flow on request. */
export function ConsentPrompt({ host, onConsented }: { host: HostInfo; onConsented: () => void }) {
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const consent = async () => {
    if (!host.requestConsent) return;
    setBusy(true);
    setFailed(null);
    try {
      await host.requestConsent();
      onConsented();
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <CenteredPanel title="One more step to sign in">
      <Text>
        The Mind &amp; Body network app needs your permission to sign you in with your organisation&apos;s Microsoft
        account. It only reads who you are and, when you choose a file, that file.
      </Text>
      {failed ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Permission was not given</MessageBarTitle>
            {failed}. You can try again, or ask your IT team to approve the app for your organisation.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div>
        <Button appearance="primary" onClick={() => void consent()} disabled={busy || !host.requestConsent}>
          {busy ? 'Waiting for permission…' : 'Give permission'}
        </Button>
      </div>
    </CenteredPanel>
  );
}
