import type { IsoDateTime } from './ids';

export interface AuditEvent {
  readonly id: string;
  readonly at: IsoDateTime;
  readonly actorId: string;
  readonly entityKind: string;
  readonly entityId: string;
  /** The assessment the change belongs to, when there is one, so an assessment's trail is one query. */
  readonly assessmentId: string | null;
  readonly action: 'create' | 'update' | 'delete';
  readonly before: unknown;
  readonly after: unknown;
}

/** The entity as the change left it, or as it was before it was deleted. */
export function changedValueOf(event: AuditEvent): unknown {
  return event.after ?? event.before;
}
