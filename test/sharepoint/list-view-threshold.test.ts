import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import { seedDemoNetwork } from '../../src/cli/seed-demo';
import { seedSyntheticNetwork } from '../../src/cli/seed-synthetic';
import { ListViewThresholdError } from '../../src/services/ports';
import { put, response, serviceAssessment } from '../contract/fixtures';
import { ctx } from '../contract/store-contract-helpers';
import { EMAILS } from '../api/harness';
import { startAppOnSharePoint, type AppOnSharePoint } from './app-on-sharepoint';
import { provisionedStore, seedDirectly, sharedHarness } from './harness';

/**
 * SharePoint refuses a query whose indexed filter matches more items than the list view threshold (5,000) on a
 * larger list, permanently. The simulator does the same; here the threshold is lowered so a small network shows
 * what a network of thousands of services would meet.
 */
const harness = sharedHarness();
const NOW = new Date('2026-11-26T10:00:00Z');

describe('the list view threshold on indexed filters', () => {
  it('refuses an indexed filter matching more items than the threshold, once, as a coded error (not throttling)', async () => {
    const h = await harness();
    const { store, site } = await provisionedStore(h);
    site.listViewThreshold = 20;
    seedDirectly(
      site,
      'response',
      Array.from({ length: 30 }, (_, i) => response('as-cardio-2026', `1.${i + 1}`)),
    );
    h.graph.counter.reset();
    const refused = await store.query('response', { cycleId: 'cy-2026' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ListViewThresholdError);
    expect((refused as ListViewThresholdError).message).toContain('list view threshold');
    // Asked once: a refusal that will never change is not sent again.
    expect(h.graph.counter.total).toBe(1);
    await store.close();
  });

  it('answers an indexed filter matching fewer items than the threshold on a list larger than it', async () => {
    const h = await harness();
    const { store, site } = await provisionedStore(h);
    site.listViewThreshold = 20;
    await store.commit(ctx, [put('assessment', serviceAssessment())]);
    seedDirectly(site, 'response', [
      ...Array.from({ length: 25 }, (_, i) => response('as-other', `1.${i + 1}`, { cycleId: 'cy-other' })),
      response('as-cardio-2026', '1.1'),
    ]);
    expect(await store.query('response', { assessmentId: 'as-cardio-2026' })).toHaveLength(1);
    await store.close();
  });
});

describe('network-wide reads stay under the threshold', () => {
  let app: AppOnSharePoint;
  beforeAll(async () => {
    app = await startAppOnSharePoint();
    // 40 more services: about 1,300 responses in the current cycle but 50 assessments. With the threshold at 500,
    // a read of every response of the cycle is refused, as 2,000 services' 58,000 would be at 5,000.
    const synthetic = SqliteStore.open(':memory:');
    await seedDemoNetwork(synthetic, NOW);
    await seedSyntheticNetwork(synthetic, 40, NOW);
    for (const kind of ['organisation', 'service', 'assessment', 'response'] as const) {
      seedDirectly(
        app.site,
        kind,
        (await synthetic.query(kind, {})).filter((e) => e.id.startsWith('syn-')),
      );
    }
    await synthetic.close();
    app.site.listViewThreshold = 500;
  });
  afterAll(() => app.close());

  it('works out network scores without reading every response of the cycle', async () => {
    const admin = await app.api.signIn(EMAILS.admin);
    const res = await admin.get<{ assessmentCount: number }>('/api/v1/network/scores?cycleId=cycle-current');
    expect(res.status).toBe(200);
    expect(res.body.assessmentCount).toBeGreaterThan(0);
  });

  it('runs the reminder job without reading every response of the cycle', async () => {
    const admin = await app.api.signIn(EMAILS.admin);
    const res = await admin.send<{ outcome?: string }>('POST', '/api/v1/jobs/reminders');
    expect(res.status).toBeLessThan(300);
  });
});
