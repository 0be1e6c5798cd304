import { provisionSharePoint } from '../../src/adapters/sharepoint/provisioner';
import { openSharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import {
  bucketOf,
  PARTITION_BUCKETS,
  PARTITION_PART_LIMIT,
  partitionedKinds,
  partitionOf,
} from '../../src/adapters/sharepoint/partitions';
import { entityListSpec } from '../../src/adapters/sharepoint/schema';
import {
  ListViewThresholdError,
  StoreUnavailableError,
  UnreadableStoredValueError,
  type EntityKind,
} from '../../src/services/ports';
import { itemsPerQuery } from '../graph-simulator/item-queries';
import { LIST_VIEW_THRESHOLD } from '../graph-simulator/items';
import type { SimList, SimSite } from '../graph-simulator/state';
import { action } from '../contract/review-fixtures';
import { serviceAssessment } from '../contract/fixtures';
import { assessmentSummary } from '../contract/summary-fixtures';
import { provisionedStore, seedDirectly, sharedHarness, type Harness } from './harness';

/**
 * The network-wide reads (every summary or assessment of a cycle, every action of a cycle in a status) on a network
 * past SharePoint's list view threshold: more than 5,000 items in one cycle, or in all, seeded straight into the
 * simulator (which refuses, as SharePoint does, an indexed filter matching more than 5,000 items).
 */
const harness = sharedHarness();
const CYCLE = 'cycle-large';
const SIZE = 5200;

function listOf(site: SimSite, displayName: string): SimList {
  const list = [...site.lists.values()].find((l) => l.displayName === displayName);
  if (!list) throw new Error(`no list ${displayName}`);
  return list;
}

/** The partition column and filled marker of a kind's list. */
function partitionColumnsOf(kind: EntityKind): { column: string; filled: string } {
  const partition = partitionOf(kind);
  if (!partition) throw new Error(`${kind} has no partition`);
  return { column: partition.column.name, filled: partition.filled.name };
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
});

describe('actions of one status over several cycles, more than the list view threshold in all', () => {
  const CYCLES = ['cycle-2024', 'cycle-2025', 'cycle-2026'];
  const PER_CYCLE = 1800;

  it('are read one cycle at a time, in parts of fewer than 4,000 items, none refused', async () => {
    const h = await harness();
    const { store, site } = await provisionedStore(h);
    for (const cycleId of CYCLES) {
      seedDirectly(
        site,
        'action',
        Array.from({ length: PER_CYCLE }, (_, i) =>
          action({ id: `act-${cycleId}-${i}`, cycleId, status: 'completed' }),
        ),
      );
    }
    seedDirectly(site, 'action', [
      ...Array.from({ length: 20 }, (_, i) => action({ id: `act-v${i}`, cycleId: 'cycle-2026', status: 'verified' })),
      action({ id: 'act-open', cycleId: 'cycle-2026', status: 'in_progress' }),
    ]);
    const completed = CYCLES.length * PER_CYCLE;
    expect(completed).toBeGreaterThan(LIST_VIEW_THRESHOLD);

    const from = h.sim.log.length;
    h.graph.counter.reset();
    const read = await Promise.all(CYCLES.map((cycleId) => store.query('action', { cycleId, status: 'completed' })));
    read.forEach((actions, i) => {
      expect(actions).toHaveLength(PER_CYCLE);
      expect(actions.every((a) => a.cycleId === CYCLES[i] && a.status === 'completed')).toBe(true);
    });
    const queries = queriesSince(h, from);
    expect(queries).toHaveLength(CYCLES.length * PARTITION_BUCKETS);
    expect(Math.max(...queries.map((q) => q.items))).toBeLessThan(PARTITION_PART_LIMIT);
    // 24 parts asked together: two `$batch` requests of at most 20, sent side by side.
    expect(h.graph.counter.total).toBe(2);
    expect(await store.query('action', { cycleId: 'cycle-2026', status: 'verified' })).toHaveLength(20);
    // The status alone would read every cycle's: SharePoint refuses it, which is why no read asks it.
    await expect(store.query('action', { status: 'completed' })).rejects.toBeInstanceOf(ListViewThresholdError);
    await store.close();
  }, 60_000);

  it('are read whole however many cycles there are: more of a status in all than 8 parts of the threshold', async () => {
    const h = await harness();
    const { store, site } = await provisionedStore(h);
    site.listViewThreshold = 40;
    const cycles = Array.from({ length: 5 }, (_, i) => `cycle-${2020 + i}`);
    for (const cycleId of cycles) {
      seedDirectly(
        site,
        'action',
        Array.from({ length: 70 }, (_, i) =>
          action({ id: `act-${cycleId}-${i}`, cycleId, status: 'completed', ownerId: i === 0 ? 'p-lowe' : 'p-amara' }),
        ),
      );
    }
    // 350 completed actions: a partition by status alone (8 parts) would have had parts past the 40.
    expect(cycles.length * 70).toBeGreaterThan(PARTITION_BUCKETS * 40);
    const from = h.sim.log.length;
    const read = await Promise.all(cycles.map((cycleId) => store.query('action', { cycleId, status: 'completed' })));
    expect(read.map((actions) => actions.length)).toEqual(cycles.map(() => 70));
    expect(Math.max(...queriesSince(h, from).map((q) => q.items))).toBeLessThan(40);
    // Another field with them narrows the read already: sent as it is, one query.
    h.graph.counter.reset();
    expect(await store.query('action', { cycleId: 'cycle-2020', status: 'completed', ownerId: 'p-lowe' })).toHaveLength(
      1,
    );
    expect(h.graph.counter.parts).toBe(1);
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
    for (const kind of partitionedKinds()) {
      const { column, filled } = partitionColumnsOf(kind);
      const list = listOf(site, entityListSpec(kind, 'QIN').displayName);
      for (const name of [column, filled]) {
        const at = list.columns.findIndex((c) => c.name === name);
        if (at >= 0) list.columns.splice(at, 1);
      }
      for (const item of list.items.values()) delete item.fields[column];
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
        'CycleStatusPart of "QIN Actions"',
        'CycleStatusPartFilled of "QIN Actions"',
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
    expect(await upgraded.query('action', { cycleId: 'cy-2026', status: 'completed' })).toHaveLength(1);
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
    const marker = list.columns.findIndex((c) => c.name === partitionColumnsOf('assessment').filled);
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

describe('a site whose actions were partitioned by status alone (StatusPart)', () => {
  /**
   * The Actions list as the previous version left it, filled and marked: StatusPart ("<status>~<bucket>") and the
   * PartitionsFilled marker, no CycleStatusPart, CycleId not indexed.
   */
  function asStatusPartitioned(site: SimSite): SimList {
    const list = listOf(site, 'QIN Actions');
    const { column, filled } = partitionColumnsOf('action');
    const template = list.columns.find((c) => c.name === column);
    const marker = listOf(site, 'QIN Assessments').columns.find((c) => c.name === 'PartitionsFilled');
    if (!template || !marker) throw new Error('the site is not provisioned');
    for (const name of [column, filled])
      list.columns.splice(
        list.columns.findIndex((c) => c.name === name),
        1,
      );
    list.columns.push(
      { ...template, id: 'old-status-part', name: 'StatusPart', displayName: 'Status part' },
      { ...marker, id: 'old-partitions-filled' },
    );
    const cycleId = list.columns.find((c) => c.name === 'CycleId');
    if (cycleId) cycleId.indexed = false;
    for (const item of list.items.values()) {
      const id = String(item.fields['EntityId']);
      delete item.fields[column];
      item.fields['StatusPart'] = `${String(item.fields['ActionStatus'])}~0${bucketOf(id)}`;
    }
    return list;
  }

  it('is refused until provisioning fills CycleStatusPart; then StatusPart is gone and every cycle is read whole', async () => {
    const h = await harness();
    const { store, site } = await provisionedStore(h);
    await store.close();
    const cycles = ['cycle-2025', 'cycle-2026'];
    for (const cycleId of cycles) {
      seedDirectly(
        site,
        'action',
        Array.from({ length: 30 }, (_, i) =>
          action({ id: `act-${cycleId}-${i}`, cycleId, status: i % 3 === 0 ? 'agreed' : 'completed' }),
        ),
      );
    }
    const list = asStatusPartitioned(site);

    const refused = await openSharePointStore({ graph: h.graph.app, site: site.id }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StoreUnavailableError);
    expect((refused as Error).message).toContain('column CycleStatusPart of "QIN Actions" is missing');
    expect((refused as Error).message).toContain(`npm run provision -- --site ${site.id}`);

    const lines: string[] = [];
    const report = await provisionSharePoint({ graph: h.graph.app, site: site.id, log: (l) => lines.push(l) });
    expect(report.addedColumns).toEqual(
      expect.arrayContaining(['CycleStatusPart of "QIN Actions"', 'CycleStatusPartFilled of "QIN Actions"']),
    );
    expect(report.indexedColumns).toContain('CycleId of "QIN Actions"');
    expect(lines).toContain('  "QIN Actions": filled CycleStatusPart on 60 of 60 items');
    expect(lines).toContain('  "QIN Actions": removed the retired column StatusPart');
    // The old marker said StatusPart was filled: it goes with it. The other lists keep theirs.
    expect(list.columns.some((c) => c.name === 'StatusPart' || c.name === 'PartitionsFilled')).toBe(false);
    expect(listOf(site, 'QIN Assessments').columns.some((c) => c.name === 'PartitionsFilled')).toBe(true);
    expect([...list.items.values()].every((i) => !('StatusPart' in i.fields))).toBe(true);

    const upgraded = await openSharePointStore({ graph: h.graph.app, site: site.id });
    site.listViewThreshold = 25;
    for (const cycleId of cycles) {
      expect(await upgraded.query('action', { cycleId, status: 'completed' })).toHaveLength(20);
      expect(await upgraded.query('action', { cycleId, status: 'agreed' })).toHaveLength(10);
    }
    await upgraded.close();
    // Run again: nothing left to do.
    expect((await provisionSharePoint({ graph: h.graph.app, site: site.id })).changed).toBe(false);
  });
});
