import type { EntityKind, EntityMap } from '../../services/ports';
import { baseOf, parseJsonParts, type StoredEntity } from './entity-fields';
import { etagOf, type ListItemJson } from './graph-json';
import { APP_DATA_COLUMN, jsonColumns } from './schema';
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

/** The lists (by display name) still in the earlier layout: JSON in EntityJson and no AppData column. */
export function listsInLegacyLayout(lists: readonly ListJson[], displayNames: readonly string[]): string[] {
  return displayNames.filter((name) => {
    const columns = findList(lists, name)?.columns ?? [];
    return columns.some((c) => c.name === LEGACY_JSON_COLUMN) && !columns.some((c) => c.name === APP_DATA_COLUMN);
  });
}

/** What the store and provisioning say when a site is still in the earlier layout. */
export function legacyLayoutMessage(site: string, lists: readonly string[]): string {
  return (
    `The SharePoint site ${site} keeps its data in the app's earlier layout (${lists.length} lists, e.g. ` +
    `"${lists[0] ?? ''}", hold entities as JSON rather than typed columns). Convert it first: run ` +
    `\`npm run provision -- --site ${site} --migrate\` (it shows what will change before changing anything).`
  );
}
