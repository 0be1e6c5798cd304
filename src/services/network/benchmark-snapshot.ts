import type { Ports } from '../context';

interface Snapshot {
  readonly until: number;
  readonly scores: Promise<unknown>;
}

/** Per store, so two stores in one process (tests, a restore beside the live app) never share figures. */
const snapshots = new WeakMap<Ports['store'], Map<string, Snapshot>>();

/**
 * The anonymised benchmarks of a cycle, worked out at most once per `ports.benchmarkSnapshotMs`. They read every
 * assessment's summary of the cycle (2,000 at 2,000 services), and every service lead's dashboard asks for the same figures:
 * dashboards opened together share one working-out, and a network median a minute old is as good as a new one.
 * A failed working-out is forgotten at once, so the next dashboard tries again.
 */
export function benchmarkSnapshot<Scores>(
  ports: Ports,
  cycleId: string,
  workOut: () => Promise<Scores>,
): Promise<Scores> {
  const ttlMs = ports.benchmarkSnapshotMs ?? 0;
  if (ttlMs <= 0) return workOut();
  let byCycle = snapshots.get(ports.store);
  if (!byCycle) {
    byCycle = new Map();
    snapshots.set(ports.store, byCycle);
  }
  const now = ports.clock.now().getTime();
  const kept = byCycle.get(cycleId);
  // Only this function fills the map, each cycle's entry with what that cycle's working-out promised.
  if (kept && kept.until > now) return kept.scores as Promise<Scores>;
  const scores = workOut();
  const snapshot = { until: now + ttlMs, scores };
  byCycle.set(cycleId, snapshot);
  scores.catch(() => {
    if (byCycle.get(cycleId) === snapshot) byCycle.delete(cycleId);
  });
  return scores;
}
