import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorMessage } from '../../ui/ErrorMessage';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem', minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The service's appeal: its grounds, in the service's own words. */
export function AppealForm({
  closesOn,
  onAppeal,
  onCancel,
}: {
  closesOn: string;
  onAppeal: (grounds: string) => Promise<void>;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const [grounds, setGrounds] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const send = async () => {
    setSending(true);
    setError(null);
    try {
      await onAppeal(grounds);
    } catch (e) {
      setError(e);
    } finally {
      setSending(false);
    }
  };
  return (
    <form
      className={styles.form}
      aria-label="Appeal the decision"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <Field
        label="Grounds of the appeal"
        hint={`What the panel should look at again, and why. Appeals are taken until ${closesOn}.`}
      >
        <Textarea value={grounds} onChange={(_, d) => setGrounds(d.value)} resize="vertical" />
      </Field>
      {error ? <ErrorMessage error={error} title="The appeal was not sent" /> : null}
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={sending}>
          Send the appeal
        </Button>
        <Button onClick={onCancel} disabled={sending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
