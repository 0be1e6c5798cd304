import { provisionSharePoint } from '../../src/adapters/sharepoint/provisioner';
import { openSharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import {
  PARTITION_BUCKETS,
  PARTITION_PART_LIMIT,
  PARTITIONS_FILLED_MARKER,
} from '../../src/adapters/sharepoint/partitions';
import { StoreUnavailableError, UnreadableStoredValueError } from '../../src/services/ports';
import { itemsPerQuery } from '../graph-simulator/item-queries';
import { LIST_VIEW_THRESHOLD } from '../graph-simulator/items';
import type { SimList, SimSite } from '../graph-simulator/state';
import { action } from '../contract/review-fixtures';
import { serviceAssessment } from '../contract/fixtures';
import { assessmentSummary } from '../contract/summary-fixtures';
import { provisionedStore, seedDirectly, sharedHarness, type Harness } from './harness';

/**
 * The network-wide reads (every summary or assessment of a cycle, every action of a status) on a network past
 * SharePoint's list view threshold: more than 5,000 items in one cycle, seeded straight into the simulator (which
 * refuses, as SharePoint does, an indexed filter matching more than 5,000 items).
 */
const harness = sharedHarness();
const CYCLE = 'cycle-large';
const SIZE = 5200;

function listOf(site: SimSite, displayName: string): SimList {
  const list = [...site.lists.values()].find((l) => l.displayName === displayName);
  if (!list) throw new Error(`no list ${displayName}`);
  return list;
}

/** The item queries the simulator answered since `from`, all pages of each together. */
function queriesSince(h: Harness, from: number): { filter: string | null; items: number }[] {
  const pages = h.sim.log.slice(from).flatMap((e) => e.queries ?? []);
  expect(pages.filter((p) => p.refused)).toEqual([]);
  return itemsPerQuery(pages);
}

describe('a cycle with more summaries than the list view threshold', () => {
  it('is read whole, in parts of fewer than 4,000 items sent in one $batch', async () => {
    const h = await harness();
    const { store, site } = await provisionedStore(h);
    seedDirectly(
      site,
      'assessmentSummary',
      Array.from({ length: SIZE }, (_, i) =>
        assessmentSummary({ id: `sum-${i}`, assessmentId: `a-${i}`, cycleId: CYCLE }),
      ),
    );
    seedDirectly(site, 'assessmentSummary', [assessmentSummary({ id: 'sum-other', cycleId: 'cycle-other' })]);
    expect(listOf(site, 'QIN Assessment summaries').items.size).toBeGreaterThan(LIST_VIEW_THRESHOLD);

    const from = h.sim.log.length;
    h.graph.counter.reset();
    const summaries = await store.query('assessmentSummary', { cycleId: CYCLE });

    expect(summaries).toHaveLength(SIZE);
    expect(new Set(summaries.map((s) => s.id)).size).toBe(SIZE);
    expect(summaries.every((s) => s.cycleId === CYCLE)).toBe(true);
    const queries = queriesSince(h, from);
    expect(queries).toHaveLength(PARTITION_BUCKETS);
    expect(Math.max(...queries.map((q) => q.items))).toBeLessThan(PARTITION_PART_LIMIT);
    // One part of 2 RU a bucket, in one request: one round trip.
    expect(h.graph.counter.total).toBe(1);
    expect(h.graph.counter.parts).toBe(PARTITION_BUCKETS);
    await store.close();
  });

  it('is read in the order one query would give, and page by page with nothing missed or repeated', async () => {
    const h = await harness();
    const { store, site } = await provisionedStore(h);
    site.listViewThreshold = 40;
    const ids = Array.from({ length: 60 }, (_, i) => `a-${String(i).padStart(2, '0')}`);
    seedDirectly(
      site,
      'assessment',
      ids.map((id) => serviceAssessment({ id, cycleId: CYCLE })),
    );
    seedDirectly(site, 'assessment', [serviceAssessment({ id: 'a-other', cycleId: 'cycle-other' })]);

    // Item order (the order they were added), as an unpartitioned query reads them.
    expect((await store.query('assessment', { cycleId: CYCLE })).map((a) => a.id)).toEqual(ids);
    const paged: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 100; pages += 1) {
      const page = await store.queryPage('assessment', { cycleId: CYCLE }, { limit: 3, ...(cursor ? { cursor } : {}) });
      paged.push(...page.items.map((a) => a.id));
      if (page.next === null) break;
      cursor = page.next;
    }
    expect([...paged].sort()).toEqual(ids);
    // A filter another indexed field narrows is sent as it is: one query, one part.
    h.graph.counter.reset();
    expect(await store.query('assessment', { cycleId: 'cycle-other', subjectId: 'svc-cardio' })).toHaveLength(1);
    expect(h.graph.counter.parts).toBe(1);
    await store.close();
  });

  it('reads every action of a status past the threshold', async () => {
    const h = await harness();
    const { store, site } = await provisionedStore(h);
    site.listViewThreshold = 40;
    seedDirectly(site, 'action', [
      ...Array.from({ length: 70 }, (_, i) => action({ id: `act-c${i}`, status: 'completed' })),
      ...Array.from({ length: 10 }, (_, i) => action({ id: `act-v${i}`, status: 'verified' })),
    ]);
    const from = h.sim.log.length;
    expect(await store.query('action', { status: 'completed' })).toHaveLength(70);
    expect(await store.query('action', { status: 'verified' })).toHaveLength(10);
    expect(Math.max(...queriesSince(h, from).map((q) => q.items))).toBeLessThan(40);
    await store.close();
  });
});

describe('the partition column written and read', () => {
  it('is set with every save, and a value changed by hand is reported naming the list, item and column', async () => {
    const h = await harness();
    const { store, site } = await provisionedStore(h);
    const ctx = { actorId: 'p-admin', at: '2026-11-26T09:30:00.000Z' };
    await store.commit(ctx, [{ op: 'put', kind: 'assessment', value: serviceAssessment(), expectedVersion: 0 }]);
    const list = listOf(site, 'QIN Assessments');
    const item = [...list.items.values()].find((i) => i.fields['EntityId'] === 'as-cardio-2026');
    expect(item?.fields['CyclePart']).toMatch(/^cy-2026~\d\d$/);
    expect(await store.query('assessment', { cycleId: 'cy-2026' })).toHaveLength(1);
    if (!item) return;

    item.fields['CyclePart'] = 'cy-2026~99';
    item.version += 1;
    const read = await store.get('assessment', 'as-cardio-2026').catch((error: unknown) => error);
    expect(read).toBeInstanceOf(UnreadableStoredValueError);
    expect(read).toMatchObject({
      list: 'Assessments',
      item: String(item.id),
      column: 'Cycle part',
      value: 'cy-2026~99',
    });
    await store.close();
  });
});

describe('a site provisioned before the partition columns', () => {
  /** The site as an earlier version of the app left it: no partition columns, no marker. */
  function withoutPartitions(site: SimSite): void {
    for (const name of ['QIN Assessments', 'QIN Assessment summaries', 'QIN Actions']) {
      const list = listOf(site, name);
      for (const column of ['CyclePart', 'StatusPart', PARTITIONS_FILLED_MARKER.name]) {
        const at = list.columns.findIndex((c) => c.name === column);
        if (at >= 0) list.columns.splice(at, 1);
      }
      for (const item of list.items.values()) {
        delete item.fields['CyclePart'];
        delete item.fields['StatusPart'];
      }
    }
  }

  it('is refused by the app, naming the command, until provisioning has filled the column in; then it is read whole', async () => {
    const h = await harness();
    const { store, site } = await provisionedStore(h);
    await store.close();
    seedDirectly(
      site,
      'assessmentSummary',
      Array.from({ length: 30 }, (_, i) =>
        assessmentSummary({ id: `sum-${i}`, assessmentId: `a-${i}`, cycleId: CYCLE }),
      ),
    );
    seedDirectly(site, 'action', [action({ id: 'act-1', status: 'completed' })]);
    withoutPartitions(site);

    const missing = await openSharePointStore({ graph: h.graph.app, site: site.id }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(StoreUnavailableError);
    expect((missing as Error).message).toContain(`npm run provision -- --site ${site.id}`);

    const lines: string[] = [];
    const first = await provisionSharePoint({ graph: h.graph.app, site: site.id, log: (l) => lines.push(l) });
    expect(first.addedColumns).toEqual(
      expect.arrayContaining([
        'CyclePart of "QIN Assessment summaries"',
        'PartitionsFilled of "QIN Assessment summaries"',
        'StatusPart of "QIN Actions"',
      ]),
    );
    expect(lines).toContain('  "QIN Assessment summaries": filled CyclePart on 30 of 30 items');
    const summaries = listOf(site, 'QIN Assessment summaries');
    expect(summaries.columns.find((c) => c.name === 'CyclePart')?.indexed).toBe(true);
    expect([...summaries.items.values()].every((i) => /^cycle-large~\d\d$/.test(String(i.fields['CyclePart'])))).toBe(
      true,
    );

    const upgraded = await openSharePointStore({ graph: h.graph.app, site: site.id });
    site.listViewThreshold = 20;
    expect(await upgraded.query('assessmentSummary', { cycleId: CYCLE })).toHaveLength(30);
    expect(await upgraded.query('action', { status: 'completed' })).toHaveLength(1);
    await upgraded.close();
    // Run again: nothing left to do.
    expect((await provisionSharePoint({ graph: h.graph.app, site: site.id })).changed).toBe(false);
  });

  it('is refused while a fill that stopped part way is unfinished, and the next run finishes it', async () => {
    const h = await harness();
    const { store, site } = await provisionedStore(h);
    await store.close();
    seedDirectly(
      site,
      'assessment',
      Array.from({ length: 10 }, (_, i) => serviceAssessment({ id: `a-${i}`, cycleId: CYCLE })),
    );
    // The column was added and some items filled before the connection dropped: the list is not marked.
    const list = listOf(site, 'QIN Assessments');
    const marker = list.columns.findIndex((c) => c.name === PARTITIONS_FILLED_MARKER.name);
    list.columns.splice(marker, 1);
    [...list.items.values()].slice(0, 4).forEach((item) => delete item.fields['CyclePart']);

    const refused = await openSharePointStore({ graph: h.graph.app, site: site.id }).catch((e: unknown) => e);
    expect((refused as Error).message).toContain('partition columns are not filled in yet (QIN Assessments)');

    const lines: string[] = [];
    await provisionSharePoint({ graph: h.graph.app, site: site.id, log: (l) => lines.push(l) });
    expect(lines).toContain('  "QIN Assessments": filled CyclePart on 4 of 10 items');
    const reopened = await openSharePointStore({ graph: h.graph.app, site: site.id });
    expect(await reopened.query('assessment', { cycleId: CYCLE })).toHaveLength(10);
    await reopened.close();
  });
});
