import type { Rating } from './assessment';

export interface Progress {
  readonly total: number;
  readonly rated: number;
  /** Whole percent of applicable standards rated. */
  readonly percent: number;
}

export function progressOf(responses: readonly { rating: Rating | null }[]): Progress {
  const total = responses.length;
  const rated = responses.filter((r) => r.rating !== null).length;
  return { total, rated, percent: total === 0 ? 0 : Math.round((rated / total) * 100) };
}
