import { INDEX_VALUES } from './index-values';
import type { EntityKind, EntityMap } from './ports';

/** A stored column of a filterable field (IndexMap) and how its value derives from the entity (INDEX_VALUES). */
export interface IndexColumn<K extends EntityKind> {
  readonly column: string;
  readonly derive: (entity: EntityMap[K]) => string | null;
}

/** A kind's index columns by filterable field. */
export type IndexColumnsOf = <K extends EntityKind>(kind: K) => ReadonlyMap<string, IndexColumn<K>>;

/**
 * The index columns of every kind under one adapter's naming (SQL snake_case, SharePoint PascalCase), each kind
 * worked out once on first use: every write and every query asks, so the derivation must not be redone each time.
 */
export function indexColumnsNamed(columnOf: (kind: EntityKind, field: string) => string): IndexColumnsOf {
  const cache = new Map<EntityKind, ReadonlyMap<string, IndexColumn<never>>>();
  return <K extends EntityKind>(kind: K): ReadonlyMap<string, IndexColumn<K>> => {
    let columns = cache.get(kind);
    if (!columns) {
      const derivations: Readonly<Record<string, (entity: EntityMap[K]) => string | null>> = INDEX_VALUES[kind];
      const built: ReadonlyMap<string, IndexColumn<K>> = new Map(
        Object.entries(derivations).map(([field, derive]) => [field, { column: columnOf(kind, field), derive }]),
      );
      columns = built;
      cache.set(kind, columns);
    }
    // Each entry was built for its own kind; the cache only forgets which, so that one map holds every kind.
    return columns as ReadonlyMap<string, IndexColumn<K>>;
  };
}
