import type { AuditEvent } from '../../domain/audit';
import { StoreUnavailableError, type EntityKind, type EntityMap } from '../../services/ports';
import { etagOf, type ListItemJson } from './graph-json';
import { AUDIT_JSON_PARTS, entityJsonColumns, indexColumnsOf, JSON_PART_CHARS, jsonColumns } from './schema';

/** The one place where entities and audit events map to list item fields and back. */

export type FieldValue = string | number | null;
export type Fields = Record<string, FieldValue>;

/** An entity as read from its list, with what a later write needs. */
export interface StoredEntity<K extends EntityKind> {
  readonly itemId: string;
  readonly eTag: string;
  readonly value: EntityMap[K];
  /** The commit that wrote it last: tells our own earlier write from someone else's after a lost response. */
  readonly commitId: string | null;
}

const BASE_COLUMNS = ['EntityId', 'EntityVersion', 'CommitId'];

/** The columns a full read of the kind selects. */
export function entitySelect(kind: EntityKind): string[] {
  return [...BASE_COLUMNS, ...entityJsonColumns(kind)];
}

export function entityFields<K extends EntityKind>(
  kind: K,
  value: EntityMap[K],
  version: number,
  commitId: string,
): Fields {
  const { id, version: _ignored, ...rest } = value;
  const fields: Fields = {
    Title: id,
    EntityId: id,
    EntityVersion: version,
    CommitId: commitId,
    ...splitJson(JSON.stringify(rest), entityJsonColumns(kind), `${kind} ${id}`),
  };
  for (const index of indexColumnsOf(kind)) fields[index.column] = index.derive(value);
  if (kind === 'response' && 'standardCode' in value && 'rating' in value) {
    fields['StandardCode'] = value.standardCode;
    fields['Rating'] = value.rating;
  }
  if (kind === 'person' && 'profession' in value) fields['NotifyBy'] = value.notifyBy ?? null;
  return fields;
}

export function entityFromItem<K extends EntityKind>(kind: K, item: ListItemJson): StoredEntity<K> {
  const fields = item.fields ?? {};
  const id = fields['EntityId'];
  // Number columns come back as JSON numbers; a string would mean a hand-made column, read it all the same.
  const version =
    typeof fields['EntityVersion'] === 'string' ? Number(fields['EntityVersion']) : fields['EntityVersion'];
  if (typeof id !== 'string' || typeof version !== 'number' || !Number.isInteger(version)) {
    throw new StoreUnavailableError(`A ${kind} list item (${item.id}) lacks EntityId or EntityVersion`);
  }
  const data = parseJsonParts(fields, entityJsonColumns(kind), `${kind} ${id}`);
  const commitId = typeof fields['CommitId'] === 'string' ? fields['CommitId'] : null;
  // Written by entityFields from an EntityMap[K]; only its object shape is checked on the way back.
  const value = { ...data, id, version } as unknown as EntityMap[K];
  return { itemId: item.id, eTag: etagOf(item), value, commitId };
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

export function auditFromItem(item: ListItemJson): AuditEvent {
  const fields = item.fields ?? {};
  const data = parseJsonParts(fields, jsonColumns('EventJson', AUDIT_JSON_PARTS), `audit item ${item.id}`);
  const { id, at, actorId, entityKind, entityId, assessmentId, action, before, after } = data;
  if (
    typeof id !== 'string' ||
    typeof at !== 'string' ||
    typeof actorId !== 'string' ||
    typeof entityKind !== 'string' ||
    typeof entityId !== 'string' ||
    (action !== 'create' && action !== 'update' && action !== 'delete')
  ) {
    throw new StoreUnavailableError(`Audit item ${item.id} is not a valid audit event`);
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

function parseJsonParts(
  fields: Record<string, unknown>,
  columns: readonly string[],
  what: string,
): Record<string, unknown> {
  const json = columns.map((c) => (typeof fields[c] === 'string' ? fields[c] : '')).join('');
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
