import type { Ports } from '../context';
import type { Store } from '../ports';

/** A cycle's figures: the last worked out (or the first, still being worked out), and a newer working-out under way. */
interface Kept {
  readonly figures: Promise<unknown>;
  /** When the working-out of `figures` began. */
  readonly since: number;
  refresh?: Promise<unknown>;
}

/** Per store, as the short read caches are: two stores in one process never share figures. */
const snapshots = new WeakMap<Store, Map<string, Kept>>();

function keptFor(store: Store): Map<string, Kept> {
  let kept = snapshots.get(store);
  if (!kept) {
    kept = new Map();
    snapshots.set(store, kept);
  }
  return kept;
}

/** The first figures of a cycle; callers who ask meanwhile share the working-out, and a failure is forgotten at once. */
function firstFigures(cycles: Map<string, Kept>, key: string, now: number, workOut: () => Promise<unknown>) {
  const figures = (async () => workOut())();
  const entry: Kept = { figures, since: now };
  cycles.set(key, entry);
  figures.catch(() => {
    if (cycles.get(key) === entry) cycles.delete(key);
  });
  return figures;
}

/** Newer figures, worked out once however many ask; until they come (or if they fail) the kept ones still answer. */
function refreshed(cycles: Map<string, Kept>, key: string, kept: Kept, now: number, workOut: () => Promise<unknown>) {
  if (kept.refresh) return kept.refresh;
  const refresh = (async () => workOut())();
  kept.refresh = refresh;
  refresh.then(
    () => {
      if (cycles.get(key) === kept) cycles.set(key, { figures: refresh, since: now });
    },
    () => {
      kept.refresh = undefined;
    },
  );
  return refresh;
}

/**
 * The anonymised benchmarks of a cycle, worked out at most once per `ports.benchmarkSnapshotMs`. They read every
 * assessment's summary of the cycle (2,000 at 2,000 services), and every service lead's dashboard asks for the same
 * figures: dashboards opened together share one working-out, and a network median a minute old is as good as a new
 * one. So no dashboard waits for them but the very first: once their life is over, the kept figures still answer at
 * once while newer ones are worked out for the next dashboard (on SharePoint a working-out is several Graph pages).
 * A failed working-out keeps the figures there were and is tried again at the next dashboard.
 */
export function benchmarkSnapshot<Scores extends object>(
  ports: Ports,
  cycleId: string,
  workOut: () => Promise<Scores>,
): Promise<Scores> {
  const ttlMs = ports.benchmarkSnapshotMs ?? 0;
  if (ttlMs <= 0) return workOut();
  const cycles = keptFor(ports.store);
  const key = `benchmarks:${cycleId}`;
  const now = ports.clock.now().getTime();
  const kept = cycles.get(key);
  // Only this file fills the map, each cycle's entry with what that cycle's working-out promised.
  if (!kept) return firstFigures(cycles, key, now, workOut) as Promise<Scores>;
  if (now - kept.since >= ttlMs) refreshed(cycles, key, kept, now, workOut).catch(() => undefined);
  return kept.figures as Promise<Scores>;
}

/**
 * Works a cycle's benchmarks out ahead of the first dashboard (at start), unless figures still within their life are
 * kept; resolves once the newest figures are there. A failure rejects: the caller says so, and dashboards try again.
 */
export async function prepareBenchmarkSnapshot<Scores extends object>(
  ports: Ports,
  cycleId: string,
  workOut: () => Promise<Scores>,
): Promise<void> {
  const ttlMs = ports.benchmarkSnapshotMs ?? 0;
  if (ttlMs <= 0) return;
  const cycles = keptFor(ports.store);
  const key = `benchmarks:${cycleId}`;
  const now = ports.clock.now().getTime();
  const kept = cycles.get(key);
  if (!kept) await firstFigures(cycles, key, now, workOut);
  else if (now - kept.since >= ttlMs || kept.refresh) await refreshed(cycles, key, kept, now, workOut);
  else await kept.figures;
}
