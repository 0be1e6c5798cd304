import { currentCycle } from '../../domain/current-cycle';
import { loadCycles } from '../assessment/assessment-context';
import { today, type Ports } from '../context';
import { prepareAnonymisedBenchmarks } from './scores';

/**
 * At start: the anonymised benchmarks of the cycle the dashboards open on (the one open today, else the latest),
 * worked out before anyone asks, so the first dashboard after a start or a deployment does not wait for them.
 * Resolves with that cycle's id, or null when there is no cycle yet.
 */
export async function prepareBenchmarks(ports: Ports): Promise<string | null> {
  const cycle = currentCycle(await loadCycles(ports), today(ports));
  if (!cycle) return null;
  await prepareAnonymisedBenchmarks(ports, cycle.id);
  return cycle.id;
}
