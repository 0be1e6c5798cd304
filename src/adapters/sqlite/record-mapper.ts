import { INDEX_VALUES } from '../../services/index-values';
import { RATINGS, type Rating, type RatingRow } from '../../domain/assessment';
import type { AuditEvent } from '../../domain/audit';
import type { EntityKind, EntityMap, Filter, IndexField } from '../../services/ports';

/**
 * The one place where SQLite rows map to domain types and back. Every entity is stored as
 * `id, version, data` (JSON of the entity without id and version) plus the columns of its indexed fields.
 */

/** A column derived from an entity, kept beside the JSON so that filters never parse JSON. */
interface ColumnSpec<K extends EntityKind> {
  readonly column: string;
  readonly extract: (entity: EntityMap[K]) => string | null;
}

interface KindSpec<K extends EntityKind> {
  readonly table: string;
  /** The filterable fields of the kind (IndexMap in ports.ts) and their columns. */
  readonly indexed: { readonly [F in IndexField<K>]: ColumnSpec<K> };
  /** Further columns kept for lean reads (not filterable through `query`). */
  readonly extra: readonly ColumnSpec<K>[];
}

const KIND_SPECS: { readonly [K in EntityKind]: KindSpec<K> } = {
  framework: {
    table: 'frameworks',
    indexed: { key: { column: 'framework_key', extract: INDEX_VALUES.framework.key } },
    extra: [],
  },
  organisation: { table: 'organisations', indexed: {}, extra: [] },
  service: {
    table: 'services',
    indexed: { organisationId: { column: 'organisation_id', extract: INDEX_VALUES.service.organisationId } },
    extra: [],
  },
  person: {
    table: 'people',
    indexed: {
      email: { column: 'email', extract: INDEX_VALUES.person.email },
      identity: { column: 'identity', extract: INDEX_VALUES.person.identity },
      organisationId: { column: 'organisation_id', extract: INDEX_VALUES.person.organisationId },
    },
    extra: [],
  },
  roleAssignment: {
    table: 'role_assignments',
    indexed: {
      personId: { column: 'person_id', extract: INDEX_VALUES.roleAssignment.personId },
      scopeId: { column: 'scope_id', extract: INDEX_VALUES.roleAssignment.scopeId },
    },
    extra: [],
  },
  cycle: { table: 'cycles', indexed: {}, extra: [] },
  assessment: {
    table: 'assessments',
    indexed: {
      cycleId: { column: 'cycle_id', extract: INDEX_VALUES.assessment.cycleId },
      subjectId: { column: 'subject_id', extract: INDEX_VALUES.assessment.subjectId },
      organisationId: { column: 'organisation_id', extract: INDEX_VALUES.assessment.organisationId },
    },
    extra: [],
  },
  response: {
    table: 'responses',
    indexed: {
      assessmentId: { column: 'assessment_id', extract: INDEX_VALUES.response.assessmentId },
      cycleId: { column: 'cycle_id', extract: INDEX_VALUES.response.cycleId },
    },
    extra: [
      { column: 'standard_code', extract: (r) => r.standardCode },
      { column: 'rating', extract: (r) => r.rating },
    ],
  },
  evidence: {
    table: 'evidence',
    indexed: { assessmentId: { column: 'assessment_id', extract: INDEX_VALUES.evidence.assessmentId } },
    extra: [],
  },
  conversation: {
    table: 'conversations',
    indexed: {
      personId: { column: 'person_id', extract: INDEX_VALUES.conversation.personId },
      identity: { column: 'identity', extract: INDEX_VALUES.conversation.identity },
      serviceId: { column: 'service_id', extract: INDEX_VALUES.conversation.serviceId },
    },
    extra: [],
  },
  notification: {
    table: 'notifications',
    indexed: {
      personId: { column: 'person_id', extract: INDEX_VALUES.notification.personId },
      status: { column: 'status', extract: INDEX_VALUES.notification.status },
    },
    extra: [],
  },
  reviewTeam: {
    table: 'review_teams',
    indexed: {
      assessmentId: { column: 'assessment_id', extract: INDEX_VALUES.reviewTeam.assessmentId },
      cycleId: { column: 'cycle_id', extract: INDEX_VALUES.reviewTeam.cycleId },
    },
    extra: [],
  },
  conflictDeclaration: {
    table: 'conflict_declarations',
    indexed: {
      personId: { column: 'person_id', extract: INDEX_VALUES.conflictDeclaration.personId },
      organisationId: { column: 'organisation_id', extract: INDEX_VALUES.conflictDeclaration.organisationId },
    },
    extra: [],
  },
  reviewRating: {
    table: 'review_ratings',
    indexed: { assessmentId: { column: 'assessment_id', extract: INDEX_VALUES.reviewRating.assessmentId } },
    extra: [],
  },
  agreedRating: {
    table: 'agreed_ratings',
    indexed: {
      assessmentId: { column: 'assessment_id', extract: INDEX_VALUES.agreedRating.assessmentId },
      cycleId: { column: 'cycle_id', extract: INDEX_VALUES.agreedRating.cycleId },
    },
    extra: [],
  },
  finding: {
    table: 'findings',
    indexed: {
      assessmentId: { column: 'assessment_id', extract: INDEX_VALUES.finding.assessmentId },
      cycleId: { column: 'cycle_id', extract: INDEX_VALUES.finding.cycleId },
    },
    extra: [],
  },
  action: {
    table: 'actions',
    indexed: {
      assessmentId: { column: 'assessment_id', extract: INDEX_VALUES.action.assessmentId },
      ownerId: { column: 'owner_id', extract: INDEX_VALUES.action.ownerId },
      status: { column: 'status', extract: INDEX_VALUES.action.status },
    },
    extra: [],
  },
  report: {
    table: 'reports',
    indexed: {
      assessmentId: { column: 'assessment_id', extract: INDEX_VALUES.report.assessmentId },
      cycleId: { column: 'cycle_id', extract: INDEX_VALUES.report.cycleId },
      subjectId: { column: 'subject_id', extract: INDEX_VALUES.report.subjectId },
    },
    extra: [],
  },
  libraryEntry: {
    table: 'library_entries',
    indexed: {
      status: { column: 'status', extract: INDEX_VALUES.libraryEntry.status },
      assessmentId: { column: 'assessment_id', extract: INDEX_VALUES.libraryEntry.assessmentId },
      announcement: { column: 'announcement', extract: INDEX_VALUES.libraryEntry.announcement },
    },
    extra: [],
  },
};

export const ENTITY_KINDS = Object.keys(KIND_SPECS) as EntityKind[];

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
  return KIND_SPECS[kind].table;
}

function columnSpecs<K extends EntityKind>(kind: K): ColumnSpec<K>[] {
  const spec: KindSpec<K> = KIND_SPECS[kind];
  const indexed: ColumnSpec<K>[] = Object.values(spec.indexed);
  return [...indexed, ...spec.extra];
}

/** The derived columns of a kind, in a stable order (matching `toParams`). */
export function derivedColumnsOf(kind: EntityKind): string[] {
  return columnSpecs(kind).map((c) => c.column);
}

export function toParams<K extends EntityKind>(kind: K, value: EntityMap[K], version: number): EntityParams {
  const { id, version: _ignored, ...rest } = value;
  const params: Record<string, string | null> = {};
  for (const c of columnSpecs(kind)) params[c.column] = c.extract(value);
  return { ...params, id, version, data: JSON.stringify(rest) };
}

export function fromRow<K extends EntityKind>(kind: K, row: EntityRow): EntityMap[K] {
  const data: unknown = JSON.parse(row.data);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(`Stored ${kind} ${row.id} is not a JSON object`);
  }
  return { ...data, id: row.id, version: row.version } as unknown as EntityMap[K];
}

/** The columns (and values) of a filter; refuses fields that are not indexed for the kind. */
export function filterColumns<K extends EntityKind>(kind: K, filter: Filter<K>): { column: string; value: string }[] {
  const indexed: Readonly<Record<string, ColumnSpec<K>>> = KIND_SPECS[kind].indexed;
  const out: { column: string; value: string }[] = [];
  for (const [field, value] of Object.entries(filter) as [string, unknown][]) {
    if (value === undefined) continue;
    const spec = Object.hasOwn(indexed, field) ? indexed[field] : undefined;
    if (!spec) throw new Error(`${kind} cannot be filtered on "${field}": it is not an indexed field`);
    if (typeof value !== 'string') throw new Error(`${kind} filter "${field}" must be a string`);
    out.push({ column: spec.column, value });
  }
  return out.sort((a, b) => a.column.localeCompare(b.column));
}

/**
 * The assessment an entity's audit events belong to, so an assessment's trail is one indexed query. Review work
 * and action plans belong to it too (who rated, agreed or changed what).
 */
export function auditAssessmentId(kind: EntityKind, entity: EntityMap[EntityKind]): string | null {
  switch (kind) {
    case 'assessment':
      return entity.id;
    case 'response':
    case 'evidence':
    case 'reviewTeam':
    case 'reviewRating':
    case 'agreedRating':
    case 'finding':
    case 'action':
      return 'assessmentId' in entity && typeof entity.assessmentId === 'string' ? entity.assessmentId : null;
    default:
      return null;
  }
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

/** assessment_id, standard_code, rating: read as arrays, since network-wide scores read tens of thousands. */
export type RatingDbRow = readonly [string, string, string | null];

const RATING_SET: ReadonlySet<string> = new Set(RATINGS);

function isRating(value: string): value is Rating {
  return RATING_SET.has(value);
}

export function toRatingRow(row: RatingDbRow): RatingRow {
  const [assessmentId, standardCode, rating] = row;
  if (rating !== null && !isRating(rating)) {
    throw new Error(`Stored response ${assessmentId}:${standardCode} has an unknown rating "${rating}"`);
  }
  return { assessmentId, standardCode, rating };
}
