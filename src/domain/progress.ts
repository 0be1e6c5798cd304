import type { Rating } from './assessment';
import { percentOf } from './formatting/percent';

export interface Progress {
  readonly total: number;
  readonly rated: number;
  /** Percent of applicable standards rated, one decimal (rounded as every percentage is). */
  readonly percent: number;
}

export function progressOf(responses: readonly { rating: Rating | null }[]): Progress {
  const total = responses.length;
  const rated = responses.filter((r) => r.rating !== null).length;
  return { total, rated, percent: percentOf(rated, total) ?? 0 };
}
