import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { RatingRow } from '../../domain/assessment';
import type { AuditEvent } from '../../domain/audit';
import type { IsoDateTime } from '../../domain/ids';
import {
  asCommitted,
  ConflictError,
  StoreUnavailableError,
  type Change,
  type CommitContext,
  type Committed,
  type EntityKind,
  type EntityMap,
  type Filter,
  type Page,
  type PageRequest,
  type Store,
  type RatingSource,
} from '../../services/ports';
import { auditAssessmentId } from '../../services/audit-trail-membership';
import { isAudited } from '../../services/audited-kinds';
import { auditToRow, filterColumns, fromRow, rowToAudit, toParams, toRatingRow, type EntityRow } from './record-mapper';
import { migrate } from './schema';
import { Statements } from './statements';

/** SQLite limits bound parameters per statement; ids are also passed in chunks to keep each read small. */
const GET_MANY_CHUNK = 500;

/** SQLite result codes that mean "the storage cannot be used right now", not a bug or a user error. */
const UNAVAILABLE_CODES = /^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|FULL|READONLY|CORRUPT|NOTADB|PROTOCOL|PERM|AUTH)/;

type AnyEntity = EntityMap[EntityKind];

/** One stored entity of a snapshot (a backup), with the version it had. */
export type SnapshotItem = { [K in EntityKind]: { readonly kind: K; readonly value: EntityMap[K] } }[EntityKind];

/**
 * Duck-typed rather than `instanceof Database.SqliteError`: the native addon keeps the error class of the
 * first realm that loaded it, so `instanceof` fails when the module is loaded again (jest, hot reload).
 */
function sqliteCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' && error.code.startsWith('SQLITE_') ? error.code : undefined;
}

function translate(error: unknown, what: string): unknown {
  const code = sqliteCode(error);
  if (code !== undefined && UNAVAILABLE_CODES.test(code)) {
    const message = error instanceof Error ? error.message : String(error);
    return new StoreUnavailableError(`SQLite store: ${what} failed (${code}): ${message}`, { cause: error });
  }
  return error;
}

function toMillis(value: IsoDateTime, name: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new Error(`${name} must be an ISO-8601 date-time, got "${value}"`);
  return ms;
}

/** The embedded default Store: one SQLite file (WAL), one table per entity kind, audit trail and leases. */
export class SqliteStore implements Store {
  private readonly statements: Statements;
  private readonly commitTransaction: (context: CommitContext, changes: readonly Change[]) => AnyEntity[];

  private constructor(private readonly db: Database.Database) {
    this.statements = new Statements(db);
    // IMMEDIATE takes the write lock up front: read-check-write can never interleave with another writer.
    const transaction = db.transaction((context: CommitContext, changes: readonly Change[]) =>
      this.applyChanges(context, changes),
    );
    this.commitTransaction = (context, changes) => transaction.immediate(context, changes);
  }

  /**
   * Opens (creating when missing) the database file, its parent folder, and brings the schema up to date.
   * `':memory:'` gives a private in-memory database.
   */
  static open(filePath: string): SqliteStore {
    const inMemory = filePath === ':memory:';
    if (!inMemory) mkdirSync(dirname(resolve(filePath)), { recursive: true });
    let db: Database.Database | undefined;
    try {
      db = new Database(filePath, { timeout: 5000 });
      if (!inMemory) db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      migrate(db);
      return new SqliteStore(db);
    } catch (error) {
      db?.close();
      throw translate(error, `opening ${filePath}`);
    }
  }

  async get<K extends EntityKind>(kind: K, id: string): Promise<EntityMap[K] | undefined> {
    return this.guard('get', () => {
      const row = this.statements.kinds[kind].get.get(id);
      return row ? fromRow(kind, row) : undefined;
    });
  }

  async getMany<K extends EntityKind>(kind: K, ids: readonly string[]): Promise<EntityMap[K][]> {
    return this.guard('getMany', () => {
      const wanted = [...new Set(ids)];
      const statement = this.statements.kinds[kind].getMany;
      const byId = new Map<string, EntityRow>();
      for (let i = 0; i < wanted.length; i += GET_MANY_CHUNK) {
        for (const row of statement.all(JSON.stringify(wanted.slice(i, i + GET_MANY_CHUNK)))) byId.set(row.id, row);
      }
      const out: EntityMap[K][] = [];
      for (const id of wanted) {
        const row = byId.get(id);
        if (row) out.push(fromRow(kind, row));
      }
      return out;
    });
  }

  async queryPage<K extends EntityKind>(kind: K, filter: Filter<K>, page: PageRequest): Promise<Page<EntityMap[K]>> {
    return this.guard('queryPage', () => {
      const where = filterColumns(kind, filter);
      // One more than asked says whether there is a next page without a count.
      const rows = this.statements.kinds[kind]
        .queryPage(where.map((w) => w.column))
        .all(...where.map((w) => w.value), page.cursor ?? '', page.limit + 1);
      const items = rows.slice(0, page.limit).map((row) => fromRow(kind, row));
      const last = items[items.length - 1];
      return { items, next: rows.length > page.limit && last ? last.id : null };
    });
  }

  async query<K extends EntityKind>(kind: K, filter: Filter<K>): Promise<EntityMap[K][]> {
    return this.guard('query', () => {
      const where = filterColumns(kind, filter);
      const statements = this.statements.kinds[kind];
      const rows =
        where.length === 0
          ? statements.listAll.all()
          : statements.query(where.map((w) => w.column)).all(...where.map((w) => w.value));
      return rows.map((row) => fromRow(kind, row));
    });
  }

  async ratingsForCycle(cycleId: string, source: RatingSource = 'self'): Promise<RatingRow[]> {
    const statement = source === 'agreed' ? this.statements.agreedRatingsForCycle : this.statements.ratingsForCycle;
    return this.guard('ratingsForCycle', () => statement.all(cycleId).map(toRatingRow));
  }

  async commit<const C extends readonly Change[]>(context: CommitContext, changes: C): Promise<Committed<C>> {
    const stored = await this.guard('commit', () =>
      changes.length === 0 ? [] : this.commitTransaction(context, changes),
    );
    return asCommitted<C>(stored);
  }

  async auditForAssessment(assessmentId: string): Promise<AuditEvent[]> {
    return this.guard('auditForAssessment', () => this.statements.auditForAssessment.all(assessmentId).map(rowToAudit));
  }

  async auditForEntity(kind: EntityKind, id: string): Promise<AuditEvent[]> {
    return this.guard('auditForEntity', () => this.statements.auditForEntity.all(kind, id).map(rowToAudit));
  }

  async tryAcquireLease(name: string, holder: string, now: IsoDateTime, until: IsoDateTime): Promise<boolean> {
    return this.guard('tryAcquireLease', () => {
      const params = { name, holder, nowMs: toMillis(now, 'now'), untilMs: toMillis(until, 'until') };
      return this.statements.acquireLease.run(params).changes === 1;
    });
  }

  async releaseLease(name: string, holder: string): Promise<void> {
    return this.guard('releaseLease', () => {
      this.statements.releaseLease.run(name, holder);
    });
  }

  async ping(): Promise<void> {
    return this.guard('ping', () => {
      if (this.statements.ping.get() !== 1) throw new StoreUnavailableError('SQLite store: ping returned no row');
    });
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /**
   * Restores a backup into this EMPTY store in one transaction: every entity with its id and version as they
   * were, and the audit trail as it was (no new audit events). Refuses a store that holds any entity.
   */
  async importSnapshot(items: readonly SnapshotItem[], audit: readonly AuditEvent[]): Promise<void> {
    return this.guard('importSnapshot', () => {
      const run = this.db.transaction(() => {
        for (const kind of Object.keys(this.statements.kinds) as EntityKind[]) {
          if (this.statements.kinds[kind].listAll.get()) {
            throw new Error(`importSnapshot needs an empty store, but it already holds ${kind} items`);
          }
        }
        for (const item of items) {
          if (!Number.isInteger(item.value.version) || item.value.version < 1) {
            throw new Error(`${item.kind} ${item.value.id} has no stored version (got ${item.value.version})`);
          }
          this.statements.kinds[item.kind].upsert.run(toParams(item.kind, item.value, item.value.version));
        }
        for (const event of audit) this.statements.insertAudit.run(auditToRow(event));
      });
      run.immediate();
    });
  }

  /** Runs inside the IMMEDIATE transaction: if one change throws, the whole commit is rolled back. */
  private applyChanges(context: CommitContext, changes: readonly Change[]): AnyEntity[] {
    const stored: AnyEntity[] = [];
    for (const change of changes) {
      const id = change.op === 'put' ? change.value.id : change.id;
      if (typeof id !== 'string' || id.length === 0) throw new Error(`A ${change.kind} needs a non-empty id`);
      if (!Number.isInteger(change.expectedVersion) || change.expectedVersion < 0) {
        throw new Error(`expectedVersion of ${change.kind} ${id} must be a whole number >= 0`);
      }
      const statements = this.statements.kinds[change.kind];
      const row = statements.get.get(id);
      const current = row ? fromRow(change.kind, row) : undefined;
      if ((current?.version ?? 0) !== change.expectedVersion) {
        throw new ConflictError(change.kind, id, current, change.expectedVersion);
      }

      let after: AnyEntity | undefined;
      if (change.op === 'put') {
        const params = toParams(change.kind, change.value, change.expectedVersion + 1);
        statements.upsert.run(params);
        after = fromRow(change.kind, { id, version: change.expectedVersion + 1, data: params.data });
        stored.push(after);
      } else {
        // Deleting what is not there (expectedVersion 0) changes nothing, so it leaves no audit event.
        if (!current) continue;
        statements.remove.run(id);
      }
      if (!isAudited(change.kind)) continue;
      const subject = after ?? current;
      this.statements.insertAudit.run(
        auditToRow({
          id: randomUUID(),
          at: context.at,
          actorId: context.actorId,
          entityKind: change.kind,
          entityId: id,
          assessmentId: auditAssessmentId(change.kind, subject),
          action: change.op === 'delete' ? 'delete' : current ? 'update' : 'create',
          before: current ?? null,
          after: after ?? null,
        }),
      );
    }
    return stored;
  }

  private guard<T>(what: string, fn: () => T): T {
    if (!this.db.open) throw new StoreUnavailableError(`SQLite store: ${what} failed: the store is closed`);
    try {
      return fn();
    } catch (error) {
      throw translate(error, what);
    }
  }
}
