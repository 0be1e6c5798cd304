import { indexColumnsNamed, type IndexColumn } from '../../services/index-columns';
import { ENTITY_KINDS } from '../../services/index-values';
import type { EntityKind, IndexField } from '../../services/ports';

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

interface KindSchema<K extends EntityKind> {
  /** The list's name after the prefix, e.g. "QIN Assessments". */
  readonly title: string;
  /** JSON columns (60,000 characters each); 2 unless the kind carries long text. */
  readonly jsonParts?: number;
  /** Column names other than the field in PascalCase (see KINDS). */
  readonly columns?: { readonly [F in IndexField<K>]?: string };
}

/**
 * An indexed field's column is the field in PascalCase (organisationId -> OrganisationId). Names SharePoint uses
 * itself (Status, Key, Email) or that mean different things in different lists carry the kind instead.
 */
const KINDS: { readonly [K in EntityKind]: KindSchema<K> } = {
  framework: { title: 'Frameworks', jsonParts: 8, columns: { key: 'FrameworkKey' } },
  organisation: { title: 'Organisations' },
  service: { title: 'Services' },
  person: { title: 'People', columns: { email: 'PersonEmail', identity: 'PersonIdentity' } },
  roleAssignment: { title: 'Role assignments' },
  cycle: { title: 'Cycles' },
  assessment: { title: 'Assessments' },
  response: { title: 'Responses' },
  evidence: { title: 'Evidence records' },
  conversation: { title: 'Conversations', columns: { identity: 'ConversationIdentity' } },
  notification: { title: 'Notifications', columns: { status: 'NotificationStatus' } },
  reviewTeam: { title: 'Review teams' },
  conflictDeclaration: { title: 'Conflict declarations' },
  reviewRating: { title: 'Reviewer ratings' },
  agreedRating: { title: 'Agreed ratings' },
  finding: { title: 'Findings' },
  action: { title: 'Actions', columns: { status: 'ActionStatus' } },
  report: { title: 'Reports', jsonParts: 4 },
  libraryEntry: { title: 'Library entries', columns: { status: 'LibraryStatus', announcement: 'AnnouncementState' } },
  visitDay: { title: 'Visit days' },
  visitNote: { title: 'Visit notes' },
  reviewerClaim: { title: 'Time and expenses claims', columns: { status: 'ClaimStatus' } },
  reportComment: { title: 'Report comments' },
  recognition: { title: 'Recognition decisions' },
  questionnaire: { title: 'Questionnaires', jsonParts: 4 },
  questionnaireRun: { title: 'Questionnaire runs' },
  questionnaireAnswer: { title: 'Questionnaire answers' },
  questionnaireComment: { title: 'Questionnaire comments' },
  questionnaireTally: { title: 'Questionnaire counts' },
  questionnaireMarker: { title: 'Questionnaire answered markers' },
  assessmentSummary: { title: 'Assessment summaries' },
};

/**
 * The declaration of a kind's list. The compiler already asks for every kind in KINDS; this says where to add one
 * should a kind reach the store without it (a build that skipped the type check, a kind list read at run time).
 */
function schemaOf<K extends EntityKind>(kind: K): KindSchema<K> {
  const schema: KindSchema<K> | undefined = KINDS[kind];
  if (!schema) {
    throw new Error(
      `No SharePoint list is declared for the entity kind "${kind}": add it to KINDS in src/adapters/sharepoint/schema.ts.`,
    );
  }
  return schema;
}

function columnOf(kind: EntityKind, field: string): string {
  const names: Readonly<Record<string, string | undefined>> = schemaOf(kind).columns ?? {};
  return names[field] ?? `${field.charAt(0).toUpperCase()}${field.slice(1)}`;
}

const indexColumns = indexColumnsNamed(columnOf);

/** The indexed columns of a kind, with how each is derived. */
export function indexColumnsOf<K extends EntityKind>(kind: K): IndexColumn<K>[] {
  return [...indexColumns(kind).values()];
}

/** The column a filter field maps to, or undefined when the field is not indexed for the kind. */
export function indexColumnFor<K extends EntityKind>(kind: K, field: string): IndexColumn<K> | undefined {
  return indexColumns(kind).get(field);
}

export const AUDIT_JSON_PARTS = 16;

export function jsonColumns(prefix: string, parts: number): string[] {
  return Array.from({ length: parts }, (_, i) => (i === 0 ? prefix : `${prefix}${i + 1}`));
}

export function entityJsonColumns(kind: EntityKind): string[] {
  return jsonColumns('EntityJson', schemaOf(kind).jsonParts ?? 2);
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
      : // How each person hears about their work (chat, bell, both; empty until they choose), for people reading the list.
        kind === 'person'
        ? [{ name: 'NotifyBy', type: 'text' }]
        : [];
  return {
    displayName: `${prefix} ${schemaOf(kind).title}`,
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
