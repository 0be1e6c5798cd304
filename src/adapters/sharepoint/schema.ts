import { indexColumnsNamed, type IndexColumn } from '../../services/index-columns';
import { ENTITY_KINDS } from '../../services/index-values';
import type { EntityKind, IndexField } from '../../services/ports';
import { IN_JSON, type FieldColumn, type InJson, type KindColumns } from './column-types';
import { KIND_COLUMNS } from './kind-columns';
import { columnsViewsNarrowOn } from './list-views';
import { partitionOf } from './partitions';

/*
 * The SharePoint schema, declared once: `npm run provision` creates or upgrades the site from it and the store
 * refuses to open a site that does not match it. One list per aggregate; every field a person would filter, sort
 * or report on has a typed column (declared in kind-columns.ts), each filterable field (IndexMap) an indexed
 * column, and only nested structures stay in JSON (AppData, split over multi-line columns below SharePoint's
 * 63,999-character form limit). Filters only ever name indexed columns.
 * A new kind in the store port is one entry in KINDS and one in KIND_COLUMNS (the compiler asks for both).
 */

/** A column as the list declares it: its kind (see column-types.ts), words for people, and its index flags. */
export type ColumnSpec = {
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly indexed?: boolean;
  readonly unique?: boolean;
} & (
  | { readonly type: 'text' | 'note' | 'number' | 'date' | 'dateTime' | 'yesNo' }
  | { readonly type: 'choice'; readonly choices: readonly string[] }
);

export interface ListSpec {
  readonly displayName: string;
  /** What one item is, in plain English (the list's description in SharePoint). */
  readonly description: string;
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

/** The columns holding what has no typed column (nested structures, and exact values a column rounds). */
export function entityJsonColumns(kind: EntityKind): string[] {
  return jsonColumns(APP_DATA_COLUMN, schemaOf(kind).jsonParts ?? 2);
}

export const APP_DATA_COLUMN = 'AppData';

/** The kind whose items carry their assessment's latest changes to responses (carried-changes.ts). */
export const CARRIER_KIND: EntityKind = 'assessmentSummary';

export function carriesChanges(kind: EntityKind): boolean {
  return kind === CARRIER_KIND;
}

/** The columns of a summary holding the changes it carries (JSON, as the Audit events list holds its events). */
export const CARRIED_COLUMNS = jsonColumns('RecentChanges', 2);
export const CARRIED_DISPLAY_NAME = 'Recent changes';

function carriedColumns(): ColumnSpec[] {
  return CARRIED_COLUMNS.map((name, i) => ({
    name,
    displayName: i === 0 ? CARRIED_DISPLAY_NAME : `${CARRIED_DISPLAY_NAME} ${i + 1}`,
    description:
      'The latest changes to the assessment’s responses (who, when, before and after, as JSON); the app moves them ' +
      'to the Audit events list in batches. Nothing to edit by hand.',
    type: 'note',
  }));
}

const idColumn: ColumnSpec = {
  name: 'EntityId',
  displayName: 'Id',
  description: 'The app’s id of the item; other lists refer to it.',
  type: 'text',
  indexed: true,
  unique: true,
};
const versionColumn: ColumnSpec = {
  name: 'EntityVersion',
  displayName: 'App version',
  description: 'How many times the app has saved the item (it refuses a save based on an older one).',
  type: 'number',
};
const commitColumn: ColumnSpec = {
  name: 'CommitId',
  displayName: 'Saved by change',
  description: 'The app’s change that saved it last (lets a retried save recognise itself).',
  type: 'text',
};

function appDataColumns(parts: readonly string[]): ColumnSpec[] {
  return parts.map((name, i) => ({
    name,
    displayName: i === 0 ? 'App data' : `App data ${i + 1}`,
    description: 'Nested details the app keeps as JSON (and exact times); nothing to edit by hand.',
    type: 'note',
  }));
}

/** The typed columns of a kind (merged with its index columns) and the index columns that are not fields. */
export function entityListSpec(kind: EntityKind, prefix: string): ListSpec {
  const declared: KindColumns<EntityKind> = KIND_COLUMNS[kind] as KindColumns<EntityKind>;
  const typed = new Map<string, ColumnSpec>();
  for (const column of Object.values<FieldColumn | InJson>(declared.fields)) {
    if (column === IN_JSON) continue;
    const { name, displayName, description } = column;
    typed.set(
      name,
      column.type === 'choice'
        ? { name, displayName, description, type: 'choice', choices: column.choices }
        : { name, displayName, description, type: column.type },
    );
  }
  for (const { column } of declared.shown ?? []) {
    const { name, displayName, description } = column;
    if (typed.has(name)) throw new Error(`The ${kind} column ${name} is declared twice.`);
    typed.set(
      name,
      column.type === 'choice'
        ? { name, displayName, description, type: 'choice', choices: column.choices }
        : { name, displayName, description, type: column.type },
    );
  }
  for (const index of indexColumnsOf(kind)) {
    const field = typed.get(index.column);
    if (field && field.type !== 'text' && field.type !== 'choice') {
      throw new Error(`The ${kind} column ${index.column} is indexed for filters, so it must be text or a choice.`);
    }
    const words = declared.derived?.[index.column] ?? {
      displayName: index.column,
      description: 'Filled in by the app so that it can find items quickly.',
    };
    typed.set(
      index.column,
      field ? { ...field, indexed: true } : { name: index.column, ...words, type: 'text', indexed: true },
    );
  }
  for (const name of columnsViewsNarrowOn(kind)) {
    const column = typed.get(name);
    if (!column) continue; // SharePoint's own (Title, Created, Modified)
    if (column.type === 'note')
      throw new Error(`A view of ${kind} narrows on ${name}, a multi-line column SharePoint cannot index.`);
    typed.set(name, { ...column, indexed: true });
  }
  const partition = partitionOf(kind);
  if (partition) typed.set(partition.column.name, partition.column);
  return {
    displayName: `${prefix} ${schemaOf(kind).title}`,
    description: `Each item is ${declared.itemIs}. Kept by the Mind & Body QIN app: read freely, change only through the app.`,
    columns: [
      idColumn,
      versionColumn,
      commitColumn,
      ...typed.values(),
      ...appDataColumns(entityJsonColumns(kind)),
      ...(carriesChanges(kind) ? carriedColumns() : []),
    ],
  };
}

export function auditListSpec(prefix: string): ListSpec {
  return {
    displayName: `${prefix} Audit events`,
    description:
      'One item per change the app made (who, when, the value before and after, as JSON), or one item for a batch of ' +
      'an assessment’s changes to responses moved from its summary (docs/adr/0012).',
    columns: [
      idColumn,
      commitColumn,
      {
        name: 'AssessmentId',
        displayName: 'Assessment id',
        description: 'The assessment the change belongs to, if any.',
        type: 'text',
        indexed: true,
      },
      {
        name: 'EntityKey',
        displayName: 'Changed item',
        description: 'The kind and id of the item changed, e.g. response:…; changes:<assessment id> for a batch.',
        type: 'text',
        indexed: true,
      },
      { name: 'EventAt', displayName: 'When', description: 'When the change was made (UTC, exact).', type: 'text' },
      ...jsonColumns('EventJson', AUDIT_JSON_PARTS).map((name): ColumnSpec => ({
        name,
        displayName: name,
        description: 'The change, as JSON (a batch: its changes, as the list `events`).',
        type: 'note',
      })),
    ],
  };
}

export function leaseListSpec(prefix: string): ListSpec {
  return {
    displayName: `${prefix} Leases`,
    description: 'Which server runs each once-only job (reminders) just now.',
    columns: [
      idColumn,
      { name: 'Holder', displayName: 'Held by', description: 'The server instance holding it.', type: 'text' },
      { name: 'LeaseUntil', displayName: 'Held until', description: 'When it expires (UTC, exact).', type: 'text' },
    ],
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

/** A kind's list name after the prefix, e.g. "Assessments". */
export function kindListTitle(kind: EntityKind): string {
  return schemaOf(kind).title;
}
