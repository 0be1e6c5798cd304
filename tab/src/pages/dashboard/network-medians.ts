import type { NetworkScores } from '../../api/types';
import type { NetworkMedian } from '../shared/network-median';

/**
 * Network median per theme (and "overall"), for comparison columns and chart series, each with the reason it is
 * hidden when the API withholds it, so the page says so rather than "Not scored yet".
 */
export function medians(network: NetworkScores | null): Map<string, NetworkMedian> {
  const map = new Map<string, NetworkMedian>();
  if (!network) return map;
  map.set('overall', { median: network.overall.median, hidden: network.overall.hidden });
  for (const theme of network.byTheme) {
    map.set(theme.themeCode, { median: theme.quartiles.median, hidden: theme.quartiles.hidden });
  }
  return map;
}
