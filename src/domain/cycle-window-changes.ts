import { CYCLE_PHASES, type CyclePhase, type DateWindow } from './cycle';
import type { IsoDate } from './ids';

type Windows = Readonly<Record<CyclePhase, DateWindow>>;

/**
 * Changes to a cycle's windows that alter other people's work, which whoever saves them should confirm first:
 * - `shortens_live_window`: a window that is open today would close earlier (at once, when its new end has
 *   passed), so the people working in it have less time, or none;
 * - `overlap`: two phases would run at the same time; while they overlap the cycle counts as the later phase
 *   (see cyclePhase), so the earlier phase's work stops when the later one starts.
 */
export type CycleWindowChange =
  | {
      readonly kind: 'shortens_live_window';
      readonly phase: CyclePhase;
      readonly endedOn: IsoDate;
      readonly endsOn: IsoDate;
      readonly fewerDays: number;
      readonly closesAtOnce: boolean;
    }
  | {
      readonly kind: 'overlap';
      readonly earlier: CyclePhase;
      readonly later: CyclePhase;
      readonly laterStarts: IsoDate;
      readonly earlierEnds: IsoDate;
    };

const DAY_MS = 86_400_000;

function daysFrom(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function overlaps(windows: Windows): { earlier: CyclePhase; later: CyclePhase }[] {
  const found: { earlier: CyclePhase; later: CyclePhase }[] = [];
  CYCLE_PHASES.forEach((earlier, i) => {
    for (const later of CYCLE_PHASES.slice(i + 1)) {
      if (windows[later].start <= windows[earlier].end) found.push({ earlier, later });
    }
  });
  return found;
}

/**
 * What saving `after` over `before` (null for a new cycle) on `today` would change for other people, in phase
 * order. An overlap the cycle already had, with the same dates, is not news and is not listed again.
 */
export function cycleWindowChanges(before: Windows | null, after: Windows, today: IsoDate): CycleWindowChange[] {
  const changes: CycleWindowChange[] = [];
  if (before !== null) {
    for (const phase of CYCLE_PHASES) {
      const was = before[phase];
      const now = after[phase];
      const live = was.start <= today && today <= was.end;
      if (live && now.end < was.end) {
        changes.push({
          kind: 'shortens_live_window',
          phase,
          endedOn: was.end,
          endsOn: now.end,
          fewerDays: daysFrom(now.end, was.end),
          closesAtOnce: now.end < today,
        });
      }
    }
  }
  for (const { earlier, later } of overlaps(after)) {
    const unchanged =
      before !== null &&
      before[later].start === after[later].start &&
      before[earlier].end === after[earlier].end &&
      before[later].start <= before[earlier].end;
    if (!unchanged) {
      changes.push({
        kind: 'overlap',
        earlier,
        later,
        laterStarts: after[later].start,
        earlierEnds: after[earlier].end,
      });
    }
  }
  return changes;
}
