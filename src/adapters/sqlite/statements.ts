import type Database from 'better-sqlite3';
import { ENTITY_KINDS } from '../../services/index-values';
import type { EntityKind } from '../../services/ports';
import { derivedColumnsOf, tableOf, type AuditRow, type EntityParams, type EntityRow } from './record-mapper';

/** The prepared statements of one entity kind, made once at open and reused for every call. */
export class KindStatements {
  readonly get: Database.Statement<[string], EntityRow>;
  /** Up to one chunk of ids, passed as a JSON array (one statement for any number of ids). */
  readonly getMany: Database.Statement<[string], EntityRow>;
  readonly listAll: Database.Statement<[], EntityRow>;
  readonly upsert: Database.Statement<[EntityParams]>;
  readonly remove: Database.Statement<[string]>;
  private readonly queries = new Map<string, Database.Statement<string[], EntityRow>>();
  private readonly pages = new Map<string, Database.Statement<(string | number)[], EntityRow>>();
  private readonly table: string;

  constructor(
    private readonly db: Database.Database,
    kind: EntityKind,
  ) {
    const table = tableOf(kind);
    this.table = table;
    const columns = ['id', 'version', 'data', ...derivedColumnsOf(kind)];
    const updates = columns
      .filter((c) => c !== 'id')
      .map((c) => `${c} = excluded.${c}`)
      .join(', ');
    this.get = db.prepare(`SELECT id, version, data FROM ${table} WHERE id = ?`);
    this.getMany = db.prepare(`SELECT id, version, data FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`);
    this.listAll = db.prepare(`SELECT id, version, data FROM ${table} ORDER BY id`);
    this.upsert = db.prepare(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')}) ` +
        `ON CONFLICT (id) DO UPDATE SET ${updates}`,
    );
    this.remove = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
  }

  /** A page of an equality query, in id order after the cursor's id; prepared on first use, then cached. */
  queryPage(columns: readonly string[]): Database.Statement<(string | number)[], EntityRow> {
    const key = `page:${columns.join(',')}`;
    let statement = this.pages.get(key);
    if (!statement) {
      const where = [...columns.map((c) => `${c} = ?`), 'id > ?'].join(' AND ');
      statement = this.db.prepare<(string | number)[], EntityRow>(
        `SELECT id, version, data FROM ${this.table} WHERE ${where} ORDER BY id LIMIT ?`,
      );
      this.pages.set(key, statement);
    }
    return statement;
  }

  /** An equality query on the given (validated, sorted) columns; prepared on first use, then cached. */
  query(columns: readonly string[]): Database.Statement<string[], EntityRow> {
    const key = columns.join(',');
    let statement = this.queries.get(key);
    if (!statement) {
      const where = columns.map((c) => `${c} = ?`).join(' AND ');
      statement = this.db.prepare<string[], EntityRow>(
        `SELECT id, version, data FROM ${this.table} WHERE ${where} ORDER BY id`,
      );
      this.queries.set(key, statement);
    }
    return statement;
  }
}

export interface LeaseParams {
  readonly name: string;
  readonly holder: string;
  readonly nowMs: number;
  readonly untilMs: number;
}

/** Everything the store runs, prepared once. */
export class Statements {
  readonly kinds: { readonly [K in EntityKind]: KindStatements };
  readonly ping: Database.Statement<[], number>;
  readonly insertAudit: Database.Statement<[AuditRow]>;
  readonly auditForAssessment: Database.Statement<[string], AuditRow>;
  readonly auditForEntity: Database.Statement<[string, string], AuditRow>;
  /** One statement, so taking a lease is atomic: it inserts, or updates only a free, expired or own lease. */
  readonly acquireLease: Database.Statement<[LeaseParams]>;
  readonly releaseLease: Database.Statement<[string, string]>;

  constructor(db: Database.Database) {
    const kinds: Partial<Record<EntityKind, KindStatements>> = {};
    for (const kind of ENTITY_KINDS) kinds[kind] = new KindStatements(db, kind);
    this.kinds = kinds as { readonly [K in EntityKind]: KindStatements };

    this.ping = db.prepare<[], number>('SELECT 1').pluck();
    const auditColumns = 'id, at, actor_id, entity_kind, entity_id, assessment_id, action, before, after';
    this.insertAudit = db.prepare(
      `INSERT INTO audit_events (${auditColumns}) VALUES ` +
        '(@id, @at, @actor_id, @entity_kind, @entity_id, @assessment_id, @action, @before, @after)',
    );
    this.auditForAssessment = db.prepare(
      `SELECT ${auditColumns} FROM audit_events WHERE assessment_id = ? ORDER BY at, seq`,
    );
    this.auditForEntity = db.prepare(
      `SELECT ${auditColumns} FROM audit_events WHERE entity_kind = ? AND entity_id = ? ORDER BY at, seq`,
    );
    this.acquireLease = db.prepare(
      'INSERT INTO leases (name, holder, until_ms) VALUES (@name, @holder, @untilMs) ' +
        'ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until_ms = excluded.until_ms ' +
        'WHERE leases.until_ms <= @nowMs OR leases.holder = excluded.holder',
    );
    this.releaseLease = db.prepare('DELETE FROM leases WHERE name = ? AND holder = ?');
  }
}
