import type { Rating } from './assessment';

/** What happened to a rating (or a score) from one cycle to the next, in the words the impact pages show. */
export const RATING_CHANGES = ['improved', 'worsened', 'unchanged', 'new', 'no_longer_applicable'] as const;
export type RatingChange = (typeof RATING_CHANGES)[number];

const RANK: Readonly<Record<Exclude<Rating, 'not_applicable'>, number>> = { not_met: 0, partly_met: 1, met: 2 };

/**
 * The change between two cycles' ratings of one standard (the earlier one already carried into the later framework
 * version). `new`: not rated or not applicable before, applicable and rated now. `no_longer_applicable`: applied
 * before, not applicable now. Null: nothing to compare yet, because it is not rated in the later cycle.
 */
export function ratingChange(before: Rating | null, after: Rating | null): RatingChange | null {
  if (after === null) return null;
  if (after === 'not_applicable') {
    return before === null || before === 'not_applicable' ? 'unchanged' : 'no_longer_applicable';
  }
  if (before === null || before === 'not_applicable') return 'new';
  const difference = RANK[after] - RANK[before];
  return difference > 0 ? 'improved' : difference < 0 ? 'worsened' : 'unchanged';
}

/** The change between two cycles' percentage scores (of a theme, say); null percent = nothing counted. */
export function scoreChange(before: number | null, after: number | null): RatingChange | null {
  if (after === null) return before === null ? null : 'no_longer_applicable';
  if (before === null) return 'new';
  return after > before ? 'improved' : after < before ? 'worsened' : 'unchanged';
}
