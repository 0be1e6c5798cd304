import type { Ports } from '../context';
import { cachedRead } from '../read-cache';

/**
 * The anonymised benchmarks of a cycle, worked out at most once per `ports.benchmarkSnapshotMs`. They read every
 * assessment's summary of the cycle (2,000 at 2,000 services), and every service lead's dashboard asks for the same
 * figures: dashboards opened together share one working-out (cachedRead shares a read in flight), and a network
 * median a minute old is as good as a new one. A failed working-out is forgotten at once, so the next dashboard
 * tries again.
 */
export function benchmarkSnapshot<Scores extends object>(
  ports: Ports,
  cycleId: string,
  workOut: () => Promise<Scores>,
): Promise<Scores> {
  const ttlMs = ports.benchmarkSnapshotMs ?? 0;
  if (ttlMs <= 0) return workOut();
  return cachedRead(ports, `benchmarks:${cycleId}`, ttlMs, workOut);
}
