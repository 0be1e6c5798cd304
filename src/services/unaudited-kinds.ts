import type { EntityKind } from './ports';

/**
 * The kinds whose changes leave no audit event, declared once so every store adapter leaves them out alike.
 *
 * They hold what people said in a questionnaire (answers, comments, and the counts each answer moves), and an
 * answer has no author to record. An event would still give it a place in the log: a member of staff's "has
 * answered" marker is written a moment before their answer, so the event that followed the marker (by sequence,
 * rowid or list item id), or the counts' version after it, would say what that person answered. Leaving these
 * changes out of the log is what keeps answers anonymous; the counts are checked against the answers instead.
 */
export const UNAUDITED_KINDS: ReadonlySet<EntityKind> = new Set<EntityKind>([
  'questionnaireAnswer',
  'questionnaireComment',
  'questionnaireTally',
]);

/** Whether a change to an entity of this kind is recorded in the audit log. */
export function leavesAuditEvent(kind: EntityKind): boolean {
  return !UNAUDITED_KINDS.has(kind);
}
