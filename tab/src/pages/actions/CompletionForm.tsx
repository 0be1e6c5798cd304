import { Button, Checkbox, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { EvidenceRecord } from '../../api/types';
import { ErrorMessage } from '../../ui/ErrorMessage';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  files: { border: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  file: { overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface Completion {
  readonly note: string;
  readonly evidenceIds: readonly string[];
}

/**
 * Completing an action: how it was done, and the evidence files that show it (the assessment's own library). The API
 * says in words what is missing when completion needs more.
 */
export function CompletionForm({
  actionTitle,
  evidence,
  onComplete,
  onCancel,
}: {
  readonly actionTitle: string;
  readonly evidence: readonly EvidenceRecord[];
  readonly onComplete: (completion: Completion) => Promise<void>;
  readonly onCancel: () => void;
}) {
  const styles = useStyles();
  const legendId = useId();
  const [note, setNote] = useState('');
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => (on ? [...current, id] : current.filter((c) => c !== id)));
  const complete = async () => {
    setSaving(true);
    setError(null);
    try {
      await onComplete({ note, evidenceIds: chosen });
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className={styles.form} role="group" aria-label={`Complete: ${actionTitle}`}>
      <Field label="How was the action completed?">
        <Textarea value={note} resize="vertical" onChange={(_, d) => setNote(d.value)} />
      </Field>
      <fieldset className={styles.files} aria-labelledby={legendId}>
        <Text id={legendId} weight="semibold">
          Evidence that shows it is done
        </Text>
        {evidence.length === 0 ? (
          <Text>This assessment has no evidence files yet: add them below, then choose them here.</Text>
        ) : (
          evidence.map((file) => (
            <Checkbox
              key={file.id}
              className={styles.file}
              label={file.fileName}
              checked={chosen.includes(file.id)}
              onChange={(_, d) => toggle(file.id, d.checked === true)}
            />
          ))
        )}
      </fieldset>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={saving} onClick={() => void complete()}>
          {saving ? 'Saving…' : 'Mark as completed'}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
      {error ? <ErrorMessage error={error} title="The action was not marked completed" /> : null}
    </div>
  );
}
