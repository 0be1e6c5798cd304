import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import type { Cycle, CyclePhase, FrameworkSummary } from '../../api/types';
import { cycleProblems } from '../../../../src/domain/cycle-phase';
import { cycleWindowChanges, type CycleWindowChange } from '../../../../src/domain/cycle-window-changes';
import type { Confirmation } from '../../ui/ConfirmAction';
import { formatDate, todayIso } from '../../ui/dates';
import { AdminForm } from './AdminForm';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { useItemForm, type ItemFormProps } from './use-item-form';

export const PHASES: readonly { phase: CyclePhase; label: string }[] = [
  { phase: 'self_assessment', label: 'Self-assessment' },
  { phase: 'peer_review', label: 'Peer review' },
  { phase: 'reporting', label: 'Reporting' },
  { phase: 'action_planning', label: 'Action planning' },
];

const useStyles = makeStyles({
  window: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 12rem))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  legend: { margin: `${tokens.spacingVerticalS} 0 0` },
});

const EMPTY = { start: '', end: '' };

function phaseLabel(phase: CyclePhase): string {
  return PHASES.find((p) => p.phase === phase)?.label ?? phase;
}

/** One change to other people's work, said exactly: which window, which dates, what stops. */
function describeChange(change: CycleWindowChange): string {
  if (change.kind === 'shortens_live_window') {
    const label = phaseLabel(change.phase);
    const ends = formatDate(change.endsOn);
    const was = formatDate(change.endedOn);
    return change.closesAtOnce
      ? `The ${label.toLowerCase()} window is open now and would close at once (its new end, ${ends}, has passed; it was ${was}). Work in it can no longer be changed.`
      : `The ${label.toLowerCase()} window is open now and would close on ${ends} instead of ${was}: ${change.fewerDays} ${change.fewerDays === 1 ? 'day' : 'days'} fewer for everyone working in it.`;
  }
  const later = phaseLabel(change.later).toLowerCase();
  const earlier = phaseLabel(change.earlier).toLowerCase();
  return `The ${earlier} window (until ${formatDate(change.earlierEnds)}) and the ${later} window (from ${formatDate(change.laterStarts)}) overlap. From ${formatDate(change.laterStarts)} the cycle counts as ${later}, so ${earlier} work stops then.`;
}

/** A cycle's name, framework version and its four windows; a date problem shows under the date it names. */
export function CycleForm({
  initial,
  onDone,
  frameworks,
}: ItemFormProps<Cycle> & { frameworks: readonly FrameworkSummary[] }) {
  const styles = useStyles();
  const { api } = useApp();
  const [name, setName] = useState(initial?.name ?? '');
  const [frameworkVersionId, setFramework] = useState(initial?.frameworkVersionId ?? '');
  const [windows, setWindows] = useState<Cycle['windows']>(
    initial?.windows ?? { self_assessment: EMPTY, peer_review: EMPTY, reporting: EMPTY, action_planning: EMPTY },
  );
  const setDate = (phase: CyclePhase, edge: 'start' | 'end', value: string) =>
    setWindows((w) => ({ ...w, [phase]: { ...w[phase], [edge]: value } }));
  const form = useItemForm({
    initial,
    onDone,
    addTitle: 'Set up a cycle',
    nameOf: (c) => c.name,
    save: ({ id, version }) => {
      const input = { name, frameworkVersionId, windows, version };
      return id ? api.updateCycle(id, input) : api.createCycle(input);
    },
    savedNotice: (c) => `${c.name} is saved.`,
    problems: () => {
      const byField: Record<string, string> = {};
      for (const { field, message } of cycleProblems({ name, frameworkVersionId, windows })) {
        byField[field] ??= message;
      }
      return byField;
    },
    confirmBefore: (): Confirmation | null => {
      const changes = cycleWindowChanges(initial?.windows ?? null, windows, todayIso());
      if (changes.length === 0) return null;
      return {
        question: initial ? `Change the windows of ${initial.name}?` : 'Set up this cycle with overlapping windows?',
        consequences: changes.map((change) => describeChange(change)),
        confirmLabel: initial ? 'Save the new windows' : 'Set up the cycle',
      };
    },
  });
  return (
    <AdminForm {...form.formProps}>
      <TextField
        label="Name"
        required
        hint="For example Cycle 2027/28."
        value={name}
        onChange={setName}
        error={form.fieldErrors['name']}
      />
      <SelectField
        label="Framework version"
        required
        value={frameworkVersionId}
        onChange={setFramework}
        placeholder="Choose a published framework"
        options={frameworks
          .filter((f) => f.status === 'published')
          .map((f) => ({ value: f.id, label: `${f.name} (version ${f.versionNumber})` }))}
        error={form.fieldErrors['frameworkVersionId']}
      />
      {PHASES.map(({ phase, label }) => (
        <fieldset key={phase}>
          <legend>
            <Text weight="semibold" className={styles.legend}>
              {label} window
            </Text>
          </legend>
          <div className={styles.window}>
            <TextField
              label={`${label} starts`}
              type="date"
              required
              value={windows[phase].start}
              onChange={(v) => setDate(phase, 'start', v)}
              error={form.fieldErrors[`windows.${phase}.start`]}
            />
            <TextField
              label={`${label} ends`}
              type="date"
              required
              value={windows[phase].end}
              onChange={(v) => setDate(phase, 'end', v)}
              error={form.fieldErrors[`windows.${phase}.end`]}
            />
          </div>
        </fieldset>
      ))}
    </AdminForm>
  );
}
