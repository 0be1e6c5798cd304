import type { GraphHttp } from '../graph/graph-http';
import type { EntityKind } from '../../services/ports';
import { patchInBatches, type FieldsPatch } from './batched-patches';
import { itemPageSchema, parseGraph, type ListItemJson, type ListJson } from './graph-json';
import { itemsUrl, listUrl } from './odata';
import { partitionedKinds, partitionKey, partitionOf, partitionValueOf } from './partitions';
import { entityListSpec, indexColumnFor } from './schema';
import { findList } from './site-lists';
import { checkOk } from './store-errors';

/*
 * Filling the partition columns (partitions.ts) of a list that had items before the column existed: part of
 * `npm run provision`. Every item's partition value is worked out from columns it already has (its EntityId and the
 * columns the partition splits, e.g. CycleId and ActionStatus), in either layout, and written where it differs; then
 * the list is marked filled (the partition's own marker column, e.g. PartitionsFilled). The patches are the same
 * whatever the item holds, so a run that stopped part way is simply run again; until the list is marked, the app
 * refuses the site.
 */

/** The partitioned lists (by display name) of the site not yet marked filled. */
export function listsWithUnfilledPartitions(lists: readonly ListJson[], prefix: string): string[] {
  return partitionedKinds().flatMap((kind) => {
    const name = entityListSpec(kind, prefix).displayName;
    const list = findList(lists, name);
    return list && !isFilled(kind, list) ? [name] : [];
  });
}

/** Whether the list carries the marker of its kind's partition (a list without a partition has nothing to fill). */
export function isFilled(kind: EntityKind, list: ListJson): boolean {
  const marker = partitionOf(kind)?.filled.name;
  return marker === undefined || (list.columns ?? []).some((c) => c.name === marker);
}

export interface PartitionFillOptions {
  readonly graph: GraphHttp;
  readonly siteId: string;
  readonly log: (line: string) => void;
}

/**
 * Fills the partition column of the kind's list (which provisioning has just given the column); provisioning then
 * marks it filled. Returns how many items were written; a list already marked is left alone.
 */
export async function fillPartitions(kind: EntityKind, list: ListJson, options: PartitionFillOptions): Promise<number> {
  const partition = partitionOf(kind);
  const sources = (partition?.fields ?? []).map((field) => indexColumnFor(kind, field)?.column);
  if (!partition || !sources.every((source): source is string => source !== undefined) || isFilled(kind, list)) {
    return 0;
  }
  const { graph, siteId, log } = options;
  const name = list.displayName ?? list.id;
  const column = partition.column.name;
  const items = await readAll(graph, siteId, list, ['EntityId', ...sources, column]);
  const patches: FieldsPatch[] = items.flatMap((item) => {
    const id = item.fields?.['EntityId'];
    if (typeof id !== 'string') return [];
    const expected = partitionValueOf(partitionKey(sources.map((source) => item.fields?.[source])), id);
    return (item.fields?.[column] ?? null) === expected ? [] : [{ itemId: item.id, fields: { [column]: expected } }];
  });
  const written =
    patches.length === 0
      ? 0
      : await patchInBatches(patches, { graph, listUrl: listUrl(siteId, list.id), listName: name });
  if (items.length > 0) log(`  "${name}": filled ${column} on ${written} of ${items.length} items`);
  return written;
}

/** Every item of the list with the given columns, following @odata.nextLink (no filter, so lists past the threshold are read too). */
async function readAll(
  graph: GraphHttp,
  siteId: string,
  list: ListJson,
  select: readonly string[],
): Promise<ListItemJson[]> {
  const items: ListItemJson[] = [];
  let url: string | undefined = itemsUrl(siteId, list.id, { select });
  while (url) {
    const result = await graph.call({ method: 'GET', url });
    const body = checkOk(result, `the items of "${list.displayName ?? list.id}"`).body;
    const page = parseGraph(itemPageSchema, body, 'items');
    items.push(...page.value);
    url = page['@odata.nextLink'];
  }
  return items;
}
