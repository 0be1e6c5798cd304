import { Field, Input, makeStyles, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { AddActionRequest, AssessmentPerson, Finding } from '../../api/types';
import { actionFieldProblems } from '../../../../src/domain/action-fields';
import { FINDING_LABELS } from '../../../../src/domain/labels';
import { ReasonedForm } from '../../ui/ReasonedForm';

const useStyles = makeStyles({
  // Never wider than the screen: the page reflows at 320 CSS px.
  select: { minWidth: 0, maxWidth: '100%' },
});

function findingLabel(finding: Finding): string {
  const text = finding.text.length > 80 ? `${finding.text.slice(0, 80)}…` : finding.text;
  return `${finding.standardCode} ${FINDING_LABELS[finding.kind]}: ${text}`;
}

/**
 * A new action for the plan: for a finding no action answers yet (chosen up front when the lead starts from one)
 * or free-standing. Every problem shows at once before anything is sent, by the rules the API applies.
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
  // What is sent and what is checked first are the same values: the rules are the API's own (src/domain).
  const fields = {
    findingId: findingId === '' ? null : findingId,
    title,
    description,
    ownerId: ownerId === '' ? null : ownerId,
    dueDate: dueDate === '' ? null : dueDate,
  };
  return (
    <ReasonedForm
      label="New action"
      submitLabel="Add to the plan"
      notSentTitle="The action was not added"
      problems={() => actionFieldProblems(fields)}
      onSubmit={() => onSave(fields)}
      onCancel={onCancel}
    >
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
    </ReasonedForm>
  );
}
