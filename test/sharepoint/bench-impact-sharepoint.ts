import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import type { BudgetLine } from '../../src/cli/bench-stats';
import { IMPACT_URL } from '../../src/cli/bench-impact';
import { seedDemoNetwork } from '../../src/cli/seed-demo';
import { seedImpactHistory } from '../../src/cli/seed-impact-history';
import { seedSyntheticNetwork } from '../../src/cli/seed-synthetic';
import { resourceUnitsOf } from '../../src/adapters/graph/resource-units';
import { bucketOf, PARTITION_BUCKETS } from '../../src/adapters/sharepoint/partitions';
import type { EntityKind, Store } from '../../src/services/ports';
import { EMAILS } from '../api/harness';
import { startAppOnSharePoint } from './app-on-sharepoint';
import { seedDirectly } from './harness';

/** The most items SharePoint returns in one page of a query. */
const PAGE = 5000;
const SEEDED_AT = new Date('2026-11-26T10:00:00Z');

/** Head room over the fewest parts and RU, for what the app rightly reads beside them (a retry, a cache refill). */
const MARGIN = 1.1;

/** What SharePoint charges a query that returns items (one page of it), by the same rule as the app's counter. */
const QUERY_RU = resourceUnitsOf('GET', '/sites/site/lists/list/items');

/** The queries (pages) a read of these items needs: at least one, then one per full page. */
function pagesFor(items: number): number {
  return Math.max(1, Math.ceil(items / PAGE));
}

/** The queries a partitioned read of these items needs: one per bucket (partitions.ts), each paged on its own. */
function partitionedPagesFor(entityIds: readonly string[]): number {
  const perBucket = new Array<number>(PARTITION_BUCKETS).fill(0);
  for (const id of entityIds) perBucket[bucketOf(id)] = (perBucket[bucketOf(id)] ?? 0) + 1;
  return perBucket.reduce((n, items) => n + pagesFor(items), 0);
}

/**
 * `npm run bench`, impact over time on SharePoint: the network's impact over four cycles (three of 2,000 services),
 * measured as SharePoint charges it (every `$batch` part on its own, and resource units) against the fewest it can
 * cost: each read the view needs as queries (2 RU a page), a partitioned read one query per bucket. Cold store,
 * so every read is charged; the organisations come from the list GET /me has read.
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
    const counter = app.graph.graph.counter;
    counter.reset();
    const res = await admin.get<{ cycles: { services: number }[] }>(IMPACT_URL);
    const charged = { requests: counter.total, parts: counter.parts, ru: counter.resourceUnits };
    if (res.status !== 200) throw new Error(`GET ${IMPACT_URL} answered ${res.status}`);
    const fewest = await fewestQueries(app.api.app.ports.store);
    const budget = { parts: Math.ceil(fewest * MARGIN), ru: Math.ceil(fewest * QUERY_RU * MARGIN) };
    return [
      {
        name: `network impact (${res.body.cycles.map((c) => c.services).join(' + ')} services)`,
        figure:
          `${charged.parts} parts, ${charged.ru} RU in ${charged.requests} Graph requests; ` +
          `fewest ${fewest} queries, ${fewest * QUERY_RU} RU`,
        budget: `<= ${budget.parts} parts, ${budget.ru} RU (fewest + 10%)`,
        ok: charged.parts <= budget.parts && charged.ru <= budget.ru,
      },
    ];
  } finally {
    await app.close();
  }
}

/**
 * The fewest queries the view's reads can be made in: the cycles; each cycle's assessments and summaries and the
 * completed and verified actions, partitioned by cycle and status; every framework version the cycles and assessments pinned and each
 * of their frameworks' versions (one query per framework); the services, for their names.
 */
async function fewestQueries(store: Store): Promise<number> {
  const cycles = await store.query('cycle', {});
  let queries = pagesFor(cycles.length);
  const pinned = new Set(cycles.map((c) => c.frameworkVersionId));
  for (const cycle of cycles) {
    const [assessments, summaries] = await Promise.all([
      store.query('assessment', { cycleId: cycle.id }),
      store.query('assessmentSummary', { cycleId: cycle.id }),
    ]);
    queries += partitionedPagesFor(assessments.map((a) => a.id)) + partitionedPagesFor(summaries.map((s) => s.id));
    for (const a of assessments) pinned.add(a.frameworkVersionId);
    // The cycle's completed and verified actions: one partitioned read each, by cycle and status.
    for (const status of ['completed', 'verified'] as const)
      queries += partitionedPagesFor((await store.query('action', { cycleId: cycle.id, status })).map((a) => a.id));
  }
  const frameworks = await store.getMany('framework', [...pinned]);
  queries += pinned.size + new Set(frameworks.map((f) => f.key)).size;
  return queries + pagesFor((await store.query('service', {})).length);
}
