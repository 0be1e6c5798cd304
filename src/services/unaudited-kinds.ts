import type { EntityKind } from './ports';

/**
 * The kinds whose changes leave no audit event, declared once so every store adapter leaves them out alike.
 * There are two reasons, and each kind is listed under its own.
 */

/**
 * What people said in a questionnaire (answers, comments, and the counts each answer moves). An answer has no
 * author to record, and an event would still give it a place in the log: a member of staff's "has answered" marker
 * is written a moment before their answer, so the event that followed the marker (by sequence, rowid or list item
 * id), or the counts' version after it, would say what that person answered. Leaving these changes out of the log
 * is what keeps answers anonymous; the counts are checked against the answers instead.
 */
const ANONYMOUS: readonly EntityKind[] = ['questionnaireAnswer', 'questionnaireComment', 'questionnaireTally'];

/**
 * Derived data: an assessment's summary is worked out, in the same commit, from the changes people make (a rating,
 * a transition, an agreed rating, a recognition decision), and each of those has its own event with who, when,
 * before and after. An event for the summary would repeat them, and on SharePoint it would cost a `$batch` part
 * (2 resource units) on every save.
 */
const DERIVED: readonly EntityKind[] = ['assessmentSummary'];

export const UNAUDITED_KINDS: ReadonlySet<EntityKind> = new Set<EntityKind>([...ANONYMOUS, ...DERIVED]);

/** Whether a change to an entity of this kind is recorded in the audit log. */
export function leavesAuditEvent(kind: EntityKind): boolean {
  return !UNAUDITED_KINDS.has(kind);
}
