import { Button, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { AddActionRequest, AssessmentPerson, Finding } from '../../api/types';
import { FINDING_LABELS } from '../../../../src/domain/labels';
import { ErrorMessage } from '../../ui/ErrorMessage';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, maxWidth: '40rem' },
  // Never wider than the screen: the page reflows at 320 CSS px.
  select: { minWidth: 0, maxWidth: '100%' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

function findingLabel(finding: Finding): string {
  const text = finding.text.length > 80 ? `${finding.text.slice(0, 80)}…` : finding.text;
  return `${finding.standardCode} ${FINDING_LABELS[finding.kind]}: ${text}`;
}

/**
 * A new action for the plan: for a finding no action answers yet (chosen up front when the lead starts from one)
 * or free-standing. The API says in words what is missing, so the form does not second-guess it.
 */
export function NewActionForm({
  findings,
  people,
  initialFindingId,
  onSave,
  onCancel,
}: {
  readonly findings: readonly Finding[];
  readonly people: readonly AssessmentPerson[];
  readonly initialFindingId: string | null;
  readonly onSave: (body: AddActionRequest) => Promise<void>;
  readonly onCancel: () => void;
}) {
  const styles = useStyles();
  const initial = findings.find((f) => f.id === initialFindingId);
  const [findingId, setFindingId] = useState(initial?.id ?? '');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState(initial?.text ?? '');
  const [ownerId, setOwnerId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await onSave({
        findingId: findingId === '' ? null : findingId,
        title,
        description,
        ownerId: ownerId === '' ? null : ownerId,
        dueDate: dueDate === '' ? null : dueDate,
      });
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className={styles.form} role="group" aria-label="New action">
      <Field label="The finding it answers">
        <Select className={styles.select} value={findingId} onChange={(_, d) => setFindingId(d.value)}>
          <option value="">None: a free-standing action</option>
          {findings.map((f) => (
            <option key={f.id} value={f.id}>
              {findingLabel(f)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="What will be done">
        <Input value={title} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label="Details">
        <Textarea value={description} resize="vertical" onChange={(_, d) => setDescription(d.value)} />
      </Field>
      <Field label="Owner">
        <Select className={styles.select} value={ownerId} onChange={(_, d) => setOwnerId(d.value)}>
          <option value="">Choose who will do it</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.jobTitle ? `${p.displayName} (${p.jobTitle})` : p.displayName}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Due date">
        <Input type="date" value={dueDate} onChange={(_, d) => setDueDate(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={saving} onClick={() => void save()}>
          {saving ? 'Adding…' : 'Add to the plan'}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
      {error ? <ErrorMessage error={error} title="The action was not added" /> : null}
    </div>
  );
}
