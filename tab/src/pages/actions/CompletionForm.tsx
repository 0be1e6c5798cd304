import { Checkbox, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { EvidenceRecord } from '../../api/types';
import { completionProblems } from '../../../../src/domain/action-fields';
import { ReasonedForm } from '../../ui/ReasonedForm';

const useStyles = makeStyles({
  files: { border: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  file: { overflowWrap: 'anywhere' },
});

export interface Completion {
  readonly note: string;
  readonly evidenceIds: readonly string[];
}

/**
 * Completing an action: how it was done, and the evidence files that show it (the assessment's own library). What is
 * missing shows before anything is sent, by the rules the API applies.
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
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => (on ? [...current, id] : current.filter((c) => c !== id)));
  return (
    <ReasonedForm
      label={`Complete: ${actionTitle}`}
      submitLabel="Mark as completed"
      notSentTitle="The action was not marked completed"
      problems={() => completionProblems({ note, evidenceIds: chosen })}
      onSubmit={() => onComplete({ note, evidenceIds: chosen })}
      onCancel={onCancel}
    >
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
    </ReasonedForm>
  );
}
