import { randomUUID } from 'node:crypto';
import type { AuditEvent } from '../../domain/audit';
import { UnreadableStoredValueError, type EntityKind } from '../../services/ports';
import { auditBatchFields, eventsJson, eventsOfJson, parseJsonParts, splitJson, type Fields } from './entity-fields';
import type { ListItemJson } from './graph-json';
import { CARRIED_COLUMNS, CARRIED_DISPLAY_NAME, CARRIER_KIND, JSON_PART_CHARS, kindListTitle } from './schema';
import type { WriteOp } from './write-chain';

/*
 * Saving a rating changes a response and its assessment's summary, and leaves an audit event: three writes, 6 of
 * SharePoint's resource units, where the save of anything else is two. The summary is written in that commit anyway,
 * so it carries the event: its own columns hold the assessment's latest changes to responses, and the audit trail is
 * the Audit events list plus what the summary carries. When the summary has no room left, the save that fills it
 * moves what it carries into one Audit events item (one write for all of them) and starts again. So a rating save is
 * two writes (4 RU), one in about MAX_CARRIED saves is three, and nothing is written later or elsewhere: every event
 * is stored in the same commit as its change, as before (docs/adr/0012-summaries-carry-their-latest-changes.md).
 */

/** The kind whose changes are carried: a response (its other saves, a narrative or evidence, write no summary). */
export const CARRIED_KIND: EntityKind = 'response';
/** Changes a summary carries at most before they are moved to the Audit events list. */
export const MAX_CARRIED = 20;

export function carriedFields(events: readonly AuditEvent[], what: string): Fields {
  return splitJson(events.length === 0 ? '' : eventsJson(events), CARRIED_COLUMNS, what);
}

/**
 * The changes a summary's item carries. Anything there the app cannot read (edited by hand in SharePoint) is reported
 * naming the list, the item and the column, as a typed column's value is: never read as "no changes".
 */
export function carriedFromItem(item: ListItemJson): AuditEvent[] {
  const fields = item.fields ?? {};
  const what = `Recent changes of item ${item.id}`;
  let events: AuditEvent[] | undefined;
  try {
    const data = parseJsonParts(fields, CARRIED_COLUMNS, what, true);
    events = Object.keys(data).length === 0 ? [] : eventsOfJson(data, what);
  } catch {
    events = undefined;
  }
  if (events) return events;
  const json = CARRIED_COLUMNS.map((c) => (typeof fields[c] === 'string' ? fields[c] : '')).join('');
  throw new UnreadableStoredValueError(
    kindListTitle(CARRIER_KIND),
    item.id,
    CARRIED_DISPLAY_NAME,
    json.length > 80 ? `${json.slice(0, 80)}…` : json,
    'the list of changes the app wrote there, as JSON',
  );
}

function fits(events: readonly AuditEvent[]): boolean {
  return events.length <= MAX_CARRIED && eventsJson(events).length <= CARRIED_COLUMNS.length * JSON_PART_CHARS;
}

/** What a summary's write does with the changes of its commit. */
export interface Carrying {
  /** What the summary carries after the write. */
  readonly carried: readonly AuditEvent[];
  /** The events it takes on: they need no audit item of their own. */
  readonly taken: ReadonlySet<string>;
  /** The write moving what it carried before into the Audit events list, when it had no room left. */
  readonly move: WriteOp | undefined;
}

/**
 * How a summary's write carries its commit's changes to responses, given what it carries now (`before`, known from
 * the read or the cache before every write of a summary). A summary being deleted moves all it carries, so an
 * assessment deleted keeps its trail; events that would not fit even in an empty summary get their own items.
 */
export function carry(
  assessmentId: string,
  before: readonly AuditEvent[],
  events: readonly AuditEvent[],
  deleting: boolean,
  commitId: string,
): Carrying {
  const moveOf = (moved: readonly AuditEvent[]): WriteOp | undefined => {
    if (moved.length === 0) return undefined;
    const batchId = randomUUID();
    return {
      list: 'audit',
      entityId: batchId,
      action: 'create',
      commitId,
      state: 'pending',
      fields: auditBatchFields(assessmentId, moved, batchId, commitId),
    };
  };
  const none = new Set<string>();
  if (deleting) return { carried: [], taken: none, move: moveOf(before) };
  const taken = new Set(events.map((e) => e.id));
  if (fits([...before, ...events])) return { carried: [...before, ...events], taken, move: undefined };
  if (fits(events)) return { carried: events, taken, move: moveOf(before) };
  return { carried: before, taken: none, move: undefined };
}
