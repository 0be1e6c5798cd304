import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { messageOf } from '../../api/errors';
import type { AssessmentPerson } from '../../api/types';
import { ActionNotice, type ActionResult } from '../../ui/ActionNotice';

/** The value shown when a theme's standards are assigned to different people. */
export const MIXED = '__several__';

// A native select is as wide as its longest option ("Dr ... (Clinical health psychologist)"): on a phone it must
// shrink to the screen instead (WCAG 1.4.10 reflow), the option text is still read in full when it opens.
const useStyles = makeStyles({
  assignee: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0, maxWidth: '100%' },
  field: { minWidth: 0, maxWidth: '100%' },
  select: { minWidth: 0, maxWidth: '100%', '& select': { minWidth: 0, maxWidth: '100%', textOverflow: 'ellipsis' } },
});

/**
 * Hands a standard (or a whole theme) to a contributor; "Nobody" clears it. The select waits while the choice is
 * saved, then the focus moves to what happened (or why not), so a keyboard or screen-reader user is never left on
 * the page body by the disabled select.
 */
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
  const [result, setResult] = useState<ActionResult | null>(null);
  const change = async (next: string) => {
    setBusy(true);
    setResult(null);
    try {
      await onAssign(next === '' ? null : next);
      setResult({
        intent: 'success',
        text:
          next === ''
            ? 'Now not assigned to anyone.'
            : `Assigned to ${people.find((p) => p.id === next)?.displayName ?? next}.`,
      });
    } catch (e) {
      setResult({ intent: 'error', text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.assignee}>
      <Field className={styles.field} label={label}>
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
      {result ? <ActionNotice result={result} /> : null}
    </div>
  );
}
