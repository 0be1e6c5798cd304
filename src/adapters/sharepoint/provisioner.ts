import type { GraphHttp } from '../graph/graph-http';
import { StoreUnavailableError } from '../../services/ports';
import { upgradeEvidenceLibraryColumns } from './evidence-library';
import { columnPageSchema, listSchema, parseGraph, type ListJson } from './graph-json';
import { listUrl, segment } from './odata';
import { fillPartitions, isFilled } from './partition-fill';
import { partitionOf } from './partitions';
import {
  allListSpecs,
  DEFAULT_LIST_PREFIX,
  evidenceLibraryName,
  type ColumnSpec,
  type ListKey,
  type ListSpec,
} from './schema';
import { halfConvertedMessage, legacyLayoutMessage, listsHalfConverted, listsInLegacyLayout } from './legacy-layout';
import { columnProblem, findList, libraryDriveId, readLists, resolveSite } from './site-lists';
import { checkOk } from './store-errors';

export interface ProvisionOptions {
  /** Graph as the app, with a `manage` grant on the site (Sites.Selected). */
  readonly graph: GraphHttp;
  /** Site URL or Graph site id. */
  readonly site: string;
  readonly listPrefix?: string;
  /** Progress, one line at a time. */
  readonly log?: (line: string) => void;
  /** Adds the typed columns beside the earlier layout's JSON: only for the conversion (layout-migration.ts). */
  readonly convertingEarlierLayout?: boolean;
}

export interface ProvisionReport {
  readonly siteId: string;
  readonly webUrl: string | undefined;
  readonly createdLists: readonly string[];
  readonly addedColumns: readonly string[];
  readonly indexedColumns: readonly string[];
  /** Choice columns given the domain's new words. */
  readonly updatedColumns: readonly string[];
  readonly evidenceDriveId: string;
  readonly changed: boolean;
}

/**
 * Creates or upgrades the site's lists, columns, indexes and evidence library to the declared schema. Safe to
 * run again: what exists is left alone, what is missing is added (an older schema is upgraded in place). A
 * column whose type differs is not touched (its data would be lost): the run stops and says so.
 */
export async function provisionSharePoint(options: ProvisionOptions): Promise<ProvisionReport> {
  const { graph } = options;
  const log = options.log ?? (() => undefined);
  const prefix = options.listPrefix ?? DEFAULT_LIST_PREFIX;
  log(`Looking up the site ${options.site} ...`);
  const site = await resolveSite(graph, options.site);
  log(`  found ${site.webUrl ?? site.id}`);
  const lists = await readLists(graph, site.id);
  const keyed = [...allListSpecs(prefix).entries()];
  const specs = keyed.map(([, spec]) => spec);
  if (options.convertingEarlierLayout !== true) {
    // Provisioning a list part way through its conversion would hide that it is unfinished: finish it instead.
    const halfConverted = listsHalfConverted(
      lists,
      specs.map((spec) => spec.displayName),
    );
    if (halfConverted.length > 0) throw new StoreUnavailableError(halfConvertedMessage(options.site, halfConverted));
  }
  const legacy = listsInLegacyLayout(
    lists,
    specs.map((spec) => spec.displayName),
  );
  // Adding typed columns beside the earlier layout's JSON would leave lists the app reads wrongly: convert instead.
  if (legacy.length > 0 && options.convertingEarlierLayout !== true)
    throw new StoreUnavailableError(legacyLayoutMessage(options.site, legacy));
  const created: string[] = [];
  const added: string[] = [];
  const indexed: string[] = [];
  const updated: string[] = [];

  for (const [n, [key, spec]] of keyed.entries()) {
    const step = `[${n + 1}/${specs.length + 1}]`;
    let list = findList(lists, spec.displayName);
    if (!list) {
      list = await createList(graph, site.id, spec, 'genericList');
      created.push(spec.displayName);
      log(`${step} + created list "${spec.displayName}" with ${spec.columns.length} columns`);
    }
    const changes = await upgradeColumns(graph, site.id, list, spec);
    // Converting from the earlier layout writes each item whole, partition included: the plain run after it marks.
    const filled =
      options.convertingEarlierLayout === true ? undefined : await fillPartitionsOf(graph, site.id, key, list, log);
    if (filled) changes.added.push(filled);
    added.push(...changes.added);
    indexed.push(...changes.indexed);
    updated.push(...changes.updated);
    for (const column of changes.added) log(`${step} + added column ${column}`);
    for (const column of changes.indexed) log(`${step} ~ indexed column ${column}`);
    for (const column of changes.updated) log(`${step} ~ added choices to column ${column}`);
    const changedHere = changes.added.length + changes.indexed.length + changes.updated.length;
    if (!created.includes(spec.displayName) && changedHere === 0) {
      log(`${step} = "${spec.displayName}" is up to date`);
    }
  }

  const libraryName = evidenceLibraryName(prefix);
  const step = `[${specs.length + 1}/${specs.length + 1}]`;
  let library = findList(lists, libraryName);
  if (!library) {
    library = await createList(
      graph,
      site.id,
      { displayName: libraryName, description: 'Evidence files, in per-service and per-cycle folders.', columns: [] },
      'documentLibrary',
    );
    created.push(libraryName);
    log(`${step} + created document library "${libraryName}"`);
  } else if (library.list?.template !== undefined && library.list.template !== 'documentLibrary') {
    throw new StoreUnavailableError(
      `"${libraryName}" exists but is not a document library: rename it, then run again.`,
    );
  } else {
    log(`${step} = "${libraryName}" is up to date`);
  }
  const evidenceDriveId = await libraryDriveId(graph, site.id, library.id);
  const libraryColumns = await upgradeEvidenceLibraryColumns(graph, site.id, library);
  added.push(...libraryColumns);
  for (const column of libraryColumns) log(`${step} + added column ${column}`);

  const changed = created.length + added.length + indexed.length + updated.length > 0;
  log(
    changed
      ? `Done: created ${created.length} lists, added ${added.length} columns, indexed ${indexed.length} columns, ` +
          `added choices to ${updated.length} columns.`
      : 'Done: the site was already up to date; nothing changed.',
  );
  log(`Configure SHAREPOINT_SITE_ID=${site.id}`);
  return {
    siteId: site.id,
    webUrl: site.webUrl,
    createdLists: created,
    addedColumns: added,
    indexedColumns: indexed,
    updatedColumns: updated,
    evidenceDriveId,
    changed,
  };
}

async function createList(
  graph: GraphHttp,
  siteId: string,
  spec: ListSpec,
  template: 'genericList' | 'documentLibrary',
): Promise<ListJson> {
  const { displayName, description } = spec;
  const result = await graph.call({
    method: 'POST',
    url: `/sites/${segment(siteId)}/lists`,
    body: { displayName, description, list: { template }, columns: spec.columns.map(columnDefinition) },
  });
  const list = parseGraph(listSchema, checkOk(result, `creating the list "${displayName}"`).body, 'a new list');
  // The columns as SharePoint made them (indexes included) decide whether anything is still to do.
  const read = await graph.call({ method: 'GET', url: `${listUrl(siteId, list.id)}/columns` });
  const page = parseGraph(columnPageSchema, checkOk(read, `the columns of "${displayName}"`).body, 'columns');
  return { ...list, columns: page.value };
}

async function upgradeColumns(
  graph: GraphHttp,
  siteId: string,
  list: ListJson,
  spec: ListSpec,
): Promise<{ added: string[]; indexed: string[]; updated: string[] }> {
  const added: string[] = [];
  const indexed: string[] = [];
  const updated: string[] = [];
  for (const column of spec.columns) {
    const existing = list.columns?.find((c) => c.name === column.name);
    const problem = columnProblem(column, existing);
    const label = `${column.name} of "${spec.displayName}"`;
    if (problem === undefined) continue;
    if (problem === 'wrong type') {
      throw new StoreUnavailableError(
        `Column ${label} exists with another type than the app needs (${column.type}). ` +
          'Changing it would lose data: rename or remove it by hand, then run provisioning again.',
      );
    }
    if (problem === 'missing' || !existing) {
      const result = await graph.call({
        method: 'POST',
        url: `${listUrl(siteId, list.id)}/columns`,
        body: columnDefinition(column),
      });
      checkOk(result, `adding column ${label}`);
      added.push(label);
      continue;
    }
    if (problem === 'missing choices' && column.type === 'choice') {
      // The domain's list grew: add its new words, keeping any the site already has.
      const known = existing.choice?.choices ?? [];
      const choices = [...known, ...column.choices.filter((c) => !known.includes(c))];
      const result = await graph.call({
        method: 'PATCH',
        url: `${listUrl(siteId, list.id)}/columns/${segment(existing.id)}`,
        body: { choice: { ...existing.choice, choices } },
      });
      checkOk(result, `adding choices to column ${label}`);
      updated.push(label);
      continue;
    }
    const flags = problem === 'not unique' ? { indexed: true, enforceUniqueValues: true } : { indexed: true };
    const result = await graph.call({
      method: 'PATCH',
      url: `${listUrl(siteId, list.id)}/columns/${segment(existing.id)}`,
      body: flags,
    });
    checkOk(result, `indexing column ${label}`);
    indexed.push(label);
  }
  return { added, indexed, updated };
}

/**
 * A list with a partition column (partitions.ts) that is not yet marked filled: its items are filled in (a new list
 * has none), the list is marked, and the columns of the partition it replaced are removed. Returns the marker's
 * label when it was added.
 */
export async function fillPartitionsOf(
  graph: GraphHttp,
  siteId: string,
  key: ListKey,
  list: ListJson,
  log: (line: string) => void,
): Promise<string | undefined> {
  if (key === 'audit' || key === 'lease') return undefined;
  const partition = partitionOf(key);
  if (!partition) return undefined;
  let label: string | undefined;
  if (!isFilled(key, list)) {
    // The list as it is now, with the partition column provisioning may just have added.
    await fillPartitions(key, list, { graph, siteId, log });
    const marked = await graph.call({
      method: 'POST',
      url: `${listUrl(siteId, list.id)}/columns`,
      body: columnDefinition(partition.filled),
    });
    label = `${partition.filled.name} of "${list.displayName ?? list.id}"`;
    // 409: an earlier run added it and lost the answer.
    if (marked.status !== 409) checkOk(marked, `marking the partitions of ${label} filled`);
  }
  await removeRetiredColumns(graph, siteId, list, partition.retired ?? [], log);
  return label;
}

/**
 * The columns of a partition the list no longer has (partitions.ts): nothing writes them any more, so their values
 * would go stale. Removed only once the new partition is filled and marked, by this run or a later one (a run that
 * stopped in between leaves them for the next).
 */
async function removeRetiredColumns(
  graph: GraphHttp,
  siteId: string,
  list: ListJson,
  retired: readonly string[],
  log: (line: string) => void,
): Promise<void> {
  for (const name of retired) {
    const column = list.columns?.find((c) => c.name === name);
    if (!column) continue;
    const removed = await graph.call({
      method: 'DELETE',
      url: `${listUrl(siteId, list.id)}/columns/${segment(column.id)}`,
    });
    // 404: an earlier run removed it and lost the answer.
    if (removed.status !== 404)
      checkOk(removed, `removing the retired column ${name} of "${list.displayName ?? list.id}"`);
    log(`  "${list.displayName ?? list.id}": removed the retired column ${name}`);
  }
}

/** A columnDefinition as Graph takes it (POST .../columns, or inside a new list). */
export function columnDefinition(column: ColumnSpec): Record<string, unknown> {
  const base = {
    name: column.name,
    displayName: column.displayName,
    description: column.description,
    indexed: column.indexed === true,
    enforceUniqueValues: column.unique === true,
  };
  switch (column.type) {
    case 'text':
      return { ...base, text: { allowMultipleLines: false, maxLength: 255 } };
    case 'note':
      return { ...base, text: { allowMultipleLines: true, textType: 'plain', linesForEditing: 6 } };
    case 'number':
      return { ...base, number: { decimalPlaces: 'automatic', displayAs: 'number' } };
    case 'date':
      return { ...base, dateTime: { format: 'dateOnly', displayAs: 'standard' } };
    case 'dateTime':
      return { ...base, dateTime: { format: 'dateTime', displayAs: 'standard' } };
    case 'yesNo':
      return { ...base, boolean: {} };
    case 'choice':
      return { ...base, choice: { choices: [...column.choices], allowTextEntry: false, displayAs: 'dropDownMenu' } };
  }
}
