import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, migrate } from '../../../src/adapters/sqlite/schema';
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import { action } from '../../contract/review-fixtures';

/** A database written before actions were filed by cycle: network impact and reminders must still find them all. */
describe('SQLite: actions stored before they were filed by cycle', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'qin-sqlite-actions-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('are found by cycle and status once the database is upgraded', async () => {
    const file = join(dir, 'store.db');
    const before = MIGRATIONS.filter((m) => !m.sql.includes('actions_by_cycle_id_status_id'));
    expect(before).toHaveLength(MIGRATIONS.length - 1);
    const db = new Database(file);
    migrate(db, before);
    const insert = db.prepare(
      'INSERT INTO actions (id, version, data, assessment_id, owner_id, status) VALUES (?, 1, ?, ?, ?, ?)',
    );
    for (const stored of [
      action({ id: 'act-old', cycleId: 'cy-2025', status: 'completed' }),
      action({ id: 'act-new', cycleId: 'cy-2026', status: 'completed' }),
    ]) {
      const { id, version: _version, ...data } = stored;
      insert.run(id, JSON.stringify(data), stored.assessmentId, stored.ownerId, stored.status);
    }
    db.close();

    const store = SqliteStore.open(file);
    try {
      const found = await store.query('action', { cycleId: 'cy-2025', status: 'completed' });
      expect(found.map((a) => a.id)).toEqual(['act-old']);
      expect((await store.query('action', { cycleId: 'cy-2026', status: 'completed' })).map((a) => a.id)).toEqual([
        'act-new',
      ]);
    } finally {
      await store.close();
    }
  });
});
