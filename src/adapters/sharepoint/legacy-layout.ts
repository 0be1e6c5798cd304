import type { EntityKind, EntityMap } from '../../services/ports';
import { baseOf, parseJsonParts, type StoredEntity } from './entity-fields';
import { etagOf, type ListItemJson } from './graph-json';
import { APP_DATA_COLUMN, jsonColumns, type ColumnSpec } from './schema';
import { findList } from './site-lists';
import type { ListJson } from './graph-json';

/*
 * The earlier layout of the lists, kept in one place for the migration to the typed columns: every entity was JSON
 * (EntityJson, EntityJson2, ...) beside a few indexed text columns. The app no longer writes it; it only recognises
 * a site still in it (and refuses to run there) and reads it for `npm run provision -- --migrate`.
 */

const LEGACY_JSON_COLUMN = 'EntityJson';

/** JSON parts per kind in the earlier layout (2 unless the kind carried long text). */
const LEGACY_JSON_PARTS: Partial<Record<EntityKind, number>> = {
  framework: 8,
  report: 4,
  questionnaire: 4,
};

export function legacyJsonColumns(kind: EntityKind): string[] {
  return jsonColumns(LEGACY_JSON_COLUMN, LEGACY_JSON_PARTS[kind] ?? 2);
}

/** What a full read of an item in the earlier layout selects. */
export function legacyEntitySelect(kind: EntityKind): string[] {
  return ['EntityId', 'EntityVersion', 'CommitId', ...legacyJsonColumns(kind)];
}

/** An entity from an item in the earlier layout: all of it was in the JSON. */
export function legacyEntityFromItem<K extends EntityKind>(kind: K, item: ListItemJson): StoredEntity<K> {
  const { id, version, commitId } = baseOf(kind, item);
  const data = parseJsonParts(item.fields ?? {}, legacyJsonColumns(kind), `${kind} ${id}`);
  // Written from an EntityMap[K] by the earlier layout's writer; only its object shape is checked on the way back.
  const value = { ...data, id, version } as unknown as EntityMap[K];
  return { itemId: item.id, eTag: etagOf(item), value, commitId };
}

/**
 * Added to a list once every item is converted and checked: the list's earlier JSON columns stay beside the typed
 * ones (nothing is deleted) until the admin removes them, and this column says so in SharePoint.
 */
export const CONVERTED_MARKER_COLUMN: ColumnSpec = {
  name: 'EarlierLayoutKept',
  displayName: 'Earlier layout kept',
  description:
    'Every item was converted from the app’s earlier layout and checked. Its old JSON (columns EntityJson, ' +
    'EntityJson2, …) is kept for reference and no longer read or updated: remove those columns and this one ' +
    'when you no longer need them.',
  type: 'yesNo',
};

/** Where a list stands in the conversion from the earlier layout. */
export type ListLayout = 'earlier' | 'half-converted' | 'converted' | 'typed';

export function layoutOf(list: ListJson | undefined): ListLayout {
  const columns = list?.columns ?? [];
  const has = (name: string): boolean => columns.some((c) => c.name === name);
  if (!has(LEGACY_JSON_COLUMN)) return 'typed';
  if (has(CONVERTED_MARKER_COLUMN.name)) return 'converted';
  return has(APP_DATA_COLUMN) ? 'half-converted' : 'earlier';
}

/** The lists (by display name) still in the earlier layout: JSON in EntityJson and no AppData column. */
export function listsInLegacyLayout(lists: readonly ListJson[], displayNames: readonly string[]): string[] {
  return displayNames.filter((name) => layoutOf(findList(lists, name)) === 'earlier');
}

/** The lists (by display name) whose conversion was started and not finished. */
export function listsHalfConverted(lists: readonly ListJson[], displayNames: readonly string[]): string[] {
  return displayNames.filter((name) => layoutOf(findList(lists, name)) === 'half-converted');
}

/** What the store says on a site whose conversion was interrupted. */
export function halfConvertedMessage(site: string, lists: readonly string[]): string {
  return (
    `The SharePoint site ${site} is part way through its conversion from the app's earlier layout ` +
    `(${lists.length} lists, e.g. "${lists[0] ?? ''}", are not finished), so the app will not read it. Finish it: ` +
    `run \`npm run provision -- --site ${site} --migrate --apply\` again; it carries on where it stopped.`
  );
}

/** What the store and provisioning say when a site is still in the earlier layout. */
export function legacyLayoutMessage(site: string, lists: readonly string[]): string {
  return (
    `The SharePoint site ${site} keeps its data in the app's earlier layout (${lists.length} lists, e.g. ` +
    `"${lists[0] ?? ''}", hold entities as JSON rather than typed columns). Convert it first: run ` +
    `\`npm run provision -- --site ${site} --migrate\` (it shows what will change before changing anything).`
  );
}
