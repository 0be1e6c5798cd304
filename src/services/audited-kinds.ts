import type { EntityKind } from './ports';

/**
 * Kinds whose writes leave no audit event of their own, declared once so every store adapter does the same.
 * An assessment's summary is derived data: it is worked out, in the same commit, from the changes people make
 * (a rating, a transition, an agreed rating, a recognition decision), and each of those has its own event with
 * who, when, before and after. An event for the summary would repeat them, and on SharePoint it would cost a
 * `$batch` part (2 resource units) on every save.
 */
const UNAUDITED: ReadonlySet<EntityKind> = new Set<EntityKind>(['assessmentSummary']);

/** True when a write of this kind is recorded in the audit trail. */
export function isAudited(kind: EntityKind): boolean {
  return !UNAUDITED.has(kind);
}
