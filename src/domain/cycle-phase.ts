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

/**
 * Checks a cycle's windows: real dates, each ending on or after it starts, and phases in their natural
 * order (each starting on or after the previous phase's start). Overlaps are allowed (see cyclePhase).
 * Throws at the first problem, naming the input to fix, e.g. `windows.peer_review.end`.
 */
export function validateCycleWindows(windows: Readonly<Record<CyclePhase, DateWindow>>): void {
  let previous: { phase: CyclePhase; start: IsoDate } | undefined;
  for (const phase of CYCLE_PHASES) {
    const w = windows[phase];
    const label = phase.replace(/_/g, ' ');
    for (const edge of ['start', 'end'] as const) {
      if (!isIsoDate(w[edge])) {
        throw invalid(`windows.${phase}.${edge}`, `The ${label} ${edge} date must be a date like 2026-09-30.`);
      }
    }
    if (w.end < w.start) {
      throw invalid(
        `windows.${phase}.end`,
        `The ${label} window ends (${w.end}) before it starts (${w.start}). Choose an end on or after the start.`,
      );
    }
    if (previous !== undefined && w.start < previous.start) {
      throw invalid(
        `windows.${phase}.start`,
        `The ${label} window starts (${w.start}) before the ${previous.phase.replace(/_/g, ' ')} window ` +
          `(${previous.start}). Phases run in the order ${CYCLE_PHASES.join(', ')}.`,
      );
    }
    previous = { phase, start: w.start };
  }
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
