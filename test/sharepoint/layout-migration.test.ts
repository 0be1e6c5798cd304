import { splitJson } from '../../src/adapters/sharepoint/entity-fields';
import { EVIDENCE_COLUMNS } from '../../src/adapters/evidence/evidence-library-columns';
import { migrateEarlierLayout } from '../../src/adapters/sharepoint/layout-migration';
import { legacyJsonColumns } from '../../src/adapters/sharepoint/legacy-layout';
import { columnDefinition, provisionSharePoint } from '../../src/adapters/sharepoint/provisioner';
import {
  allListSpecs,
  DEFAULT_LIST_PREFIX,
  entityListSpec,
  indexColumnsOf,
} from '../../src/adapters/sharepoint/schema';
import { openSharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import { parseArgs } from '../../src/cli/provision';
import { ENTITY_KINDS } from '../../src/services/index-values';
import type { EntityKind, EntityMap, PutChange } from '../../src/services/ports';
import { oneOfEach, put, response } from '../contract/fixtures';
import { columnFromDefinition, type SimColumn, type SimSite } from '../graph-simulator/state';
import { sharedHarness, type Harness } from './harness';

const harness = sharedHarness();

function simColumn(definition: Record<string, unknown>): SimColumn {
  const made = columnFromDefinition(definition);
  if (typeof made === 'string') throw new Error(made);
  return made;
}

const text = (name: string, indexed = false): SimColumn =>
  simColumn({ name, text: { maxLength: 255 }, indexed, enforceUniqueValues: false });

/** One entity of every kind, as the fixtures make them, and a few more responses (so a list has several items). */
function everyKind(): PutChange[] {
  const more = ['1.2', '1.3', '2.1', '2.2'].map((code, n) =>
    put('response', response('as-cardio-2026', code, n % 2 === 0 ? { rating: 'partly_met' } : {})),
  );
  return [...oneOfEach().filter((change): change is PutChange => change.op === 'put'), ...more];
}

/**
 * A site as the earlier layout provisioned and wrote it: each entity as JSON (EntityJson, EntityJson2, ...) beside
 * its id, version and commit, the indexed columns (all text) the app filtered on, and the few plain copies it read.
 */
function siteInEarlierLayout(h: Harness, entities: readonly PutChange[]): SimSite {
  const site = h.addSite();
  for (const kind of ENTITY_KINDS) {
    const extras = kind === 'response' ? ['StandardCode', 'Rating'] : kind === 'person' ? ['NotifyBy'] : [];
    const list = h.sim.state.createList(site, {
      displayName: entityListSpec(kind, DEFAULT_LIST_PREFIX).displayName,
      template: 'genericList',
      columns: [
        simColumn({ name: 'EntityId', text: { maxLength: 255 }, indexed: true, enforceUniqueValues: true }),
        simColumn({ name: 'EntityVersion', number: {} }),
        text('CommitId'),
        ...legacyJsonColumns(kind).map((name) => simColumn({ name, text: { allowMultipleLines: true } })),
        ...indexColumnsOf(kind).map((index) => text(index.column, true)),
        ...extras.map((name) => text(name)),
      ],
    });
    const now = '2026-03-01T09:00:00Z';
    for (const change of entities.filter((c) => c.kind === kind)) {
      const fields = oldFields(kind, change.value);
      const id = list.nextItemId++;
      list.items.set(id, { id, guid: `old-${id}`, version: 1, fields, created: now, modified: now });
    }
  }
  for (const key of ['audit', 'lease'] as const) {
    const spec = allListSpecs(DEFAULT_LIST_PREFIX).get(key);
    if (!spec) throw new Error(`no ${key} list`);
    h.sim.state.createList(site, {
      displayName: spec.displayName,
      template: 'genericList',
      columns: spec.columns.map((c) => simColumn(columnDefinition(c))),
    });
  }
  return site;
}

function oldFields<K extends EntityKind>(kind: K, value: EntityMap[K]): Record<string, unknown> {
  const { id, version: _version, ...rest } = value;
  const fields: Record<string, unknown> = { Title: id, EntityId: id, EntityVersion: 1, CommitId: 'earlier-1' };
  for (const index of indexColumnsOf(kind)) {
    const derived = index.derive(value);
    if (derived !== null) fields[index.column] = derived;
  }
  for (const [name, part] of Object.entries(splitJson(JSON.stringify(rest), legacyJsonColumns(kind), id))) {
    if (part !== null) fields[name] = part;
  }
  return fields;
}

function writes(h: Harness): number {
  return h.sim.graphCalls().filter((c) => c.method !== 'GET').length;
}

/** Every seeded entity as the store reads it now (the earlier layout kept no version of its own beyond 1). */
async function readBack(h: Harness, site: SimSite, entities: readonly PutChange[]): Promise<unknown[]> {
  const store = await openSharePointStore({ graph: h.graph.app, site: site.id });
  return Promise.all(entities.map((change) => store.get(change.kind, change.value.id)));
}

const asStored = (entities: readonly PutChange[]): unknown[] => entities.map((c) => ({ ...c.value, version: 1 }));

describe('converting a site from the earlier layout (provision --migrate)', () => {
  it('seeds every entity kind, so the conversion is tried on all of them', () => {
    expect(new Set(everyKind().map((c) => c.kind))).toEqual(new Set(ENTITY_KINDS));
  });

  it('as a dry run says per list what will change and how many items, and writes nothing', async () => {
    const h = await harness();
    const site = siteInEarlierLayout(h, everyKind());
    const lines: string[] = [];
    const before = writes(h);
    const report = await migrateEarlierLayout({ graph: h.graph.app, site: site.id, log: (l) => lines.push(l) });
    expect(writes(h)).toBe(before);
    expect(report.applied).toBe(false);
    expect(report.lists).toHaveLength(ENTITY_KINDS.length);
    const actions = report.lists.find((l) => l.kind === 'action');
    expect(actions).toMatchObject({ list: 'QIN Actions', items: 1, toConvert: 1, columnsToRetype: ['ActionStatus'] });
    expect(lines.join('\n')).toMatch(/"QIN Actions": 1 items, 1 to convert; \d+ typed columns to add/);
    expect(lines.join('\n')).toContain(`npm run provision -- --site ${site.id} --migrate --apply`);
    await expect(openSharePointStore({ graph: h.graph.app, site: site.id })).rejects.toThrow(/earlier layout/);
  });

  it('with --apply converts every entity of every kind so the app reads each as it was, keeping the old JSON', async () => {
    const h = await harness();
    const entities = everyKind();
    const site = siteInEarlierLayout(h, entities);
    const report = await migrateEarlierLayout({ graph: h.graph.app, site: site.id, apply: true });
    expect(report.lists.every((l) => typeof l.checksum === 'string')).toBe(true);
    expect(await readBack(h, site, entities)).toEqual(asStored(entities));
    // The old JSON is still on the items, for the admin to remove when they choose.
    const assessments = [...site.lists.values()].find((l) => l.displayName === 'QIN Assessments');
    expect([...(assessments?.items.values() ?? [])][0]?.fields['EntityJson']).toEqual(expect.any(String));
  });

  it('run again on a converted site changes nothing', async () => {
    const h = await harness();
    const site = siteInEarlierLayout(h, everyKind());
    await migrateEarlierLayout({ graph: h.graph.app, site: site.id, apply: true });
    const before = writes(h);
    const again = await migrateEarlierLayout({ graph: h.graph.app, site: site.id, apply: true });
    expect(again.lists).toEqual([]);
    expect(writes(h)).toBe(before);
  });

  it('interrupted part way leaves a site the app refuses, and run again reaches the same result', async () => {
    const h = await harness();
    const entities = everyKind();
    const clean = await migrateEarlierLayout({
      graph: h.graph.app,
      site: siteInEarlierLayout(h, entities).id,
      apply: true,
    });
    const site = siteInEarlierLayout(h, entities);
    // SharePoint stops answering item writes after the first few (beyond every retry): the frameworks to the
    // assessments are converted and marked, the responses only in part.
    h.sim.faults.script({
      fault: 'unavailable',
      when: (r) => r.method === 'PATCH' && r.path.endsWith('/fields'),
      skip: 8,
      times: 1000,
    });
    await expect(migrateEarlierLayout({ graph: h.graph.app, site: site.id, apply: true })).rejects.toThrow();
    h.sim.faults.clear();
    const finishIt = new RegExp(
      `part way through its conversion.*npm run provision -- --site ${site.id} --migrate --apply`,
    );
    await expect(openSharePointStore({ graph: h.graph.app, site: site.id })).rejects.toThrow(finishIt);
    await expect(provisionSharePoint({ graph: h.graph.app, site: site.id })).rejects.toThrow(finishIt);

    const resumed = await migrateEarlierLayout({ graph: h.graph.app, site: site.id, apply: true });
    expect(resumed.lists.find((l) => l.kind === 'response')).toMatchObject({
      layout: 'half-converted',
      items: 5,
      toConvert: 4,
    });
    expect(resumed.lists.map((l) => l.kind)).not.toContain('assessment');
    const checksums = (r: typeof clean): Record<string, string | undefined> =>
      Object.fromEntries(r.lists.map((l) => [l.list, l.checksum]));
    // The lists finished before the interruption are not redone; the rest read as an uninterrupted run reads them.
    expect(checksums(clean)).toMatchObject(checksums(resumed));
    expect(await readBack(h, site, entities)).toEqual(asStored(entities));
  });

  it('a connection dropped after SharePoint did the work (a column removed, a list marked) is carried on from', async () => {
    const h = await harness();
    const entities = everyKind();
    const site = siteInEarlierLayout(h, entities);
    const run = (): Promise<unknown> => migrateEarlierLayout({ graph: h.graph.app, site: site.id, apply: true });
    const columnPosts = (r: { method: string; path: string }): boolean =>
      r.method === 'POST' && r.path.endsWith('/columns');
    h.sim.faults.script({ fault: 'drop-after', when: (r) => r.method === 'DELETE' && r.path.includes('/columns/') });
    await expect(run()).rejects.toThrow();

    // Columns added by provisioning (the lists' and the evidence library's), then one marker per list: the answer to
    // the last but one marker is lost.
    const plan = await migrateEarlierLayout({ graph: h.graph.app, site: site.id });
    const columnsAdded =
      plan.lists.reduce((n, l) => n + l.columnsToAdd + l.columnsToRetype.length, 0) + EVIDENCE_COLUMNS.length;
    h.sim.faults.script({ fault: 'drop-after', when: columnPosts, skip: columnsAdded + plan.lists.length - 2 });
    await expect(run()).rejects.toThrow();
    await expect(openSharePointStore({ graph: h.graph.app, site: site.id })).rejects.toThrow(/part way through/);
    const left = await migrateEarlierLayout({ graph: h.graph.app, site: site.id });
    expect(left.lists.map((l) => l.layout)).toEqual(['half-converted']);

    h.sim.faults.clear();
    await run();
    expect(await readBack(h, site, entities)).toEqual(asStored(entities));
  });
});

describe('npm run provision arguments', () => {
  it('--migrate alone is a dry run; --apply converts; --apply without --migrate is refused', () => {
    expect(parseArgs(['--site', 's', '--migrate'])).toEqual({ site: 's', migrate: true, apply: false });
    expect(parseArgs(['--site', 's', '--migrate', '--apply'])).toEqual({ site: 's', migrate: true, apply: true });
    expect(() => parseArgs(['--site', 's', '--apply'])).toThrow(/--apply goes with --migrate/);
  });
});

describe('converting in $batch', () => {
  const itemPatch = (r: { method: string; path: string }): boolean =>
    r.method === 'PATCH' && /\/items\/[^/]+\/fields$/.test(r.path);

  it('sends the items’ conversions up to 20 to a $batch, not one request each', async () => {
    const h = await harness();
    const entities = everyKind();
    for (let n = 0; n < 40; n += 1) entities.push(put('response', response('as-cardio-2026', `9.${n}`)));
    const site = siteInEarlierLayout(h, entities);
    const start = h.sim.graphCalls().length;
    await migrateEarlierLayout({ graph: h.graph.app, site: site.id, apply: true });
    const calls = h.sim.graphCalls().slice(start);
    expect(calls.filter((c) => c.method === 'PATCH' && c.url.includes('/items/'))).toEqual([]);
    const perKind = new Map<EntityKind, number>();
    for (const change of entities) perKind.set(change.kind, (perKind.get(change.kind) ?? 0) + 1);
    const batches = [...perKind.values()].reduce((n, items) => n + Math.ceil(items / 20), 0);
    expect(calls.filter((c) => c.url.endsWith('/$batch'))).toHaveLength(batches);
    expect(await readBack(h, site, entities)).toEqual(asStored(entities));
  });

  it('sends a part throttled inside a $batch again on its own, and converts everything once', async () => {
    const h = await harness();
    const entities = everyKind();
    const site = siteInEarlierLayout(h, entities);
    const sent: string[] = [];
    h.sim.faults.script({
      fault: 'throttle',
      when: (r) => {
        if (r.inBatch && itemPatch(r)) sent.push(r.path);
        return false;
      },
      times: 10_000,
    });
    // The second and fourth responses are throttled the first time they are sent.
    const responses = [...site.lists.values()].find((l) => l.displayName === 'QIN Responses');
    const throttledIds = [2, 4].map((id) => `/lists/${responses?.id ?? ''}/items/${id}/fields`);
    h.sim.faults.script({
      fault: 'throttle',
      when: (r) => r.inBatch && itemPatch(r) && throttledIds.some((p) => r.path.endsWith(p)),
      times: 2,
    });
    await migrateEarlierLayout({ graph: h.graph.app, site: site.id, apply: true });
    h.sim.faults.clear();
    const timesSent = (suffix: string): number => sent.filter((p) => p.endsWith(suffix)).length;
    expect(throttledIds.map(timesSent)).toEqual([2, 2]);
    expect([1, 3, 5].map((id) => timesSent(`/lists/${responses?.id ?? ''}/items/${id}/fields`))).toEqual([1, 1, 1]);
    expect(await readBack(h, site, entities)).toEqual(asStored(entities));
  });
});
