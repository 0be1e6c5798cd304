import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ConsentRequiredError, messageOf } from '../../../api/errors';
import { useApp } from '../../../app/app-context';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  // Never wider than the screen: the page reflows at 320 CSS px.
  input: { minWidth: 'min(18rem, 100%)' },
});

/**
 * "Collect once": a file already in the person's OneDrive or SharePoint is added by pasting the link they copy
 * there ("Copy link"). The server reads it with their own permissions and keeps where it came from.
 */
export function CopyInFromLink({ code, onCopyIn }: { code: string; onCopyIn: (url: string) => Promise<void> }) {
  const styles = useStyles();
  const { host } = useApp();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [needsConsent, setNeedsConsent] = useState(false);
  const add = async () => {
    setBusy(true);
    setError(null);
    setNeedsConsent(false);
    try {
      await onCopyIn(url.trim());
      setUrl('');
    } catch (e) {
      if (e instanceof ConsentRequiredError) setNeedsConsent(true);
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const consent = async () => {
    if (!host.requestConsent) return;
    await host.requestConsent().catch((e: unknown) => setError(messageOf(e)));
    await add();
  };
  return (
    <div className={styles.row}>
      <Field
        label={`Add a file from OneDrive or SharePoint for ${code} (paste its link)`}
        validationMessage={error ?? undefined}
        validationState={error ? 'error' : 'none'}
      >
        <Input
          className={styles.input}
          type="url"
          value={url}
          placeholder="https://…sharepoint.com/…"
          onChange={(_, d) => setUrl(d.value)}
        />
      </Field>
      <Button onClick={() => void add()} disabled={busy || url.trim() === ''}>
        {busy ? 'Adding…' : 'Add from link'}
      </Button>
      {needsConsent && host.requestConsent ? (
        <Button appearance="primary" onClick={() => void consent()}>
          Give permission to read the file
        </Button>
      ) : null}
    </div>
  );
}
