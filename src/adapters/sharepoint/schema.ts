import type { Assessment, StandardResponse } from '../../domain/assessment';
import type { ConversationRecord, NotificationRecord } from '../../domain/conversation';
import { scopeId, type Person, type RoleAssignment, type Service } from '../../domain/network';
import type { EntityKind, EntityMap, IndexField } from '../../services/ports';

/*
 * The SharePoint schema, declared once: `npm run provision` creates or upgrades the site from it and the store
 * refuses to open a site that does not match it. One list per aggregate; every entity list keeps the entity as
 * JSON (split over several multi-line columns, each below SharePoint's 63,999-character form limit) next to
 * the indexed single-line columns queries filter on. Filters only ever name indexed columns.
 */

export type ColumnSpec =
  | { readonly name: string; readonly type: 'text'; readonly indexed?: boolean; readonly unique?: boolean }
  | { readonly name: string; readonly type: 'note' }
  | { readonly name: string; readonly type: 'number' };

export interface ListSpec {
  readonly displayName: string;
  readonly columns: readonly ColumnSpec[];
}

/** Characters per JSON column: under the 63,999 SharePoint accepts, with room to spare. */
export const JSON_PART_CHARS = 60_000;

/** Derives an indexed column's value from an entity, exactly as the SQLite adapter derives its index. */
type Derive<K extends EntityKind> = (entity: EntityMap[K]) => string | null;

export interface IndexColumn<K extends EntityKind> {
  readonly column: string;
  readonly derive: Derive<K>;
}

type IndexColumns = { readonly [K in EntityKind]: { readonly [F in IndexField<K>]: IndexColumn<K> } };

export const INDEX_COLUMNS: IndexColumns = {
  framework: { key: { column: 'FrameworkKey', derive: (f) => f.key } },
  organisation: {},
  service: { organisationId: { column: 'OrganisationId', derive: (s: Service) => s.organisationId } },
  person: {
    email: { column: 'PersonEmail', derive: (p: Person) => p.email },
    identity: {
      column: 'PersonIdentity',
      derive: (p: Person) => (p.tenantId && p.objectId ? `${p.tenantId}:${p.objectId}` : null),
    },
    organisationId: { column: 'OrganisationId', derive: (p: Person) => p.organisationId },
  },
  roleAssignment: {
    personId: { column: 'PersonId', derive: (r: RoleAssignment) => r.personId },
    scopeId: { column: 'ScopeId', derive: (r: RoleAssignment) => scopeId(r.scope) },
  },
  cycle: {},
  assessment: {
    cycleId: { column: 'CycleId', derive: (a: Assessment) => a.cycleId },
    subjectId: {
      column: 'SubjectId',
      derive: (a: Assessment) => (a.subject.kind === 'service' ? a.subject.serviceId : a.subject.organisationId),
    },
    organisationId: { column: 'OrganisationId', derive: (a: Assessment) => a.subject.organisationId },
  },
  response: {
    assessmentId: { column: 'AssessmentId', derive: (r: StandardResponse) => r.assessmentId },
    cycleId: { column: 'CycleId', derive: (r: StandardResponse) => r.cycleId },
  },
  evidence: { assessmentId: { column: 'AssessmentId', derive: (e) => e.assessmentId } },
  conversation: {
    personId: { column: 'PersonId', derive: (c: ConversationRecord) => c.personId },
    identity: {
      column: 'ConversationIdentity',
      derive: (c: ConversationRecord) => (c.objectId !== null ? `${c.tenantId}:${c.objectId}` : null),
    },
    serviceId: { column: 'ServiceId', derive: (c: ConversationRecord) => c.serviceId },
  },
  notification: {
    personId: { column: 'PersonId', derive: (n: NotificationRecord) => n.personId },
    status: { column: 'NotificationStatus', derive: (n: NotificationRecord) => n.status },
  },
};

/** The indexed columns of a kind, with how each is derived. */
export function indexColumnsOf<K extends EntityKind>(kind: K): IndexColumn<K>[] {
  const columns: { readonly [F in IndexField<K>]: IndexColumn<K> } = INDEX_COLUMNS[kind];
  return Object.values(columns);
}

/** The column a filter field maps to, or undefined when the field is not indexed for the kind. */
export function indexColumnFor<K extends EntityKind>(kind: K, field: string): IndexColumn<K> | undefined {
  const columns: Readonly<Record<string, IndexColumn<K>>> = INDEX_COLUMNS[kind];
  return Object.hasOwn(columns, field) ? columns[field] : undefined;
}

/** Non-indexed columns kept beside the JSON so that a lean read needs no JSON (network-wide ratings). */
export const RESPONSE_RATING_COLUMNS = ['AssessmentId', 'StandardCode', 'Rating'] as const;

/** How many JSON columns each kind gets: frameworks carry every standard's text. */
const JSON_PARTS: { readonly [K in EntityKind]: number } = {
  framework: 8,
  organisation: 2,
  service: 2,
  person: 2,
  roleAssignment: 2,
  cycle: 2,
  assessment: 2,
  response: 2,
  evidence: 2,
  conversation: 2,
  notification: 2,
};
export const AUDIT_JSON_PARTS = 16;

export function jsonColumns(prefix: string, parts: number): string[] {
  return Array.from({ length: parts }, (_, i) => (i === 0 ? prefix : `${prefix}${i + 1}`));
}

export function entityJsonColumns(kind: EntityKind): string[] {
  return jsonColumns('EntityJson', JSON_PARTS[kind]);
}

const LIST_TITLES: { readonly [K in EntityKind]: string } = {
  framework: 'Frameworks',
  organisation: 'Organisations',
  service: 'Services',
  person: 'People',
  roleAssignment: 'Role assignments',
  cycle: 'Cycles',
  assessment: 'Assessments',
  response: 'Responses',
  evidence: 'Evidence records',
  conversation: 'Conversations',
  notification: 'Notifications',
};

export const ENTITY_KINDS = Object.keys(LIST_TITLES) as EntityKind[];

const idColumn: ColumnSpec = { name: 'EntityId', type: 'text', indexed: true, unique: true };
const commitColumn: ColumnSpec = { name: 'CommitId', type: 'text' };

export function entityListSpec(kind: EntityKind, prefix: string): ListSpec {
  const indexColumns = indexColumnsOf(kind).map((c): ColumnSpec => ({ name: c.column, type: 'text', indexed: true }));
  const extra: ColumnSpec[] =
    kind === 'response'
      ? [
          { name: 'StandardCode', type: 'text' },
          { name: 'Rating', type: 'text' },
        ]
      : [];
  return {
    displayName: `${prefix} ${LIST_TITLES[kind]}`,
    columns: [
      idColumn,
      { name: 'EntityVersion', type: 'number' },
      commitColumn,
      ...entityJsonColumns(kind).map((name): ColumnSpec => ({ name, type: 'note' })),
      ...indexColumns,
      ...extra,
    ],
  };
}

export function auditListSpec(prefix: string): ListSpec {
  return {
    displayName: `${prefix} Audit events`,
    columns: [
      idColumn,
      commitColumn,
      { name: 'AssessmentId', type: 'text', indexed: true },
      { name: 'EntityKey', type: 'text', indexed: true },
      { name: 'EventAt', type: 'text' },
      ...jsonColumns('EventJson', AUDIT_JSON_PARTS).map((name): ColumnSpec => ({ name, type: 'note' })),
    ],
  };
}

export function leaseListSpec(prefix: string): ListSpec {
  return {
    displayName: `${prefix} Leases`,
    columns: [idColumn, { name: 'Holder', type: 'text' }, { name: 'LeaseUntil', type: 'text' }],
  };
}

export function evidenceLibraryName(prefix: string): string {
  return `${prefix} Evidence`;
}

export type ListKey = EntityKind | 'audit' | 'lease';

/** Every list of the schema, by key. */
export function allListSpecs(prefix: string): ReadonlyMap<ListKey, ListSpec> {
  const specs = new Map<ListKey, ListSpec>(ENTITY_KINDS.map((kind) => [kind, entityListSpec(kind, prefix)]));
  specs.set('audit', auditListSpec(prefix));
  specs.set('lease', leaseListSpec(prefix));
  return specs;
}

export const DEFAULT_LIST_PREFIX = 'QIN';
