import { Field, makeStyles, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { messageOf } from '../../api/errors';
import type { AssessmentPerson } from '../../api/types';

/** The value shown when a theme's standards are assigned to different people. */
export const MIXED = '__several__';

// A native select is as wide as its longest option ("Dr ... (Clinical health psychologist)"): on a phone it must
// shrink to the screen instead (WCAG 1.4.10 reflow), the option text is still read in full when it opens.
const useStyles = makeStyles({
  field: { minWidth: 0, maxWidth: '100%' },
  select: { minWidth: 0, maxWidth: '100%', '& select': { minWidth: 0, maxWidth: '100%', textOverflow: 'ellipsis' } },
});

/** Hands a standard (or a whole theme) to a contributor; "Nobody" clears it. */
export function AssigneeSelect({
  label,
  people,
  value,
  onAssign,
}: {
  label: string;
  people: readonly AssessmentPerson[];
  value: string | null;
  onAssign: (personId: string | null) => Promise<void>;
}) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const change = async (next: string) => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      await onAssign(next === '' ? null : next);
      setDone(
        next === ''
          ? 'Now not assigned to anyone.'
          : `Assigned to ${people.find((p) => p.id === next)?.displayName ?? next}.`,
      );
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Field
      className={styles.field}
      label={label}
      validationMessage={error ?? done}
      validationState={error ? 'error' : done ? 'success' : 'none'}
    >
      <Select
        className={styles.select}
        value={value ?? ''}
        disabled={busy}
        onChange={(_, data) => void change(data.value)}
      >
        <option value="">Nobody</option>
        {value === MIXED ? (
          <option value={MIXED} disabled>
            Several people
          </option>
        ) : null}
        {value && value !== MIXED && !people.some((p) => p.id === value) ? (
          <option value={value}>Someone else</option>
        ) : null}
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.displayName}
            {person.jobTitle ? ` (${person.jobTitle})` : ''}
          </option>
        ))}
      </Select>
    </Field>
  );
}
