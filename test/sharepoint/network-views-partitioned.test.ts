import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import { seedDemoNetwork } from '../../src/cli/seed-demo';
import { seedSyntheticNetwork } from '../../src/cli/seed-synthetic';
import { EMAILS } from '../api/harness';
import { action } from '../contract/review-fixtures';
import { startAppOnSharePoint, type AppOnSharePoint } from './app-on-sharepoint';
import { seedDirectly } from './harness';

/**
 * The network-wide views on a cycle with more assessments than the list view threshold. The threshold is lowered
 * to 40 so that 60 services show what 10,000 would meet at 5,000: before the partition columns, network scores,
 * a network role's "my assessments" and network impact were refused outright.
 */
const NOW = new Date('2026-11-26T10:00:00Z');
const THRESHOLD = 40;
let app: AppOnSharePoint;

beforeAll(async () => {
  app = await startAppOnSharePoint();
  const synthetic = SqliteStore.open(':memory:');
  await seedDemoNetwork(synthetic, NOW);
  await seedSyntheticNetwork(synthetic, 60, NOW);
  for (const kind of ['organisation', 'service', 'assessment', 'response', 'assessmentSummary'] as const) {
    seedDirectly(
      app.site,
      kind,
      (await synthetic.query(kind, {})).filter((e) => e.id.startsWith('syn-')),
    );
  }
  await synthetic.close();
  seedDirectly(
    app.site,
    'action',
    Array.from({ length: THRESHOLD + 10 }, (_, i) =>
      action({ id: `syn-act-${i}`, assessmentId: `syn-a-${i}`, cycleId: 'cycle-current', status: 'completed' }),
    ),
  );
  app.site.listViewThreshold = THRESHOLD;
}, 120_000);
afterAll(() => app.close());

function refusedQueries(from: number): number {
  return app.graph.sim.log
    .slice(from)
    .flatMap((e) => e.queries ?? [])
    .filter((q) => q.refused).length;
}

describe('network-wide views past the list view threshold', () => {
  it('shows network scores over every assessment of the cycle', async () => {
    const admin = await app.api.signIn(EMAILS.admin);
    const from = app.graph.sim.log.length;
    const res = await admin.get<{ assessmentCount: number }>('/api/v1/network/scores?cycleId=cycle-current');
    expect(res.status).toBe(200);
    expect(res.body.assessmentCount).toBeGreaterThan(THRESHOLD + 20);
    expect(refusedQueries(from)).toBe(0);
  });

  it('lists every assessment of the cycle for a network role', async () => {
    const admin = await app.api.signIn(EMAILS.admin);
    const res = await admin.get<unknown[]>('/api/v1/assessments?cycleId=cycle-current');
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(THRESHOLD + 20);
  });

  it('shows the network impact with more completed actions than the threshold', async () => {
    const admin = await app.api.signIn(EMAILS.admin);
    const from = app.graph.sim.log.length;
    const res = await admin.get('/api/v1/impact');
    expect(res.status).toBe(200);
    expect(refusedQueries(from)).toBe(0);
  });
});
