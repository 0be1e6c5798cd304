import { percentText } from '../../ui/percent-text';

/**
 * The network's median beside one of a service's scores: the figure, or the reason the API withholds it (an
 * anonymised benchmark drawn from fewer than 5 services), which is said in its place.
 */
export interface NetworkMedian {
  readonly median: number | null;
  readonly hidden: string | null;
}

/** The median as a table cell or chart label says it: the API's reason when hidden, else the percentage. */
export function medianText(median: NetworkMedian | undefined): string {
  return median?.hidden ?? percentText(median?.median ?? null);
}
