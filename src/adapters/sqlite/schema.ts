import type Database from 'better-sqlite3';

/**
 * Schema migrations, in code. Each one runs once, in order, inside the transaction that records it in
 * `schema_migrations`. A released migration is never edited: change the schema by appending a new one.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** The tables of the entity kinds share one shape: id, version, JSON data, then the indexed columns. */
function entityTable(table: string, columns: readonly string[], indexes: readonly (readonly string[])[]): string {
  const extra = columns.map((c) => `,\n  ${c} TEXT`).join('');
  const create = `CREATE TABLE ${table} (\n  id TEXT PRIMARY KEY,\n  version INTEGER NOT NULL,\n  data TEXT NOT NULL${extra}\n);`;
  const indexSql = indexes.map(
    (cols) => `CREATE INDEX ${table}_by_${cols.join('_')} ON ${table} (${cols.join(', ')});`,
  );
  return [create, ...indexSql].join('\n');
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'entity tables, audit events and leases',
    sql: [
      entityTable('frameworks', ['framework_key'], [['framework_key', 'id']]),
      entityTable('organisations', [], []),
      entityTable('services', ['organisation_id'], [['organisation_id', 'id']]),
      entityTable(
        'people',
        ['email', 'identity', 'organisation_id'],
        [
          ['email', 'id'],
          ['identity', 'id'],
          ['organisation_id', 'id'],
        ],
      ),
      entityTable(
        'role_assignments',
        ['person_id', 'scope_id'],
        [
          ['person_id', 'id'],
          ['scope_id', 'id'],
        ],
      ),
      entityTable('cycles', [], []),
      entityTable(
        'assessments',
        ['cycle_id', 'subject_id', 'organisation_id'],
        [
          ['cycle_id', 'id'],
          ['subject_id', 'id'],
          ['organisation_id', 'id'],
        ],
      ),
      // (cycle_id, assessment_id, standard_code, rating): a cycle's ratings read from the index alone, by SQL tools.
      entityTable(
        'responses',
        ['assessment_id', 'cycle_id', 'standard_code', 'rating'],
        [
          ['assessment_id', 'id'],
          ['cycle_id', 'assessment_id', 'standard_code', 'rating'],
        ],
      ),
      entityTable('evidence', ['assessment_id'], [['assessment_id', 'id']]),
      `CREATE TABLE audit_events (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  at TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  entity_kind TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  assessment_id TEXT,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  before TEXT,
  after TEXT
);
CREATE INDEX audit_events_by_assessment ON audit_events (assessment_id, at);
CREATE INDEX audit_events_by_entity ON audit_events (entity_kind, entity_id, at);`,
      `CREATE TABLE leases (
  name TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  until_ms INTEGER NOT NULL
);`,
    ].join('\n'),
  },
  {
    version: 2,
    name: 'conversation references and notifications',
    sql: [
      entityTable(
        'conversations',
        ['person_id', 'identity', 'service_id'],
        [
          ['person_id', 'id'],
          ['identity', 'id'],
          ['service_id', 'id'],
        ],
      ),
      entityTable(
        'notifications',
        ['person_id', 'status'],
        [
          ['person_id', 'id'],
          ['status', 'id'],
        ],
      ),
    ].join('\n'),
  },
  {
    version: 3,
    name: 'peer review, reports, action plans and the good-practice library',
    sql: [
      entityTable(
        'review_teams',
        ['assessment_id', 'cycle_id'],
        [
          ['assessment_id', 'id'],
          ['cycle_id', 'id'],
        ],
      ),
      entityTable(
        'conflict_declarations',
        ['person_id', 'organisation_id'],
        [
          ['person_id', 'id'],
          ['organisation_id', 'id'],
        ],
      ),
      entityTable('review_ratings', ['assessment_id'], [['assessment_id', 'id']]),
      entityTable(
        'agreed_ratings',
        ['assessment_id', 'cycle_id'],
        [
          ['assessment_id', 'id'],
          ['cycle_id', 'id'],
        ],
      ),
      entityTable(
        'findings',
        ['assessment_id', 'cycle_id'],
        [
          ['assessment_id', 'id'],
          ['cycle_id', 'id'],
        ],
      ),
      entityTable(
        'actions',
        ['assessment_id', 'owner_id', 'status'],
        [
          ['assessment_id', 'id'],
          ['owner_id', 'id'],
          ['status', 'id'],
        ],
      ),
      entityTable(
        'reports',
        ['assessment_id', 'cycle_id', 'subject_id'],
        [
          ['assessment_id', 'id'],
          ['cycle_id', 'id'],
          ['subject_id', 'id'],
        ],
      ),
      entityTable(
        'library_entries',
        ['status', 'assessment_id', 'announcement'],
        [
          ['status', 'id'],
          ['assessment_id', 'id'],
          ['announcement', 'id'],
        ],
      ),
    ].join('\n'),
  },
  {
    version: 4,
    name: 'visit day: meetings, preliminary feedback and review-day notes',
    sql: [
      entityTable('visit_days', ['assessment_id'], [['assessment_id', 'id']]),
      entityTable('visit_notes', ['assessment_id'], [['assessment_id', 'id']]),
    ].join('\n'),
  },
  {
    version: 5,
    name: 'time and expenses claims of experts by experience',
    sql: entityTable(
      'reviewer_claims',
      ['person_id', 'status'],
      [
        ['person_id', 'id'],
        ['status', 'id'],
      ],
    ),
  },
  {
    version: 6,
    name: "report comments: the service's factual-accuracy check",
    sql: entityTable('report_comments', ['assessment_id'], [['assessment_id', 'id']]),
  },
  {
    version: 7,
    name: "recognition decisions: the panel's decisions, certificates and appeals",
    sql: entityTable(
      'recognition_decisions',
      ['assessment_id', 'cycle_id', 'subject_id'],
      [
        ['assessment_id', 'id'],
        ['cycle_id', 'id'],
        ['subject_id', 'id'],
      ],
    ),
  },
  {
    version: 8,
    name: 'notification channels: who chose chat, the Teams bell or both',
    // The choice lives in the person's JSON like every field; this column shows it to whoever reads the file
    // (sqlite3, a report), as the People list's NotifyBy column does on SharePoint. Empty until the person chooses.
    sql: "ALTER TABLE people ADD COLUMN notify_by TEXT GENERATED ALWAYS AS (json_extract(data, '$.notifyBy')) VIRTUAL;",
  },
  {
    version: 9,
    name: 'questionnaires: questionnaires, runs, anonymous answers and comments, counts, answered markers',
    sql: [
      entityTable(
        'questionnaires',
        ['framework_id', 'questionnaire_key'],
        [
          ['framework_id', 'id'],
          ['questionnaire_key', 'id'],
        ],
      ),
      entityTable(
        'questionnaire_runs',
        ['service_id', 'cycle_id', 'token_hash'],
        [
          ['service_id', 'id'],
          ['cycle_id', 'id'],
          ['token_hash', 'id'],
        ],
      ),
      entityTable('questionnaire_answers', ['run_id'], [['run_id', 'id']]),
      entityTable('questionnaire_comments', ['run_id'], [['run_id', 'id']]),
      entityTable('questionnaire_tallies', [], []),
      entityTable(
        'questionnaire_markers',
        ['run_id', 'person_id'],
        [
          ['run_id', 'id'],
          ['person_id', 'id'],
        ],
      ),
    ].join('\n'),
  },
  {
    version: 10,
    name: 'assessment summaries: progress, scores and recognition per assessment, kept with every save',
    // Existing assessments get theirs when first read (src/services/summaries/summary-reads.ts).
    sql: entityTable(
      'assessment_summaries',
      ['cycle_id', 'organisation_id'],
      [
        ['cycle_id', 'id'],
        ['organisation_id', 'id'],
      ],
    ),
  },
  {
    version: 11,
    name: 'anonymous staff answers: answers and comments in no order of arrival, and out of the audit log',
    // A table with a rowid numbers its rows as they arrive, and the audit log numbered every answer beside the
    // "has answered" marker written a moment before it: either paired a member of staff with their answer.
    // Answers and comments are kept by their random ids alone, and their past events (and the counts') go.
    sql: [
      ...(['questionnaire_answers', 'questionnaire_comments'] as const).map(
        (table) => `CREATE TABLE ${table}_by_id (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  data TEXT NOT NULL,
  run_id TEXT
) WITHOUT ROWID;
INSERT INTO ${table}_by_id (id, version, data, run_id) SELECT id, version, data, run_id FROM ${table};
DROP TABLE ${table};
ALTER TABLE ${table}_by_id RENAME TO ${table};
CREATE INDEX ${table}_by_run_id_id ON ${table} (run_id, id);`,
      ),
      "DELETE FROM audit_events WHERE entity_kind IN ('questionnaireAnswer', 'questionnaireComment', 'questionnaireTally');",
    ].join('\n'),
  },
  {
    version: 12,
    name: "actions by cycle and status: network impact and reminders read one cycle's actions of a status",
    // Filled from each action's JSON (every action carries its cycle); (cycle_id, status) answers the read whole.
    sql: [
      'ALTER TABLE actions ADD COLUMN cycle_id TEXT;',
      "UPDATE actions SET cycle_id = json_extract(data, '$.cycleId');",
      'CREATE INDEX actions_by_cycle_id_status_id ON actions (cycle_id, status, id);',
    ].join('\n'),
  },
];

/**
 * Brings the database up to the latest migration. Returns the versions applied now (empty when it was
 * already up to date). Refuses a database written by a newer release.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const appliedVersions = db.prepare<[], number>('SELECT version FROM schema_migrations ORDER BY version').pluck();
  const record = db.prepare<[number, string, string]>(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  );
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  const latest = ordered[ordered.length - 1]?.version ?? 0;

  // IMMEDIATE: two processes opening the same file at once must not both apply a migration.
  const run = db.transaction((): number[] => {
    const applied = new Set(appliedVersions.all());
    const newest = Math.max(0, ...applied);
    if (newest > latest) {
      throw new Error(
        `The database schema is at version ${newest} but this release knows only up to ${latest}: ` +
          'it was written by a newer release. Upgrade the app or restore a matching backup.',
      );
    }
    const pending = ordered.filter((m) => !applied.has(m.version));
    for (const m of pending) {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    }
    return pending.map((m) => m.version);
  });
  return run.immediate();
}
