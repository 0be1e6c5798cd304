import { quartiles, type Quartiles } from './quartiles';

/** Benchmarks are never drawn from fewer services than this (the network's anonymity rule). */
export const MIN_SERVICES_FOR_BENCHMARK = 5;

/** What an anonymised view says in place of a figure drawn from too few services. */
export const HIDDEN_FEW_SERVICES = `Hidden: fewer than ${MIN_SERVICES_FOR_BENCHMARK} services`;

/** Quartiles as a benchmark shows them: the figures, or none and the reason they are hidden. */
export interface BenchmarkQuartiles extends Quartiles {
  /** Why the figures are left out (HIDDEN_FEW_SERVICES), or null when they are shown. */
  readonly hidden: string | null;
}

/**
 * Quartiles of the services' scores; in an anonymised view, a set of fewer than MIN_SERVICES_FOR_BENCHMARK services
 * shows no figure at all, since with two or three services a quartile is one service's own score.
 */
export function benchmarkQuartiles(values: readonly number[], anonymised: boolean): BenchmarkQuartiles {
  const figures = quartiles(values);
  if (!anonymised || figures.count >= MIN_SERVICES_FOR_BENCHMARK) return { ...figures, hidden: null };
  return { count: figures.count, min: null, q1: null, median: null, q3: null, max: null, hidden: HIDDEN_FEW_SERVICES };
}

/** How many services reached each recognition level, hidden as a whole when fewer services stand behind it. */
export function benchmarkCounts(
  counts: Readonly<Record<string, number>>,
  anonymised: boolean,
): { readonly counts: Readonly<Record<string, number>>; readonly hidden: string | null } {
  const services = Object.values(counts).reduce((sum, n) => sum + n, 0);
  if (!anonymised || services >= MIN_SERVICES_FOR_BENCHMARK) return { counts, hidden: null };
  return { counts: {}, hidden: HIDDEN_FEW_SERVICES };
}
