import { INDEX_VALUES } from '../../services/index-values';
import type { EntityKind, EntityMap, IndexField } from '../../services/ports';

/*
 * The SharePoint schema, declared once: `npm run provision` creates or upgrades the site from it and the store
 * refuses to open a site that does not match it. One list per aggregate; every entity list keeps the entity as
 * JSON (split over several multi-line columns, each below SharePoint's 63,999-character form limit) next to
 * one indexed single-line column per filterable field (IndexMap). Filters only ever name indexed columns.
 * A new kind in the store port is one entry in KINDS (the compiler asks for it).
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

/** An indexed column and how its value derives from the entity (the same derivations as the SQLite store). */
export interface IndexColumn<K extends EntityKind> {
  readonly column: string;
  readonly derive: (entity: EntityMap[K]) => string | null;
}

interface KindSchema<K extends EntityKind> {
  /** The list's name after the prefix, e.g. "QIN Assessments". */
  readonly title: string;
  /** JSON columns (60,000 characters each); 2 unless the kind carries long text. */
  readonly jsonParts?: number;
  readonly index: { readonly [F in IndexField<K>]: IndexColumn<K> };
}

/** Column names never reuse SharePoint's own (Status, Key...): those are prefixed with the kind. */
const KINDS: { readonly [K in EntityKind]: KindSchema<K> } = {
  framework: {
    title: 'Frameworks',
    jsonParts: 8,
    index: { key: { column: 'FrameworkKey', derive: INDEX_VALUES.framework.key } },
  },
  organisation: { title: 'Organisations', index: {} },
  service: {
    title: 'Services',
    index: { organisationId: { column: 'OrganisationId', derive: INDEX_VALUES.service.organisationId } },
  },
  person: {
    title: 'People',
    index: {
      email: { column: 'PersonEmail', derive: INDEX_VALUES.person.email },
      identity: { column: 'PersonIdentity', derive: INDEX_VALUES.person.identity },
      organisationId: { column: 'OrganisationId', derive: INDEX_VALUES.person.organisationId },
    },
  },
  roleAssignment: {
    title: 'Role assignments',
    index: {
      personId: { column: 'PersonId', derive: INDEX_VALUES.roleAssignment.personId },
      scopeId: { column: 'ScopeId', derive: INDEX_VALUES.roleAssignment.scopeId },
    },
  },
  cycle: { title: 'Cycles', index: {} },
  assessment: {
    title: 'Assessments',
    index: {
      cycleId: { column: 'CycleId', derive: INDEX_VALUES.assessment.cycleId },
      subjectId: { column: 'SubjectId', derive: INDEX_VALUES.assessment.subjectId },
      organisationId: { column: 'OrganisationId', derive: INDEX_VALUES.assessment.organisationId },
    },
  },
  response: {
    title: 'Responses',
    index: {
      assessmentId: { column: 'AssessmentId', derive: INDEX_VALUES.response.assessmentId },
      cycleId: { column: 'CycleId', derive: INDEX_VALUES.response.cycleId },
    },
  },
  evidence: {
    title: 'Evidence records',
    index: { assessmentId: { column: 'AssessmentId', derive: INDEX_VALUES.evidence.assessmentId } },
  },
  conversation: {
    title: 'Conversations',
    index: {
      personId: { column: 'PersonId', derive: INDEX_VALUES.conversation.personId },
      identity: { column: 'ConversationIdentity', derive: INDEX_VALUES.conversation.identity },
      serviceId: { column: 'ServiceId', derive: INDEX_VALUES.conversation.serviceId },
    },
  },
  notification: {
    title: 'Notifications',
    index: {
      personId: { column: 'PersonId', derive: INDEX_VALUES.notification.personId },
      status: { column: 'NotificationStatus', derive: INDEX_VALUES.notification.status },
    },
  },
  reviewTeam: {
    title: 'Review teams',
    index: {
      assessmentId: { column: 'AssessmentId', derive: INDEX_VALUES.reviewTeam.assessmentId },
      cycleId: { column: 'CycleId', derive: INDEX_VALUES.reviewTeam.cycleId },
    },
  },
  conflictDeclaration: {
    title: 'Conflict declarations',
    index: {
      personId: { column: 'PersonId', derive: INDEX_VALUES.conflictDeclaration.personId },
      organisationId: { column: 'OrganisationId', derive: INDEX_VALUES.conflictDeclaration.organisationId },
    },
  },
  reviewRating: {
    title: 'Reviewer ratings',
    index: { assessmentId: { column: 'AssessmentId', derive: INDEX_VALUES.reviewRating.assessmentId } },
  },
  agreedRating: {
    title: 'Agreed ratings',
    index: {
      assessmentId: { column: 'AssessmentId', derive: INDEX_VALUES.agreedRating.assessmentId },
      cycleId: { column: 'CycleId', derive: INDEX_VALUES.agreedRating.cycleId },
    },
  },
  finding: {
    title: 'Findings',
    index: {
      assessmentId: { column: 'AssessmentId', derive: INDEX_VALUES.finding.assessmentId },
      cycleId: { column: 'CycleId', derive: INDEX_VALUES.finding.cycleId },
    },
  },
  action: {
    title: 'Actions',
    index: {
      assessmentId: { column: 'AssessmentId', derive: INDEX_VALUES.action.assessmentId },
      ownerId: { column: 'OwnerId', derive: INDEX_VALUES.action.ownerId },
      status: { column: 'ActionStatus', derive: INDEX_VALUES.action.status },
    },
  },
  report: {
    title: 'Reports',
    jsonParts: 4,
    index: {
      assessmentId: { column: 'AssessmentId', derive: INDEX_VALUES.report.assessmentId },
      cycleId: { column: 'CycleId', derive: INDEX_VALUES.report.cycleId },
      subjectId: { column: 'SubjectId', derive: INDEX_VALUES.report.subjectId },
    },
  },
  libraryEntry: {
    title: 'Library entries',
    index: {
      status: { column: 'LibraryStatus', derive: INDEX_VALUES.libraryEntry.status },
      assessmentId: { column: 'AssessmentId', derive: INDEX_VALUES.libraryEntry.assessmentId },
      announcement: { column: 'AnnouncementState', derive: INDEX_VALUES.libraryEntry.announcement },
    },
  },
};

export const ENTITY_KINDS = Object.keys(KINDS) as EntityKind[];

/** The indexed columns of a kind, with how each is derived. */
export function indexColumnsOf<K extends EntityKind>(kind: K): IndexColumn<K>[] {
  const schema: KindSchema<K> = KINDS[kind];
  const columns: Readonly<Record<string, IndexColumn<K>>> = schema.index;
  return Object.values(columns);
}

/** The column a filter field maps to, or undefined when the field is not indexed for the kind. */
export function indexColumnFor<K extends EntityKind>(kind: K, field: string): IndexColumn<K> | undefined {
  const schema: KindSchema<K> = KINDS[kind];
  const columns: Readonly<Record<string, IndexColumn<K>>> = schema.index;
  return Object.hasOwn(columns, field) ? columns[field] : undefined;
}

export const AUDIT_JSON_PARTS = 16;

export function jsonColumns(prefix: string, parts: number): string[] {
  return Array.from({ length: parts }, (_, i) => (i === 0 ? prefix : `${prefix}${i + 1}`));
}

export function entityJsonColumns(kind: EntityKind): string[] {
  return jsonColumns('EntityJson', KINDS[kind].jsonParts ?? 2);
}

const idColumn: ColumnSpec = { name: 'EntityId', type: 'text', indexed: true, unique: true };
const commitColumn: ColumnSpec = { name: 'CommitId', type: 'text' };

export function entityListSpec(kind: EntityKind, prefix: string): ListSpec {
  const indexColumns = indexColumnsOf(kind).map((c): ColumnSpec => ({ name: c.column, type: 'text', indexed: true }));
  // The lean read of network-wide ratings needs these beside the JSON (not filterable: not indexed).
  const extra: ColumnSpec[] =
    kind === 'response'
      ? [
          { name: 'StandardCode', type: 'text' },
          { name: 'Rating', type: 'text' },
        ]
      : [];
  return {
    displayName: `${prefix} ${KINDS[kind].title}`,
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
