import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import type { Organisation } from '../../../src/domain/network';
import { ConflictError, StoreUnavailableError, type Filter } from '../../../src/services/ports';
import { AT, organisation, put, response, serviceAssessment } from '../../contract/fixtures';
import { ratingsOfCycle } from '../../contract/cycle-ratings';

const ctx = { actorId: 'p-admin', at: AT };

/** Every row of every table, read through a separate connection: what another process would see. */
function dump(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    // Rows in a stable order whatever the table (some tables have no rowid, so that their rows keep no order).
    const rowsOf = (t: string) =>
      db
        .prepare(`SELECT * FROM "${t}"`)
        .all()
        .map((row) => JSON.stringify(row))
        .sort();
    return Object.fromEntries(tables.map((t) => [t, rowsOf(t)]));
  } finally {
    db.close();
  }
}

describe('SqliteStore', () => {
  let dir: string;
  let file: string;
  let store: SqliteStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'qin-sqlite-store-'));
    file = join(dir, 'store.db');
    store = SqliteStore.open(file);
    await store.commit(ctx, [
      put('assessment', serviceAssessment()),
      put('response', response('as-cardio-2026', '1.1', { rating: 'met' })),
    ]);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('a commit that fails part-way leaves the store as it was', () => {
    it('when the last change conflicts', async () => {
      const before = dump(file);
      await expect(
        store.commit(ctx, [
          put('organisation', organisation()),
          put('response', response('as-cardio-2026', '1.1', { rating: 'not_met' }), 1),
          put('assessment', serviceAssessment({ state: 'submitted' }), 7),
        ]),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(dump(file)).toEqual(before);
    });

    it('when a change cannot even be written (a value that is not JSON)', async () => {
      const before = dump(file);
      const broken = { ...organisation({ id: 'org-broken' }), size: BigInt(1) } as unknown as Organisation;
      await expect(
        store.commit(ctx, [put('organisation', organisation()), put('organisation', broken)]),
      ).rejects.toThrow(/BigInt/);
      expect(dump(file)).toEqual(before);
      await expect(store.commit(ctx, [put('organisation', organisation())])).resolves.toHaveLength(1);
    });

    it('when the process dies inside a write transaction', async () => {
      await store.close();
      const before = dump(file);
      const script = `
        const Database = require('better-sqlite3');
        const db = new Database(${JSON.stringify(file)});
        db.exec('BEGIN IMMEDIATE');
        db.prepare("INSERT INTO organisations (id, version, data) VALUES ('org-half', 1, '{}')").run();
        db.prepare("UPDATE responses SET rating = 'not_met'").run();
        process.kill(process.pid, 'SIGKILL');`;
      const child = spawnSync(process.execPath, ['-e', script], { cwd: process.cwd() });
      expect(child.signal).toBe('SIGKILL');

      store = SqliteStore.open(file);
      expect(dump(file)).toEqual(before);
      await expect(store.get('organisation', 'org-half')).resolves.toBeUndefined();
      await expect(ratingsOfCycle(store, 'cy-2026')).resolves.toEqual([
        { assessmentId: 'as-cardio-2026', standardCode: '1.1', rating: 'met' },
      ]);
    });
  });

  it('keeps the lean rating columns in step with the response', async () => {
    await store.commit(ctx, [put('response', response('as-cardio-2026', '1.1', { rating: 'partly_met' }), 1)]);
    const db = new Database(file, { readonly: true });
    const row = db.prepare('SELECT standard_code, rating, cycle_id, assessment_id FROM responses').get();
    db.close();
    expect(row).toEqual({
      standard_code: '1.1',
      rating: 'partly_met',
      cycle_id: 'cy-2026',
      assessment_id: 'as-cardio-2026',
    });
  });

  it('refuses a filter on a field that is not indexed', async () => {
    const filter = { name: 'KCH' } as unknown as Filter<'organisation'>;
    await expect(store.query('organisation', filter)).rejects.toThrow(/not an indexed field/);
  });

  it('reports a closed store as unavailable', async () => {
    await store.close();
    await expect(store.get('assessment', 'as-cardio-2026')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.close()).resolves.toBeUndefined();
  });

  it('reports a file that is not a database as unavailable', () => {
    const bogus = join(dir, 'not-a-db.db');
    writeFileSync(bogus, 'this is not a SQLite database, just some text that is long enough to matter. '.repeat(20));
    expect(() => SqliteStore.open(bogus)).toThrow(StoreUnavailableError);
  });

  it('refuses lease times that are not ISO date-times', async () => {
    await expect(store.tryAcquireLease('jobs', 'a', 'yesterday', AT)).rejects.toThrow(/ISO-8601/);
  });

  it('reads an assessment with its 40 responses and saves one of them again and again, each save seen by the next read', async () => {
    // How fast this is belongs to `npm run bench` ("read one assessment + responses", "save one response").
    const responses = Array.from({ length: 40 }, (_, i) => response('as-perf', `${Math.floor(i / 8) + 1}.${i % 8}`));
    await store.commit(ctx, [
      put('assessment', serviceAssessment({ id: 'as-perf' })),
      ...responses.map((r) => put('response', r)),
    ]);
    const code = responses[0]?.standardCode;
    let version = 1;
    for (let round = 0; round < 20; round++) {
      expect(await store.get('assessment', 'as-perf')).toMatchObject({ id: 'as-perf' });
      const rows = await store.query('response', { assessmentId: 'as-perf' });
      expect(rows).toHaveLength(40);
      const saved = rows.find((r) => r.standardCode === code);
      expect(saved?.narrative).toBe(round === 0 ? responses[0]?.narrative : `round ${round - 1}`);
      if (!saved) throw new Error('the saved response went missing');
      await store.commit(ctx, [put('response', { ...saved, narrative: `round ${round}` }, version)]);
      version += 1;
    }
    const last = (await store.query('response', { assessmentId: 'as-perf' })).find((r) => r.standardCode === code);
    expect(last).toMatchObject({ narrative: 'round 19', version: 21 });
  });
});
