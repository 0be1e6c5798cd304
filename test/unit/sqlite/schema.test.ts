import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, migrate } from '../../../src/adapters/sqlite/schema';
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import { AT, organisation, put } from '../../contract/fixtures';

interface MigrationRow {
  version: number;
  name: string;
  applied_at: string;
}

describe('SQLite schema', () => {
  let dir: string;
  let file: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'qin-sqlite-schema-'));
    file = join(dir, 'store.db');
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function migrationsIn(path: string): MigrationRow[] {
    const db = new Database(path, { readonly: true });
    try {
      return db.prepare<[], MigrationRow>('SELECT version, name, applied_at FROM schema_migrations').all();
    } finally {
      db.close();
    }
  }

  it('applies every migration once on a new database, in order', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(migrate(db)).toEqual([]);
    db.close();
  });

  it('keeps data across a reopen and does not re-run migrations', async () => {
    const first = SqliteStore.open(file);
    await first.commit({ actorId: 'p-admin', at: AT }, [put('organisation', organisation())]);
    await first.close();
    const recorded = migrationsIn(file);
    expect(recorded.map((m) => m.version)).toEqual(MIGRATIONS.map((m) => m.version));

    const second = SqliteStore.open(file);
    await expect(second.get('organisation', 'org-kch')).resolves.toMatchObject({ shortName: 'KCH', version: 1 });
    await second.close();
    expect(migrationsIn(file)).toEqual(recorded);

    const raw = new Database(file);
    expect(migrate(raw)).toEqual([]);
    raw.close();
  });

  it('runs only the migrations not applied yet', () => {
    const db = new Database(':memory:');
    migrate(db);
    const version = Math.max(...MIGRATIONS.map((m) => m.version)) + 1;
    const next = { version, name: 'add a column', sql: 'ALTER TABLE cycles ADD COLUMN archived TEXT' };
    expect(migrate(db, [...MIGRATIONS, next])).toEqual([version]);
    expect(migrate(db, [...MIGRATIONS, next])).toEqual([]);
    db.close();
  });

  it('applies nothing of a migration that fails', () => {
    const db = new Database(':memory:');
    const broken = [
      { version: 1, name: 'fine', sql: 'CREATE TABLE a (x TEXT)' },
      { version: 2, name: 'broken', sql: 'CREATE TABLE b (x TEXT); THIS IS NOT SQL' },
    ];
    expect(() => migrate(db, broken)).toThrow();
    const tables = db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(['schema_migrations']);
    db.close();
  });

  it('refuses a database written by a newer release', async () => {
    await SqliteStore.open(file).close();
    const raw = new Database(file);
    raw.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', ?)").run(AT);
    raw.close();
    expect(() => SqliteStore.open(file)).toThrow(/newer release/);
  });

  it('puts a file database in WAL mode', async () => {
    const store = SqliteStore.open(file);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
    await store.close();
  });
});
