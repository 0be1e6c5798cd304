import { createHash } from 'node:crypto';
import stableStringify from 'safe-stable-stringify';
import type { GraphHttp } from '../graph/graph-http';
import { ENTITY_KINDS } from '../../services/index-values';
import { StoreUnavailableError, type EntityKind } from '../../services/ports';
import { entityFields, entityFromItem, entitySelect, type StoredEntity } from './entity-fields';
import { itemPageSchema, parseGraph, type ColumnJson, type ListItemJson, type ListJson } from './graph-json';
import {
  CONVERTED_MARKER_COLUMN,
  layoutOf,
  legacyEntityFromItem,
  legacyEntitySelect,
  type ListLayout,
} from './legacy-layout';
import { itemsUrl, listUrl, segment } from './odata';
import { columnDefinition, fillPartitionsOf, provisionSharePoint } from './provisioner';
import { partitionedKinds } from './partitions';
import { APP_DATA_COLUMN, DEFAULT_LIST_PREFIX, entityListSpec, type ColumnSpec } from './schema';
import { columnProblem, columnTypeOf, findList, readLists, resolveSite } from './site-lists';
import { checkOk } from './store-errors';
import { patchInBatches, type FieldsPatch } from './batched-patches';

/*
 * `npm run provision -- --site <url> --migrate [--apply]`: converts a site from the earlier layout (each entity as
 * JSON in EntityJson columns) to typed columns, in place, list by list. Without --apply it only reads and says what
 * would change. With it: the typed columns are added beside the old ones, each item not yet converted is rewritten
 * from its old JSON (the JSON columns are left as they are, so nothing is lost), and then every entity is read back
 * both ways and compared by count and checksum before the list is marked converted. Items already converted are
 * skipped, so a run that stopped part way is simply run again. Until every list is marked, the app refuses the site.
 */

export interface LayoutMigrationOptions {
  readonly graph: GraphHttp;
  /** Site URL or Graph site id. */
  readonly site: string;
  readonly listPrefix?: string;
  /** False (the default) is a dry run: reads only. */
  readonly apply?: boolean;
  readonly log?: (line: string) => void;
}

export interface ListConversion {
  readonly list: string;
  readonly kind: EntityKind;
  /** Where the list stood before this run. */
  readonly layout: ListLayout;
  readonly items: number;
  /** Items still in the earlier layout when the run started. */
  readonly toConvert: number;
  /** Columns missing from the list when the run started. */
  readonly columnsToAdd: number;
  /** Text columns of the earlier layout that become choices (their values are copies of the JSON, made again). */
  readonly columnsToRetype: readonly string[];
  /** SHA-256 of the entities as the app reads them, the same before and after (when applied). */
  readonly checksum?: string;
}

export interface LayoutMigrationReport {
  readonly applied: boolean;
  readonly lists: readonly ListConversion[];
}

export async function migrateEarlierLayout(options: LayoutMigrationOptions): Promise<LayoutMigrationReport> {
  const { graph } = options;
  const log = options.log ?? (() => undefined);
  const prefix = options.listPrefix ?? DEFAULT_LIST_PREFIX;
  const apply = options.apply === true;
  const site = await resolveSite(graph, options.site);
  const lists = await readLists(graph, site.id);
  const toDo = ENTITY_KINDS.flatMap((kind) => {
    const spec = entityListSpec(kind, prefix);
    const list = findList(lists, spec.displayName);
    const layout = layoutOf(list);
    return list && (layout === 'earlier' || layout === 'half-converted') ? [{ kind, spec, list, layout }] : [];
  });
  log(
    apply
      ? `Converting ${toDo.length} lists from the earlier layout (the old JSON columns are kept).`
      : `Dry run: nothing is written. ${toDo.length} lists are in the earlier layout.`,
  );

  // What there is, read before anything is written (the dry run stops here).
  const plans: ListConversion[] = [];
  for (const { kind, spec, list, layout } of toDo) {
    const items = await readAll(graph, site.id, list, kind);
    const waiting = items.filter((item) => !isConverted(item));
    // Every old item is read as the conversion will read it, so one the app cannot read stops the dry run, not --apply.
    for (const item of waiting) legacyEntityFromItem(kind, item);
    const toConvert = waiting.length;
    const columnsToAdd = spec.columns.filter((c) => columnProblem(c, findColumn(list, c.name)) === 'missing').length;
    const columnsToRetype = textBecomingChoice(spec.columns, list).map((c) => c.name);
    plans.push({ list: spec.displayName, kind, layout, items: items.length, toConvert, columnsToAdd, columnsToRetype });
    log(
      `"${spec.displayName}": ${items.length} items, ${toConvert} to convert` +
        (layout === 'half-converted' ? ' (carrying on from an earlier run)' : '') +
        `; ${columnsToAdd} typed columns to add` +
        (columnsToRetype.length > 0 ? `; ${columnsToRetype.join(', ')} made again as choices` : '') +
        '; old JSON columns kept.',
    );
  }
  if (!apply) {
    log(
      toDo.length === 0
        ? 'Nothing to convert.'
        : `To convert, run again with --apply: \`npm run provision -- --site ${options.site} --migrate --apply\`.`,
    );
    return { applied: false, lists: plans };
  }
  if (toDo.length === 0) {
    log('Nothing to convert.');
    return { applied: true, lists: plans };
  }

  // A text column of the earlier layout that is now a choice holds only a copy of a value in the JSON (kept): it is
  // removed here and made again as a choice by provisioning, and the conversion below fills it in again.
  for (const { spec, list } of toDo) {
    for (const column of textBecomingChoice(spec.columns, list)) {
      const id = findColumn(list, column.name)?.id ?? column.name;
      const removed = await graph.call({
        method: 'DELETE',
        url: `${listUrl(site.id, list.id)}/columns/${segment(id)}`,
      });
      if (removed.status !== 404) checkOk(removed, `removing the text column ${column.name} of "${spec.displayName}"`);
      log(`"${spec.displayName}": removed the text column ${column.name}, to make it again as a choice`);
    }
  }
  // The typed columns beside the old ones (and any list or library the site lacks), as provisioning makes them.
  await provisionSharePoint({ graph, site: site.id, listPrefix: prefix, log, convertingEarlierLayout: true });
  const upgraded = await readLists(graph, site.id);
  const done: ListConversion[] = [];
  for (const [n, plan] of plans.entries()) {
    const list = findList(upgraded, plan.list);
    if (!list) throw new StoreUnavailableError(`The list "${plan.list}" disappeared during the conversion.`);
    const checksum = await convertList(graph, site.id, list, plan.kind, `[${n + 1}/${plans.length}]`, log);
    done.push({ ...plan, checksum });
  }
  // Each converted item got its partition column with the rest; the lists are marked as provisioning marks them.
  const converted = await readLists(graph, site.id);
  for (const kind of partitionedKinds()) {
    const list = findList(converted, entityListSpec(kind, prefix).displayName);
    if (list) await fillPartitionsOf(graph, site.id, kind, list, log);
  }
  log(
    `Done: ${done.length} lists converted and checked. The old JSON columns (EntityJson, EntityJson2, …) are kept; ` +
      'remove them, and the "Earlier layout kept" column, when you no longer need them.',
  );
  return { applied: true, lists: done };
}

async function convertList(
  graph: GraphHttp,
  siteId: string,
  list: ListJson,
  kind: EntityKind,
  step: string,
  log: (line: string) => void,
): Promise<string> {
  const name = list.displayName ?? list.id;
  const items = await readAll(graph, siteId, list, kind);
  const before = items.map((item) => legacyEntityFromItem(kind, item));
  // The same fields whatever the item holds now: sending them again after a dropped connection is harmless.
  const patches: FieldsPatch[] = items.flatMap((item, i) => {
    const old = before[i];
    if (isConverted(item) || !old) return [];
    const { value, commitId } = old;
    return [{ itemId: item.id, fields: entityFields(kind, value, value.version, commitId ?? 'converted') }];
  });
  const converted = await patchInBatches(patches, { graph, listUrl: listUrl(siteId, list.id), listName: name });
  const after = (await readAll(graph, siteId, list, kind)).map((item) => entityFromItem(kind, item));
  const was = checksumOf(before);
  const is = checksumOf(after);
  if (before.length !== after.length || was !== is) {
    throw new StoreUnavailableError(
      `"${name}" does not read the same after conversion (${before.length} items before, ${after.length} after; ` +
        `checksum ${was.slice(0, 12)} before, ${is.slice(0, 12)} after). Nothing was deleted and the app will not ` +
        'use the site until the conversion is checked: run the conversion again, and if this stays, keep the site ' +
        'as it is and report it with this message.',
    );
  }
  const marked = await graph.call({
    method: 'POST',
    url: `${listUrl(siteId, list.id)}/columns`,
    body: columnDefinition(CONVERTED_MARKER_COLUMN),
  });
  // 409: an earlier run added it and lost the answer.
  if (marked.status !== 409) checkOk(marked, `marking "${name}" converted`);
  log(
    `${step} "${name}": converted ${converted} of ${items.length} items; counts and checksum match (${is.slice(0, 12)}).`,
  );
  return is;
}

/** Every item with both layouts' columns, in item order. */
async function readAll(graph: GraphHttp, siteId: string, list: ListJson, kind: EntityKind): Promise<ListItemJson[]> {
  const items: ListItemJson[] = [];
  const present = new Set((list.columns ?? []).map((c) => c.name));
  const select = [...new Set([...legacyEntitySelect(kind), ...entitySelect(kind)])].filter((c) => present.has(c));
  let url: string | undefined = itemsUrl(siteId, list.id, { select });
  while (url) {
    const result = await graph.call({ method: 'GET', url });
    const page = parseGraph(
      itemPageSchema,
      checkOk(result, `the items of "${list.displayName ?? list.id}"`).body,
      'items',
    );
    items.push(...page.value);
    url = page['@odata.nextLink'];
  }
  return items.sort((a, b) => Number(a.id) - Number(b.id));
}

/** Written by the typed layout: its JSON column is never empty (it holds at least `{}`). */
function isConverted(item: ListItemJson): boolean {
  const data = item.fields?.[APP_DATA_COLUMN];
  return typeof data === 'string' && data !== '';
}

function textBecomingChoice(columns: readonly ColumnSpec[], list: ListJson): ColumnSpec[] {
  return columns.filter((spec) => {
    const column = findColumn(list, spec.name);
    return spec.type === 'choice' && column !== undefined && columnTypeOf(column) === 'text';
  });
}

function findColumn(list: ListJson, name: string): ColumnJson | undefined {
  return list.columns?.find((c) => c.name === name);
}

/** Of the entities as the app reads them, in id order (key order does not count). */
export function checksumOf<K extends EntityKind>(entities: readonly StoredEntity<K>[]): string {
  const values = entities.map((e) => e.value).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return createHash('sha256')
    .update(stableStringify(values) ?? '')
    .digest('hex');
}
