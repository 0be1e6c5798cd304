import type { AuditEvent } from '../../domain/audit';
import {
  StoreUnavailableError,
  UnreadableStoredValueError,
  type EntityKind,
  type EntityMap,
} from '../../services/ports';
import { IN_JSON, type FieldColumn, type InJson, type KindColumns } from './column-types';
import { etagOf, type ListItemJson } from './graph-json';
import { KIND_COLUMNS } from './kind-columns';
import {
  AUDIT_JSON_PARTS,
  entityJsonColumns,
  indexColumnFor,
  indexColumnsOf,
  JSON_PART_CHARS,
  jsonColumns,
  kindListTitle,
} from './schema';
import { decodeValue, encodeValue, SINGLE_LINE_CHARS } from './typed-values';
import { partitionKey, partitionOf, partitionValueOf } from './partitions';

/** The one place where entities and audit events map to list item fields and back. */

export type FieldValue = string | number | boolean | null;
export type Fields = Record<string, FieldValue>;

/** An entity as read from its list, with what a later write needs. */
export interface StoredEntity<K extends EntityKind> {
  readonly itemId: string;
  readonly eTag: string;
  readonly value: EntityMap[K];
  /** The commit that wrote it last: tells our own earlier write from someone else's after a lost response. */
  readonly commitId: string | null;
  /** For a summary read with them: the changes it carries (carried-changes.ts). */
  readonly carried?: readonly AuditEvent[];
}

const BASE_COLUMNS = ['EntityId', 'EntityVersion', 'CommitId'];

/** The columns a full read of the kind selects: its typed columns, its partition column and its JSON. */
export function entitySelect(kind: EntityKind): string[] {
  const partition = partitionOf(kind);
  return [
    ...BASE_COLUMNS,
    ...typedColumnsOf(kind).map(([, column]) => column.name),
    ...(partition ? [partition.column.name] : []),
    ...entityJsonColumns(kind),
  ];
}

/** The partition key of an entity: its index values of the fields its kind's partition splits, e.g. a cycle. */
export function partitionSource<K extends EntityKind>(kind: K, value: EntityMap[K]): string | null {
  const partition = partitionOf(kind);
  return partition
    ? partitionKey(partition.fields.map((field) => indexColumnFor(kind, field)?.derive(value) ?? null))
    : null;
}

/**
 * A partition column that does not hold what the app files the item under was changed by hand: the item would be
 * missing from (or in the wrong) network-wide views, so it is reported like any other value the app cannot read.
 */
function checkPartition<K extends EntityKind>(kind: K, item: ListItemJson, value: EntityMap[K]): void {
  const partition = partitionOf(kind);
  if (!partition) return;
  // Graph leaves an empty column out of the item, so a missing value is an emptied one.
  const fields = item.fields ?? {};
  const expected = partitionValueOf(partitionSource(kind, value), value.id);
  const raw = fields[partition.column.name] ?? null;
  if (raw === expected) return;
  throw new UnreadableStoredValueError(
    kindListTitle(kind),
    item.id,
    partition.column.displayName,
    raw === null ? '' : String(raw),
    expected === null ? 'it to be empty' : `"${expected}", which the app fills in itself`,
  );
}

/** The title SharePoint shows for an item: readable, from the entity alone, within Title's 255 characters. */
export function itemTitle<K extends EntityKind>(kind: K, value: EntityMap[K]): string {
  const declared: KindColumns<K> = KIND_COLUMNS[kind];
  const title = declared.title(value).trim() || `${kind} ${value.id}`;
  return title.length <= SINGLE_LINE_CHARS ? title : `${title.slice(0, SINGLE_LINE_CHARS - 1)}…`;
}

/**
 * The item fields of an entity: each declared field in its typed column, the rest (and any value a column cannot
 * give back exactly) in the JSON. A null stays in the JSON as null, an absent field is absent from both, so the
 * reader tells them apart.
 */
export function entityFields<K extends EntityKind>(
  kind: K,
  value: EntityMap[K],
  version: number,
  commitId: string,
): Fields {
  const { id, version: _ignored, ...rest } = value;
  const record: Readonly<Record<string, unknown>> = rest;
  const fields: Fields = { Title: itemTitle(kind, value), EntityId: id, EntityVersion: version, CommitId: commitId };
  const inJson: Record<string, unknown> = {};
  const inColumns: string[] = [];
  const typed = new Map(typedColumnsOf(kind));
  for (const [field, fieldValue] of Object.entries(record)) {
    const column = typed.get(field);
    if (!column || fieldValue === null || fieldValue === undefined) {
      if (fieldValue !== undefined) inJson[field] = fieldValue;
      continue;
    }
    const encoded = encodeValue(column, fieldValue);
    fields[column.name] = encoded.column;
    if (encoded.exact) inColumns.push(field);
    else inJson[field] = fieldValue;
  }
  // Which fields only a column holds: a column emptied by hand is then told from a field the entity never had.
  if (inColumns.length > 0) inJson[IN_COLUMNS_KEY] = inColumns;
  // Columns of fields the entity does not have (or no longer has) are emptied.
  for (const [, column] of typed) if (!(column.name in fields)) fields[column.name] = null;
  const declared: KindColumns<K> = KIND_COLUMNS[kind];
  for (const shown of declared.shown ?? []) {
    const copy = shown.value(value);
    fields[shown.column.name] = copy === null || copy === undefined ? null : encodeValue(shown.column, copy).column;
  }
  for (const index of indexColumnsOf(kind)) fields[index.column] = index.derive(value);
  const partition = partitionOf(kind);
  if (partition) fields[partition.column.name] = partitionValueOf(partitionSource(kind, value), id);
  return { ...fields, ...splitJson(JSON.stringify(inJson), entityJsonColumns(kind), `${kind} ${id}`) };
}

/** Rebuilds the entity entityFields wrote: the JSON's fields first, then each typed column the JSON lacks. */
export function entityFromItem<K extends EntityKind>(kind: K, item: ListItemJson): StoredEntity<K> {
  const fields = item.fields ?? {};
  const { id, version, commitId } = baseOf(kind, item);
  const data = parseJsonParts(fields, entityJsonColumns(kind), `${kind} ${id}`, true);
  const inColumns = data[IN_COLUMNS_KEY];
  delete data[IN_COLUMNS_KEY];
  for (const [field, column] of typedColumnsOf(kind)) {
    if (field in data) continue;
    const raw = fields[column.name];
    const emptied = Array.isArray(inColumns) && inColumns.includes(field);
    if ((raw === null || raw === undefined) && !emptied) continue;
    const decoded = decodeValue(column, raw);
    if (!decoded.ok) {
      throw new UnreadableStoredValueError(
        kindListTitle(kind),
        item.id,
        column.displayName,
        raw === null || raw === undefined ? '' : String(raw),
        decoded.expected,
      );
    }
    data[field] = decoded.value;
  }
  // Written by entityFields from an EntityMap[K]; only its object shape is checked on the way back.
  const value = { ...data, id, version } as unknown as EntityMap[K];
  checkPartition(kind, item, value);
  return { itemId: item.id, eTag: etagOf(item), value, commitId };
}

/** The id, version and last commit every entity item carries. */
export function baseOf(kind: EntityKind, item: ListItemJson): { id: string; version: number; commitId: string | null } {
  const fields = item.fields ?? {};
  const id = fields['EntityId'];
  // Number columns come back as JSON numbers; a string would mean a hand-made column, read it all the same.
  const version =
    typeof fields['EntityVersion'] === 'string' ? Number(fields['EntityVersion']) : fields['EntityVersion'];
  if (typeof id !== 'string' || typeof version !== 'number' || !Number.isInteger(version)) {
    throw new StoreUnavailableError(`A ${kind} list item (${item.id}) lacks EntityId or EntityVersion`);
  }
  const commitId = typeof fields['CommitId'] === 'string' ? fields['CommitId'] : null;
  return { id, version, commitId };
}

/** The JSON key listing the fields written only to their columns (never a field name: fields are identifiers). */
const IN_COLUMNS_KEY = '$inColumns';

const typedColumnCache = new Map<EntityKind, readonly (readonly [string, FieldColumn])[]>();

/** The declared fields of a kind that have a typed column, with the column. */
function typedColumnsOf(kind: EntityKind): readonly (readonly [string, FieldColumn])[] {
  let columns = typedColumnCache.get(kind);
  if (!columns) {
    const declared: Readonly<Record<string, FieldColumn | InJson>> = KIND_COLUMNS[kind].fields;
    columns = Object.entries(declared).flatMap(([field, column]) =>
      column === IN_JSON ? [] : [[field, column] as const],
    );
    typedColumnCache.set(kind, columns);
  }
  return columns;
}

export const AUDIT_SELECT = ['EntityId', 'EventAt', ...jsonColumns('EventJson', AUDIT_JSON_PARTS)];

export function auditFields(event: AuditEvent, commitId: string): Fields {
  return {
    Title: event.id,
    EntityId: event.id,
    CommitId: commitId,
    AssessmentId: event.assessmentId,
    EntityKey: entityKey(event.entityKind, event.entityId),
    EventAt: event.at,
    ...splitJson(JSON.stringify(event), jsonColumns('EventJson', AUDIT_JSON_PARTS), `audit event ${event.id}`),
  };
}

/**
 * A batch of an assessment's changes moved out of its summary (carried-changes.ts): one item holding several events,
 * so the move costs one write however many changes it holds.
 */
export function auditBatchFields(
  assessmentId: string,
  events: readonly AuditEvent[],
  batchId: string,
  commitId: string,
): Fields {
  return {
    Title: `${events.length} changes to ${assessmentId}`,
    EntityId: batchId,
    CommitId: commitId,
    AssessmentId: assessmentId,
    EntityKey: `changes:${assessmentId}`,
    EventAt: events[0]?.at ?? null,
    ...splitJson(eventsJson(events), jsonColumns('EventJson', AUDIT_JSON_PARTS), `changes to ${assessmentId}`),
  };
}

/** Several events as JSON, as an audit batch item and a summary's Recent changes hold them: `{ "events": [...] }`. */
export function eventsJson(events: readonly AuditEvent[]): string {
  return JSON.stringify({ events });
}

/** The events of JSON written by eventsJson, checked; undefined when it is not such JSON. */
export function eventsOfJson(data: Readonly<Record<string, unknown>>, what: string): AuditEvent[] | undefined {
  const { events } = data;
  return Array.isArray(events)
    ? events.map((event, i) => auditEventOf(event, `Change ${i + 1} of ${what}`))
    : undefined;
}

/** The events of an audit item: one, or a batch of an assessment's changes. */
export function auditEventsFromItem(item: ListItemJson): AuditEvent[] {
  const fields = item.fields ?? {};
  const data = parseJsonParts(fields, jsonColumns('EventJson', AUDIT_JSON_PARTS), `audit item ${item.id}`);
  if (!('events' in data)) return [auditEventOf(data, `Audit item ${item.id}`)];
  const events = eventsOfJson(data, `audit item ${item.id}`);
  if (!events) throw new StoreUnavailableError(`Audit item ${item.id} is not a valid batch of changes`);
  return events;
}

/** An audit event read back from its JSON, checked. */
export function auditEventOf(data: unknown, what: string): AuditEvent {
  const record: Readonly<Record<string, unknown>> =
    typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const { id, at, actorId, entityKind, entityId, assessmentId, action, before, after } = record;
  if (
    typeof id !== 'string' ||
    typeof at !== 'string' ||
    typeof actorId !== 'string' ||
    typeof entityKind !== 'string' ||
    typeof entityId !== 'string' ||
    (action !== 'create' && action !== 'update' && action !== 'delete')
  ) {
    throw new StoreUnavailableError(`${what} is not a valid audit event`);
  }
  return {
    id,
    at,
    actorId,
    entityKind,
    entityId,
    assessmentId: typeof assessmentId === 'string' ? assessmentId : null,
    action,
    before: before ?? null,
    after: after ?? null,
  };
}

export function entityKey(kind: string, id: string): string {
  return `${kind}:${id}`;
}

/** Cuts JSON into column-sized parts (never between the two halves of a surrogate pair); unused parts are cleared. */
export function splitJson(json: string, columns: readonly string[], what: string): Fields {
  const parts: Fields = {};
  let rest = json;
  for (const column of columns) {
    let cut = Math.min(rest.length, JSON_PART_CHARS);
    const code = rest.charCodeAt(cut - 1);
    if (cut < rest.length && code >= 0xd800 && code <= 0xdbff) cut -= 1;
    parts[column] = rest.length > 0 ? rest.slice(0, cut) : null;
    rest = rest.slice(cut);
  }
  if (rest.length > 0) {
    throw new StoreUnavailableError(
      `${what} is too large for SharePoint (${json.length} characters of JSON; at most ${columns.length * JSON_PART_CHARS}).`,
    );
  }
  return parts;
}

export function parseJsonParts(
  fields: Record<string, unknown>,
  columns: readonly string[],
  what: string,
  emptyIsNothing = false,
): Record<string, unknown> {
  const json = columns.map((c) => (typeof fields[c] === 'string' ? fields[c] : '')).join('');
  if (emptyIsNothing && json === '') return {};
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new StoreUnavailableError(`Stored ${what} is not valid JSON (was it edited by hand in SharePoint?)`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new StoreUnavailableError(`Stored ${what} is not a JSON object`);
  }
  return data as Record<string, unknown>;
}
