import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import type { Person } from '../../../src/domain/network';

/** Whoever opens the database file sees each person's choice of chat, bell or both in its own column. */
const AT = '2026-12-04T10:00:00.000Z';
const person = (id: string, notifyBy?: Person['notifyBy']): Person => ({
  id,
  version: 0,
  displayName: id,
  email: `${id}@slam.nhs.example`,
  organisationId: 'org-slam',
  jobTitle: 'Nurse',
  profession: 'physical_health',
  tenantId: null,
  objectId: null,
  ...(notifyBy ? { notifyBy } : {}),
});

describe('the people table', () => {
  it('shows how each person chose to hear about their work in notify_by, empty until they choose', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'qin-notify-by-')), 'qin.db');
    const store = SqliteStore.open(file);
    await store.commit({ actorId: 'test', at: AT }, [
      { op: 'put', kind: 'person', value: person('p-bell', 'bell'), expectedVersion: 0 },
      { op: 'put', kind: 'person', value: person('p-unchosen'), expectedVersion: 0 },
    ]);
    await store.close();
    const db = new Database(file, { readonly: true });
    const rows = db.prepare('SELECT id, notify_by FROM people ORDER BY id').all();
    db.close();
    expect(rows).toEqual([
      { id: 'p-bell', notify_by: 'bell' },
      { id: 'p-unchosen', notify_by: null },
    ]);
  });
});
