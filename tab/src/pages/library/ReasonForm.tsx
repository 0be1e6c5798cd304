import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  big: { minHeight: '44px' },
});

/** Declining a proposal or withdrawing an entry: always with a reason, which stays on the entry's record. */
export function ReasonForm({
  label,
  hint,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  label: string;
  hint: string;
  submitLabel: string;
  onSubmit: (reason: string) => Promise<void>;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);
  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim() === '') {
          setMissing(true);
          return;
        }
        setBusy(true);
        void onSubmit(reason.trim()).finally(() => setBusy(false));
      }}
    >
      <Field
        label={label}
        hint={hint}
        validationMessage={missing ? 'Write a reason first.' : undefined}
        validationState={missing ? 'error' : 'none'}
      >
        <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" className={styles.big} disabled={busy}>
          {submitLabel}
        </Button>
        <Button className={styles.big} onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
