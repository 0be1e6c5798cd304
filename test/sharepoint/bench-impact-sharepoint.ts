import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import type { BudgetLine } from '../../src/cli/bench-stats';
import { IMPACT_URL } from '../../src/cli/bench-impact';
import { seedDemoNetwork } from '../../src/cli/seed-demo';
import { HISTORY_CYCLES, seedImpactHistory } from '../../src/cli/seed-impact-history';
import { seedSyntheticNetwork } from '../../src/cli/seed-synthetic';
import type { EntityKind } from '../../src/services/ports';
import { EMAILS } from '../api/harness';
import { startAppOnSharePoint } from './app-on-sharepoint';
import { seedDirectly } from './harness';

const PAGE = 5000;
const SEEDED_AT = new Date('2026-11-26T10:00:00Z');

/**
 * `npm run bench`, impact over time on SharePoint: the network's impact over three cycles of 2,000 services, counting
 * Graph requests against the fewest full pages the lists it reads can be read in.
 */
export async function benchImpactSharePoint(): Promise<BudgetLine[]> {
  const app = await startAppOnSharePoint();
  try {
    const synthetic = SqliteStore.open(':memory:');
    await seedDemoNetwork(synthetic, SEEDED_AT);
    await seedSyntheticNetwork(synthetic, 2000, SEEDED_AT);
    await seedImpactHistory(synthetic, SEEDED_AT);
    const kinds: EntityKind[] = [
      'organisation',
      'service',
      'cycle',
      'assessment',
      'response',
      'agreedRating',
      'action',
      'assessmentSummary',
    ];
    for (const kind of kinds) {
      const all = (await synthetic.query(kind, {})).filter((e) => e.id.startsWith('syn-'));
      seedDirectly(app.site, kind, all);
    }
    await synthetic.close();
    // Seeding held the event loop: let the server close the idle keep-alive socket before the next request.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const admin = await app.api.signIn(EMAILS.admin);
    await admin.get('/api/v1/me');
    // Measured first, on a cold store, so nothing it reads was read before.
    app.graph.graph.counter.reset();
    const res = await admin.get<{ cycles: { services: number }[] }>(IMPACT_URL);
    const requests = app.graph.graph.counter.total;
    if (res.status !== 200) throw new Error(`GET ${IMPACT_URL} answered ${res.status}`);
    const store = app.api.app.ports.store;
    const cycles = [HISTORY_CYCLES[0].id, HISTORY_CYCLES[1].id, 'cycle-previous', 'cycle-current'];
    let minimum = 1; // the cycles
    for (const cycleId of cycles) {
      // Each cycle's assessments, their summaries (which hold the self and agreed ratings) and finished actions.
      const counts = await Promise.all([
        store.query('assessment', { cycleId }).then((l) => l.length),
        store.query('assessmentSummary', { cycleId }).then((l) => l.length),
        store.query('action', { cycleId, status: 'completed' }).then((l) => l.length),
        store.query('action', { cycleId, status: 'verified' }).then((l) => l.length),
      ]);
      minimum += counts.reduce((n, c) => n + Math.max(1, Math.ceil(c / PAGE)), 0);
    }
    for (const kind of ['organisation', 'service'] as const)
      minimum += Math.ceil((await store.query(kind, {})).length / PAGE);
    return [
      {
        name: `network impact (${res.body.cycles.map((c) => c.services).join(' + ')} services)`,
        figure: `${requests} Graph requests ($batch included) for ${minimum} full list pages`,
        budget: '<= pages + 10%',
        ok: requests <= Math.ceil(minimum * 1.1),
      },
    ];
  } finally {
    await app.close();
  }
}
