import { DomainError } from './errors';
import type { IsoDate, IsoDateTime, Versioned } from './ids';
import { actionFieldRefusals, COMPLETION_NEEDED, completionRefusal, type ActionFields } from './action-fields';
import type { Assessment, AssessmentState } from './assessment';
import type { FindingKind } from './review';

export const ACTION_STATUSES = [
  'proposed',
  'agreed',
  'in_progress',
  'completed',
  'verified',
  'deferred',
  'cancelled',
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Statuses in which an action is still to be done (and can become overdue). */
export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = ['proposed', 'agreed', 'in_progress'];

/** Statuses in which an action has been done: network impact counts these as completions. */
export const FINISHED_ACTION_STATUSES: readonly ActionStatus[] = ['completed', 'verified'];

export interface ProgressNote {
  readonly at: IsoDateTime;
  readonly by: string;
  readonly text: string;
}

export interface CompletionEvidence {
  readonly note: string;
  readonly evidenceIds: readonly string[];
}

/** One improvement action of an assessment's action plan. */
export interface ActionItem extends Versioned {
  readonly assessmentId: string;
  readonly cycleId: string;
  readonly organisationId: string;
  readonly serviceId: string | null;
  /** The finding (area for improvement or immediate concern) the action answers; null for a free-standing one. */
  readonly findingId: string | null;
  readonly findingKind: FindingKind | null;
  readonly standardCode: string | null;
  readonly title: string;
  readonly description: string;
  readonly ownerId: string;
  readonly dueDate: IsoDate;
  readonly status: ActionStatus;
  readonly progressNotes: readonly ProgressNote[];
  readonly completionEvidence: CompletionEvidence | null;
  readonly verifiedBy: string | null;
  readonly verifiedAt: IsoDateTime | null;
  /** When it was marked completed (absent on actions completed before this was recorded). */
  readonly completedAt?: IsoDateTime;
  readonly createdAt: IsoDateTime;
  readonly updatedAt: IsoDateTime;
}

/** What the proposer of an action chooses; the rest follows from the assessment and the moment. */
export type NewActionFields = Pick<
  ActionItem,
  'id' | 'findingId' | 'findingKind' | 'standardCode' | 'title' | 'description' | 'ownerId' | 'dueDate'
>;

/**
 * A new action of an assessment's plan: filed under the assessment's cycle, organisation and service, proposed,
 * with no progress, evidence or verification yet. Whether a lead writes it or a finding proposes it.
 */
export function newAction(
  assessment: Pick<Assessment, 'id' | 'cycleId' | 'subject'>,
  fields: NewActionFields,
  now: IsoDateTime,
): ActionItem {
  const subject = assessment.subject;
  return {
    ...fields,
    version: 0,
    assessmentId: assessment.id,
    cycleId: assessment.cycleId,
    organisationId: subject.organisationId,
    serviceId: subject.kind === 'service' ? subject.serviceId : null,
    status: 'proposed',
    progressNotes: [],
    completionEvidence: null,
    verifiedBy: null,
    verifiedAt: null,
    createdAt: now,
    updatedAt: now,
  };
}

/** Why an assessment has no action plan yet: a plan answers an agreed review. Null once it has one. */
export function actionPlanNotOpenBecause(state: AssessmentState): string | null {
  return state === 'agreed' || state === 'closed'
    ? null
    : `Action plans answer an agreed review; this assessment is ${state.replace(/_/g, ' ')}.`;
}

/** Every status change an action can make, in the order offered. Verified and cancelled are final. */
const TRANSITIONS: Readonly<Record<ActionStatus, readonly ActionStatus[]>> = {
  proposed: ['agreed', 'deferred', 'cancelled'],
  agreed: ['in_progress', 'completed', 'deferred', 'cancelled'],
  in_progress: ['completed', 'deferred', 'cancelled'],
  // Back to in progress when the evidence does not show the action is done.
  completed: ['verified', 'in_progress'],
  deferred: ['agreed', 'cancelled'],
  verified: [],
  cancelled: [],
};

export function allowedActionStatuses(status: ActionStatus): readonly ActionStatus[] {
  return TRANSITIONS[status];
}

/** What an action must have before it is stored: an owner and a real due date (and a title to say what it is). */
export function validateActionFields(input: ActionFields): void {
  const [first] = actionFieldRefusals(input);
  if (first) throw new DomainError(first.code, first.message, first.field, first.details);
}

export interface ActionActor {
  readonly personId: string;
  /** True when the person is the lead reviewer of the assessment's review team. */
  readonly isLeadReviewer: boolean;
}

/**
 * Checks one status change and returns the changed action. Completion needs evidence; an immediate concern
 * can be closed only by the lead reviewer's verification: it can neither be cancelled nor deferred, because a
 * risk to safety does not go away by deciding not to act on it.
 */
export function changeActionStatus(
  action: ActionItem,
  to: ActionStatus,
  actor: ActionActor,
  input: { note?: string; completion?: CompletionEvidence },
  at: IsoDateTime,
): ActionItem {
  const refusal = statusChangeRefusal(action, to, actor);
  if (refusal) {
    const details =
      refusal.code === 'illegal_action_transition'
        ? { status: action.status, to, allowed: TRANSITIONS[action.status] }
        : undefined;
    throw new DomainError(refusal.code, refusal.message, 'status', details);
  }
  let completionEvidence = action.completionEvidence;
  if (to === 'completed') {
    const completion = input.completion;
    if (!completion || completionRefusal(completion) !== null) {
      throw new DomainError('completion_evidence_required', COMPLETION_NEEDED, 'completion');
    }
    completionEvidence = { note: completion.note.trim(), evidenceIds: [...new Set(completion.evidenceIds)] };
  }
  const note = input.note?.trim();
  return {
    ...action,
    status: to,
    completionEvidence,
    progressNotes: note ? [...action.progressNotes, { at, by: actor.personId, text: note }] : action.progressNotes,
    verifiedBy: to === 'verified' ? actor.personId : action.verifiedBy,
    verifiedAt: to === 'verified' ? at : action.verifiedAt,
    ...(to === 'completed' ? { completedAt: at } : {}),
    updatedAt: at,
  };
}

/** Why the action cannot move to `to` (before any completion evidence is asked for); null when it can. */
export function statusChangeRefusal(
  action: ActionItem,
  to: ActionStatus,
  actor: Pick<ActionActor, 'isLeadReviewer'>,
): {
  readonly code: 'illegal_action_transition' | 'immediate_concern_needs_verification';
  readonly message: string;
} | null {
  const allowed = TRANSITIONS[action.status];
  if (!allowed.includes(to)) {
    return {
      code: 'illegal_action_transition',
      message: `An action that is ${label(action.status)} cannot become ${label(to)}. ${
        allowed.length > 0
          ? `From ${label(action.status)} it can become: ${allowed.map(label).join(', ')}.`
          : 'It is closed.'
      }`,
    };
  }
  const concern = action.findingKind === 'immediate_concern';
  if (concern && (to === 'cancelled' || to === 'deferred')) {
    return {
      code: 'immediate_concern_needs_verification',
      message: `An action on an immediate concern cannot be ${label(to)}: it is closed only when the lead reviewer verifies that the concern has been dealt with. Complete it with evidence and ask the lead reviewer to verify it.`,
    };
  }
  if (concern && to === 'verified' && !actor.isLeadReviewer) {
    return {
      code: 'immediate_concern_needs_verification',
      message: 'Only the lead reviewer of this review can verify an action on an immediate concern.',
    };
  }
  return null;
}

/** Why the action's what, who and by when can no longer change; null while it is open to change. */
export function actionClosedBecause(action: Pick<ActionItem, 'status'>): string | null {
  return allowedActionStatuses(action.status).length === 0
    ? `This action is ${label(action.status)}: it no longer changes.`
    : null;
}

export function isOverdue(action: Pick<ActionItem, 'status' | 'dueDate'>, today: IsoDate): boolean {
  return OPEN_ACTION_STATUSES.includes(action.status) && action.dueDate < today;
}

/** How long the service has, by default, to act on a finding: weeks for a concern, months otherwise. */
export const DEFAULT_DAYS_TO_ACT: Readonly<Record<'area_for_improvement' | 'immediate_concern', number>> = {
  immediate_concern: 28,
  area_for_improvement: 182,
};

function label(status: ActionStatus): string {
  return status.replace(/_/g, ' ');
}
