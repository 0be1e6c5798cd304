import { indexColumnsNamed, type IndexColumn } from '../../services/index-columns';
import type { AuditEvent } from '../../domain/audit';
import type { EntityKind, EntityMap, Filter } from '../../services/ports';

/**
 * The one place where SQLite rows map to domain types and back. Every entity is stored as
 * `id, version, data` (JSON of the entity without id and version) plus the columns of its indexed fields.
 */

/** A column derived from an entity, kept beside the JSON so that filters never parse JSON. */
type ColumnSpec<K extends EntityKind> = IndexColumn<K>;

const TABLES: { readonly [K in EntityKind]: string } = {
  framework: 'frameworks',
  organisation: 'organisations',
  service: 'services',
  person: 'people',
  roleAssignment: 'role_assignments',
  cycle: 'cycles',
  assessment: 'assessments',
  response: 'responses',
  evidence: 'evidence',
  conversation: 'conversations',
  notification: 'notifications',
  reviewTeam: 'review_teams',
  conflictDeclaration: 'conflict_declarations',
  reviewRating: 'review_ratings',
  agreedRating: 'agreed_ratings',
  finding: 'findings',
  action: 'actions',
  report: 'reports',
  libraryEntry: 'library_entries',
  visitDay: 'visit_days',
  visitNote: 'visit_notes',
  reviewerClaim: 'reviewer_claims',
  reportComment: 'report_comments',
  recognition: 'recognition_decisions',
  questionnaire: 'questionnaires',
  questionnaireRun: 'questionnaire_runs',
  questionnaireAnswer: 'questionnaire_answers',
  questionnaireComment: 'questionnaire_comments',
  questionnaireTally: 'questionnaire_tallies',
  questionnaireMarker: 'questionnaire_markers',
  assessmentSummary: 'assessment_summaries',
};

/** An indexed field's column is the field in snake_case ("key" alone would read badly in SQL). */
const COLUMN_NAMES: Readonly<Record<string, string>> = { key: 'framework_key' };

function columnOf(field: string): string {
  return COLUMN_NAMES[field] ?? field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** The filterable fields of a kind (IndexMap) with their columns; values derive as INDEX_VALUES says. */
const indexedColumns = indexColumnsNamed((_kind, field) => columnOf(field));

/**
 * Further columns kept in step with each response (not filterable through `query`): each standard's rating, readable
 * with SQL tools without unpacking the JSON.
 */
const RESPONSE_EXTRA: readonly ColumnSpec<'response'>[] = [
  { column: 'standard_code', derive: (r) => r.standardCode },
  { column: 'rating', derive: (r) => r.rating },
];

/** A stored entity as SQLite returns it. */
export interface EntityRow {
  readonly id: string;
  readonly version: number;
  readonly data: string;
}

/** Named parameters of an upsert: id, version, data and one entry per derived column. */
export interface EntityParams {
  readonly id: string;
  readonly version: number;
  readonly data: string;
  [column: string]: string | number | null;
}

export function tableOf(kind: EntityKind): string {
  return TABLES[kind];
}

function columnSpecs<K extends EntityKind>(kind: K): ColumnSpec<K>[] {
  const extra = (kind === 'response' ? RESPONSE_EXTRA : []) as readonly ColumnSpec<K>[];
  return [...indexedColumns(kind).values(), ...extra];
}

/** The derived columns of a kind, in a stable order (matching `toParams`). */
export function derivedColumnsOf(kind: EntityKind): string[] {
  return columnSpecs(kind).map((c) => c.column);
}

export function toParams<K extends EntityKind>(kind: K, value: EntityMap[K], version: number): EntityParams {
  const { id, version: _ignored, ...rest } = value;
  const params: Record<string, string | null> = {};
  for (const c of columnSpecs(kind)) params[c.column] = c.derive(value);
  return { ...params, id, version, data: JSON.stringify(rest) };
}

export function fromRow<K extends EntityKind>(kind: K, row: EntityRow): EntityMap[K] {
  const data: unknown = JSON.parse(row.data);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(`Stored ${kind} ${row.id} is not a JSON object`);
  }
  // The parsed object is new and nobody else's, so id and version are set on it rather than copied into another:
  // network-wide reads parse thousands of rows, and the copy cost almost as much as the parse.
  const entity = data as Record<string, unknown>;
  entity['id'] = row.id;
  entity['version'] = row.version;
  return entity as unknown as EntityMap[K];
}

/** The columns (and values) of a filter; refuses fields that are not indexed for the kind. */
export function filterColumns<K extends EntityKind>(kind: K, filter: Filter<K>): { column: string; value: string }[] {
  const indexed = indexedColumns(kind);
  const out: { column: string; value: string }[] = [];
  for (const [field, value] of Object.entries<unknown>(filter)) {
    if (value === undefined) continue;
    const spec = indexed.get(field);
    if (!spec) throw new Error(`${kind} cannot be filtered on "${field}": it is not an indexed field`);
    if (typeof value !== 'string') throw new Error(`${kind} filter "${field}" must be a string`);
    out.push({ column: spec.column, value });
  }
  return out.sort((a, b) => a.column.localeCompare(b.column));
}

export interface AuditRow {
  readonly id: string;
  readonly at: string;
  readonly actor_id: string;
  readonly entity_kind: string;
  readonly entity_id: string;
  readonly assessment_id: string | null;
  readonly action: string;
  readonly before: string | null;
  readonly after: string | null;
}

export function auditToRow(event: AuditEvent): AuditRow {
  return {
    id: event.id,
    at: event.at,
    actor_id: event.actorId,
    entity_kind: event.entityKind,
    entity_id: event.entityId,
    assessment_id: event.assessmentId,
    action: event.action,
    before: event.before === null || event.before === undefined ? null : JSON.stringify(event.before),
    after: event.after === null || event.after === undefined ? null : JSON.stringify(event.after),
  };
}

function auditAction(action: string): AuditEvent['action'] {
  if (action === 'create' || action === 'update' || action === 'delete') return action;
  throw new Error(`Unknown audit action "${action}"`);
}

export function rowToAudit(row: AuditRow): AuditEvent {
  return {
    id: row.id,
    at: row.at,
    actorId: row.actor_id,
    entityKind: row.entity_kind,
    entityId: row.entity_id,
    assessmentId: row.assessment_id,
    action: auditAction(row.action),
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
  };
}
