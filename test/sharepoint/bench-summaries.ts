import { MAX_BATCH_PARTS } from '../../src/adapters/graph/batch';
import type { BudgetLine } from '../../src/cli/bench-stats';
import { loadSnapshot } from '../../src/services/reminders/snapshot';
import { EMAILS } from '../api/harness';
import type { AppOnSharePoint } from './app-on-sharepoint';

/**
 * `npm run bench`, SharePoint: what the network-wide reads cost now that they read one summary per assessment, on
 * a network grown to 2,000 services (the caller has put them in the simulator). The figures before summaries were
 * measured on the same network with the release before them (release notes, docs/architecture.md).
 */
const BEFORE = { networkScores: 15, reminderSnapshot: 14, reminderTick: 26 } as const;

async function counted(
  app: AppOnSharePoint,
  run: () => Promise<unknown>,
): Promise<{ requests: number; batchParts: number; parts: string }> {
  app.graph.graph.counter.reset();
  await run();
  const breakdown = app.graph.graph.counter.breakdown();
  return {
    requests: app.graph.graph.counter.total,
    batchParts: app.graph.graph.counter.parts,
    parts: Object.entries(breakdown)
      .map(([k, n]) => `${k} ${n}`)
      .join(', '),
  };
}

/** What the snapshot reads first, together: the cycles, people, roles, organisations and services. */
const SNAPSHOT_FIRST_ROUND_PARTS = 5;

/**
 * The fewest `$batch` requests the snapshot's reads fit in: its first round in one, then (knowing which cycles are
 * open) the assessments and every cycle's open actions in full batches of 20 parts, Graph's most.
 */
function snapshotBudget(parts: number): number {
  return 1 + Math.ceil(Math.max(0, parts - SNAPSHOT_FIRST_ROUND_PARTS) / MAX_BATCH_PARTS);
}

export async function summaryReadLines(app: AppOnSharePoint): Promise<BudgetLine[]> {
  const admin = await app.api.signIn(EMAILS.admin);
  const lead = await app.api.signIn(EMAILS.coastLead);
  const url = '/api/v1/network/scores?cycleId=cycle-current';
  // The first read builds any summary the seeding left out; then the caches (framework) are warm.
  await admin.get(url);
  const named = await counted(app, () => admin.get(url));
  const anonymised = await counted(app, () => lead.get(url));
  const ports = app.api.app.ports;
  const today = ports.clock.now().toISOString().slice(0, 10);
  const snapshot = await counted(app, () => loadSnapshot(ports, today));
  const tick = await counted(app, () => admin.send('POST', '/api/v1/jobs/reminders'));
  return [
    {
      name: 'network scores, named (2,000 services): Graph requests',
      figure: `${named.requests} (${named.parts}); before summaries ${BEFORE.networkScores}`,
      budget: '1',
      ok: named.requests <= 1,
    },
    {
      name: 'network scores, anonymised (a service lead): Graph requests',
      figure: `${anonymised.requests} (${anonymised.parts})`,
      budget: '1',
      ok: anonymised.requests <= 1,
    },
    {
      // Open actions are read per cycle and status (8 partition parts each), so the parts grow with the cycles the
      // network has run; what this line holds is that they travel in full `$batch` requests, side by side.
      name: "reminder tick's network read (2,000 services): Graph requests",
      figure:
        `${snapshot.requests} (${snapshot.parts}) for ${snapshot.batchParts} parts; ` +
        `before summaries ${BEFORE.reminderSnapshot}`,
      budget: `<= ${snapshotBudget(snapshot.batchParts)} (1 + the rest / 20)`,
      ok: snapshot.requests <= snapshotBudget(snapshot.batchParts),
    },
    {
      name: 'reminder tick, whole run: Graph requests',
      figure: `${tick.requests} (${tick.parts}); before summaries ${BEFORE.reminderTick}`,
      budget: '-',
      ok: true,
    },
  ];
}
