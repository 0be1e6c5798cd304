import { FINISHED_ACTION_STATUSES, type ActionItem } from './action-plan';
import type { IsoDateTime } from './ids';
import { quartiles, type Quartiles } from './quartiles';

const DAY_MS = 86_400_000;

/**
 * When an action was completed. Actions completed before the completion time was recorded fall back to the best
 * bound there is: the last change of a completed action, or the verification of a verified one. Null while open.
 */
export function completedAtOf(
  action: Pick<ActionItem, 'status' | 'updatedAt' | 'verifiedAt' | 'completedAt'>,
): IsoDateTime | null {
  if (!FINISHED_ACTION_STATUSES.includes(action.status)) return null;
  if (action.completedAt) return action.completedAt;
  return action.status === 'verified' ? (action.verifiedAt ?? action.updatedAt) : action.updatedAt;
}

/** Whole days from the review's agreement to an action's completion (never negative). */
export function daysBetween(from: IsoDateTime, to: IsoDateTime): number {
  return Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / DAY_MS));
}

/** The spread of review-to-completion times, in days: median, quartiles, shortest and longest. */
export function reviewToCompletionDays(
  pairs: readonly { readonly agreedAt: IsoDateTime; readonly completedAt: IsoDateTime }[],
): Quartiles {
  return quartiles(pairs.map((p) => daysBetween(p.agreedAt, p.completedAt)));
}
