/**
 * Every entity kind of the store port (EntityMap, listed once as ENTITY_KINDS in src/services/index-values.ts) must
 * reach the places the compiler cannot check for it: the contract fixtures every store adapter is tested with,
 * the SQLite migrations and the SharePoint schema. Each failure names the kind and the file to add it to.
 */
import Database from 'better-sqlite3';
import { filterColumns, tableOf } from '../../src/adapters/sqlite/record-mapper';
import { migrate } from '../../src/adapters/sqlite/schema';
import { columnsViewsNarrowOn } from '../../src/adapters/sharepoint/list-views';
import {
  DEFAULT_LIST_PREFIX,
  entityListSpec,
  indexColumnsOf,
  type ListSpec,
} from '../../src/adapters/sharepoint/schema';
import { ENTITY_KINDS, INDEX_VALUES } from '../../src/services/index-values';
import type { EntityKind } from '../../src/services/ports';
import { oneOfEach } from './fixtures';
import { partitionOf } from '../../src/adapters/sharepoint/partitions';

/** Fails with every problem found at once, so one run lists all there is to add. */
function expectNothingMissing(problems: readonly string[]): void {
  if (problems.length > 0) throw new Error(`\n${problems.join('\n')}`);
}

function indexFieldsOf(kind: EntityKind): string[] {
  return Object.keys(INDEX_VALUES[kind]);
}

describe('the entity kinds reach every registry', () => {
  it('lists every kind of the store port once', () => {
    expect(ENTITY_KINDS.length).toBeGreaterThan(0);
    expect(new Set(ENTITY_KINDS).size).toBe(ENTITY_KINDS.length);
  });

  it('has a contract fixture of every kind, so the store contract stores and reads each one on every adapter', () => {
    const covered = new Set(oneOfEach().map((change) => change.kind));
    expectNothingMissing(
      ENTITY_KINDS.filter((kind) => !covered.has(kind)).map(
        (kind) =>
          `The entity kind "${kind}" has no fixture in oneOfEach(): add a factory and put('${kind}', ...) to ` +
          'test/contract/fixtures.ts (or test/contract/review-fixtures.ts).',
      ),
    );
  });

  it('has a SQLite table for every kind, with an indexed column for each filterable field', () => {
    const db = new Database(':memory:');
    try {
      migrate(db);
      const problems = ENTITY_KINDS.flatMap((kind) => sqliteProblems(db, kind));
      expectNothingMissing(problems);
    } finally {
      db.close();
    }
  });

  it('has a SharePoint list for every kind, with an indexed column for each filterable field', () => {
    const problems: string[] = [];
    const displayNames = new Map<string, EntityKind>();
    for (const kind of ENTITY_KINDS) {
      let spec: ListSpec;
      try {
        spec = entityListSpec(kind, DEFAULT_LIST_PREFIX);
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
        continue;
      }
      // A partitioned field (partitions.ts) has a second indexed column beside its own: the value and a bucket.
      const partitionColumn = partitionOf(kind)?.column.name;
      // So is every column a list view filters, sorts or groups on (list-views.ts), a filterable field's or not.
      const forViews = columnsViewsNarrowOn(kind);
      const forFilters = new Set(indexColumnsOf(kind).map((c) => c.column));
      const indexed = spec.columns.filter(
        (c) =>
          c.indexed &&
          c.name !== 'EntityId' &&
          c.name !== partitionColumn &&
          (forFilters.has(c.name) || !forViews.has(c.name)),
      );
      if (
        indexed.length !== indexFieldsOf(kind).length ||
        new Set(indexed.map((c) => c.name)).size !== indexed.length
      ) {
        problems.push(
          `The SharePoint list of "${kind}" has indexed columns ${JSON.stringify(indexed.map((c) => c.name))} for ` +
            `the filterable fields ${JSON.stringify(indexFieldsOf(kind))}: give each field its own column in KINDS ` +
            'in src/adapters/sharepoint/schema.ts.',
        );
      }
      const other = displayNames.get(spec.displayName);
      if (other) {
        problems.push(
          `The entity kinds "${other}" and "${kind}" share the SharePoint list "${spec.displayName}": give "${kind}" ` +
            'its own title in KINDS in src/adapters/sharepoint/schema.ts.',
        );
      }
      displayNames.set(spec.displayName, kind);
    }
    expectNothingMissing(problems);
  });
});

/** The names of a table's columns, or of an index's columns in order, or of a table's indexes. */
function namesOf(db: Database.Database, pragma: 'table_info' | 'index_info' | 'index_list', of: string): string[] {
  return db.prepare<[string], string>(`SELECT name FROM pragma_${pragma}(?)`).pluck().all(of);
}

function sqliteProblems(db: Database.Database, kind: EntityKind): string[] {
  const table = tableOf(kind);
  const where = 'append a migration to src/adapters/sqlite/schema.ts (released migrations are never edited)';
  const columns = new Set(namesOf(db, 'table_info', table));
  if (columns.size === 0) {
    return [`The entity kind "${kind}" has no SQLite table "${table}": ${where} that creates it.`];
  }
  const indexedFirst = new Set(
    namesOf(db, 'index_list', table).flatMap((index) => namesOf(db, 'index_info', index).slice(0, 1)),
  );
  return indexFieldsOf(kind).flatMap((field) => {
    const column = filterColumns(kind, { [field]: 'x' })[0]?.column ?? field;
    if (!columns.has(column)) {
      return [`The SQLite table "${table}" of "${kind}" has no column "${column}" for the field "${field}": ${where}.`];
    }
    if (!indexedFirst.has(column)) {
      return [`The SQLite table "${table}" of "${kind}" has no index on "${column}" (field "${field}"): ${where}.`];
    }
    return [];
  });
}
