import { CYCLE_PHASES, type Cycle, type CyclePhase, type DateWindow } from './cycle';
import { DomainError } from './errors';
import type { IsoDate } from './ids';

/**
 * The phase a cycle is in on `today`. Windows are inclusive calendar dates (ISO dates compare correctly as
 * strings). When windows overlap, the later phase wins: the overlap is a hand-over period and the work has
 * moved on. In a gap between windows the cycle stays in the phase that ended most recently, because
 * nothing new has opened yet and late work belongs to that phase.
 */
export function cyclePhase(cycle: Pick<Cycle, 'windows'>, today: IsoDate): CyclePhase | 'not_open' | 'ended' {
  let containing: CyclePhase | undefined;
  for (const phase of CYCLE_PHASES) {
    const w = cycle.windows[phase];
    if (w.start <= today && today <= w.end) containing = phase;
  }
  if (containing !== undefined) return containing;

  const starts = CYCLE_PHASES.map((p) => cycle.windows[p].start);
  const ends = CYCLE_PHASES.map((p) => cycle.windows[p].end);
  if (starts.every((s) => today < s)) return 'not_open';
  if (ends.every((e) => e < today)) return 'ended';

  let latest: { phase: CyclePhase; end: IsoDate } | undefined;
  for (const phase of CYCLE_PHASES) {
    const end = cycle.windows[phase].end;
    if (end < today && (latest === undefined || end >= latest.end)) latest = { phase, end };
  }
  // Some window starts on or before today and none contains it, so one has ended: latest is set.
  return latest?.phase ?? 'not_open';
}

/** A problem with one input of a cycle, named by its path (e.g. `windows.peer_review.end`), in words for people. */
export interface CycleInputProblem {
  readonly field: string;
  readonly message: string;
}

export const CYCLE_NAME_MAX_LENGTH = 200;

/**
 * Every problem with a cycle's windows at once: real dates, each ending on or after it starts, and phases in
 * their natural order (each starting on or after the previous phase's start). Overlaps are allowed (see
 * cyclePhase). The API refuses the first; the tab shows them all before anything is sent.
 */
export function cycleWindowProblems(windows: Readonly<Record<CyclePhase, DateWindow>>): CycleInputProblem[] {
  const problems: CycleInputProblem[] = [];
  let previous: { phase: CyclePhase; start: IsoDate } | undefined;
  for (const phase of CYCLE_PHASES) {
    const w = windows[phase];
    const label = phase.replace(/_/g, ' ');
    const bad = (['start', 'end'] as const).filter((edge) => !isIsoDate(w[edge]));
    for (const edge of bad) {
      problems.push({
        field: `windows.${phase}.${edge}`,
        message: `The ${label} ${edge} date must be a date like 2026-09-30.`,
      });
    }
    if (bad.length === 0 && w.end < w.start) {
      problems.push({
        field: `windows.${phase}.end`,
        message: `The ${label} window ends (${w.end}) before it starts (${w.start}). Choose an end on or after the start.`,
      });
    }
    if (!bad.includes('start')) {
      if (previous !== undefined && w.start < previous.start) {
        problems.push({
          field: `windows.${phase}.start`,
          message:
            `The ${label} window starts (${w.start}) before the ${previous.phase.replace(/_/g, ' ')} window ` +
            `(${previous.start}). Phases run in the order ${CYCLE_PHASES.join(', ')}.`,
        });
      }
      previous = { phase, start: w.start };
    }
  }
  return problems;
}

/** Every problem with a cycle as a form sends it: its name, its framework version and its windows. */
export function cycleProblems(input: {
  readonly name: string;
  readonly frameworkVersionId: string;
  readonly windows: Readonly<Record<CyclePhase, DateWindow>>;
}): CycleInputProblem[] {
  const problems: CycleInputProblem[] = [];
  const name = input.name.trim();
  if (name === '') problems.push({ field: 'name', message: "Enter the cycle's name, for example Cycle 2027/28." });
  if (name.length > CYCLE_NAME_MAX_LENGTH) {
    problems.push({ field: 'name', message: `Shorten the name to ${CYCLE_NAME_MAX_LENGTH} characters or fewer.` });
  }
  if (input.frameworkVersionId.trim() === '') {
    problems.push({ field: 'frameworkVersionId', message: 'Choose the published framework version it uses.' });
  }
  return [...problems, ...cycleWindowProblems(input.windows)];
}

/** Checks a cycle's windows (see cycleWindowProblems); throws at the first problem, naming the input to fix. */
export function validateCycleWindows(windows: Readonly<Record<CyclePhase, DateWindow>>): void {
  const [first] = cycleWindowProblems(windows);
  if (first !== undefined) throw invalid(first.field, first.message);
}

/** A real calendar date in YYYY-MM-DD form (2026-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= daysInMonth;
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('invalid_cycle_windows', message, field);
}
