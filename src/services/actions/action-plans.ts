import {
  ACTION_STATUSES,
  actionClosedBecause,
  actionPlanNotOpenBecause,
  allowedActionStatuses,
  statusChangeRefusal,
  changeActionStatus,
  isOverdue,
  newAction,
  validateActionFields,
  type ActionItem,
  type ActionStatus,
  type CompletionEvidence,
} from '../../domain/action-plan';
import { DomainError } from '../../domain/errors';
import type { Finding } from '../../domain/review';
import { authorize, type Principal, type Resource } from '../access-policy';
import { putOne, today, type Ports } from '../context';
import { NotFoundError } from '../errors';
import { permission, type Permission, type Permissions } from '../permission';
import { loadReview, type LoadedReview } from '../review/review-context';
import { loadFramework } from '../network/frameworks';

export interface ActionView extends ActionItem {
  readonly overdue: boolean;
  readonly ownerName: string;
  /** Statuses this person may move the action to now (those `allowedStatuses` allows, in life-cycle order). */
  readonly nextStatuses: readonly ActionStatus[];
  /** Per status: whether this person may move the action to it now, and why not. */
  readonly allowedStatuses: Permissions<ActionStatus>;
  /** Whether this person may change what, who and by when, and why not. */
  readonly allowed: Permissions<'edit'>;
}

export interface ActionPlan {
  readonly assessmentId: string;
  readonly actions: readonly ActionView[];
  /** Areas for improvement and immediate concerns that no action answers yet. */
  readonly findingsWithoutAction: readonly Finding[];
  readonly overdueCount: number;
  /** The framework's themes, so the plan can be read theme by theme (an action's standard code starts with its theme's). */
  readonly themes: readonly { readonly code: string; readonly title: string }[];
  /** Whether this person may add actions to the plan now, and why not. */
  readonly allowed: Permissions<'create'>;
}

/** A contributor may work on the actions they own (the access table's `assigned_standard` condition). */
function actionResource(review: LoadedReview, action?: ActionItem): Resource {
  return { ...review.resource, ...(action ? { assigneeId: action.ownerId } : {}) };
}

/** What the person may do with one action: the access policy for them, then the action's life-cycle rules. */
function actionPermissions(
  principal: Principal,
  review: LoadedReview,
  action: ActionItem,
): Pick<ActionView, 'nextStatuses' | 'allowedStatuses' | 'allowed'> {
  const resource = actionResource(review, action);
  const actor = { isLeadReviewer: review.memberRole === 'lead_reviewer' };
  const allowedStatuses = Object.fromEntries(
    ACTION_STATUSES.map((to) => [
      to,
      permission(
        principal,
        to === 'verified' ? 'action.verify' : 'action.manage',
        resource,
        statusChangeRefusal(action, to, actor)?.message ?? null,
      ),
    ]),
  ) as Record<ActionStatus, Permission>;
  return {
    nextStatuses: allowedActionStatuses(action.status).filter((to) => allowedStatuses[to].allowed),
    allowedStatuses,
    allowed: { edit: permission(principal, 'action.manage', resource, actionClosedBecause(action)) },
  };
}

export async function getActionPlan(ports: Ports, principal: Principal, assessmentId: string): Promise<ActionPlan> {
  const review = await loadReview(ports, principal, assessmentId);
  authorize(principal, 'action.read', review.resource);
  const [actions, findings, framework] = await Promise.all([
    ports.store.query('action', { assessmentId }),
    ports.store.query('finding', { assessmentId }),
    loadFramework(ports, review.assessment.frameworkVersionId),
  ]);
  const owners = new Map(
    (await ports.store.getMany('person', [...new Set(actions.map((a) => a.ownerId))])).map((p) => [
      p.id,
      p.displayName,
    ]),
  );
  const todayIso = today(ports);
  const answered = new Set(actions.map((a) => a.findingId));
  const views = actions
    .map((a) => ({
      ...a,
      overdue: isOverdue(a, todayIso),
      ownerName: owners.get(a.ownerId) ?? a.ownerId,
      ...actionPermissions(principal, review, a),
    }))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title));
  return {
    assessmentId,
    actions: views,
    findingsWithoutAction: findings.filter((f) => f.kind !== 'good_practice' && !answered.has(f.id)),
    overdueCount: views.filter((v) => v.overdue).length,
    themes: framework.themes.map((t) => ({ code: t.code, title: t.title })),
    allowed: {
      create: permission(
        principal,
        'action.manage',
        review.resource,
        actionPlanNotOpenBecause(review.assessment.state),
      ),
    },
  };
}

export interface ActionInput {
  readonly findingId?: string | null;
  readonly title: string;
  readonly description: string;
  readonly ownerId: string | null;
  readonly dueDate: string | null;
}

async function checkOwner(ports: Ports, ownerId: string): Promise<void> {
  if (!(await ports.store.get('person', ownerId))) {
    throw new DomainError(
      'unknown_person',
      `No person with id "${ownerId}" in the network to own this action.`,
      'ownerId',
    );
  }
}

/** Adds an action to the plan of an agreed assessment; it must have an owner and a due date. */
export async function createAction(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  input: ActionInput,
): Promise<ActionItem> {
  const review = await loadReview(ports, principal, assessmentId);
  authorize(principal, 'action.manage', review.resource);
  validateActionFields(input);
  const { assessment } = review;
  const notOpen = actionPlanNotOpenBecause(assessment.state);
  if (notOpen) throw new DomainError('review_not_agreed', notOpen, 'state');
  await checkOwner(ports, input.ownerId as string);
  let finding: Finding | undefined;
  if (input.findingId) {
    finding = await ports.store.get('finding', input.findingId);
    if (!finding || finding.assessmentId !== assessmentId || finding.kind === 'good_practice') {
      throw new DomainError(
        'unknown_finding',
        'Actions answer an area for improvement or an immediate concern of this assessment; that finding is neither.',
        'findingId',
      );
    }
  }
  const now = ports.clock.now().toISOString();
  const action = newAction(
    assessment,
    {
      id: ports.ids.newId(),
      findingId: finding?.id ?? null,
      findingKind: finding ? finding.kind : null,
      standardCode: finding?.standardCode ?? null,
      title: input.title.trim(),
      description: input.description.trim(),
      ownerId: input.ownerId as string,
      dueDate: input.dueDate as string,
    },
    now,
  );
  return putOne(ports, principal, 'action', action, 0);
}

/** The action, after checking `permission`: a missing one is a 404 only for those who may act on the plan. */
export async function loadAction(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  actionId: string,
  permission: 'action.manage' | 'action.verify',
) {
  const review = await loadReview(ports, principal, assessmentId);
  const action = await ports.store.get('action', actionId);
  if (!action || action.assessmentId !== assessmentId) {
    authorize(principal, permission, review.resource);
    throw new NotFoundError('action', actionId);
  }
  authorize(principal, permission, actionResource(review, action));
  return { review, action };
}

/** Changes what, who and by when; closed actions (verified, cancelled) are part of the record. */
export async function updateAction(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  actionId: string,
  input: Omit<ActionInput, 'findingId'> & { version: number },
): Promise<ActionItem> {
  const { action } = await loadAction(ports, principal, assessmentId, actionId, 'action.manage');
  validateActionFields(input);
  const closed = actionClosedBecause(action);
  if (closed) throw new DomainError('action_closed', closed, 'status');
  await checkOwner(ports, input.ownerId as string);
  const updated: ActionItem = {
    ...action,
    title: input.title.trim(),
    description: input.description.trim(),
    ownerId: input.ownerId as string,
    dueDate: input.dueDate as string,
    updatedAt: ports.clock.now().toISOString(),
  };
  return putOne(ports, principal, 'action', updated, input.version);
}

/** Moves an action on (with an optional progress note); verification is the lead reviewer's (or an admin's). */
export async function changeActionState(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  actionId: string,
  input: { status: ActionStatus; note?: string; completion?: CompletionEvidence; version: number },
): Promise<ActionItem> {
  const permission = input.status === 'verified' ? 'action.verify' : 'action.manage';
  const { review, action } = await loadAction(ports, principal, assessmentId, actionId, permission);
  const completion = input.completion;
  if (completion && completion.evidenceIds.length > 0) {
    const found = await ports.store.getMany('evidence', completion.evidenceIds);
    const ok = new Set(found.filter((e) => e.assessmentId === assessmentId).map((e) => e.id));
    const missing = completion.evidenceIds.filter((id) => !ok.has(id));
    if (missing.length > 0) {
      throw new DomainError(
        'unknown_evidence',
        `These evidence files are not attached to this assessment: ${missing.join(', ')}.`,
        'completion.evidenceIds',
      );
    }
  }
  const changed = changeActionStatus(
    action,
    input.status,
    { personId: principal.person.id, isLeadReviewer: review.memberRole === 'lead_reviewer' },
    { ...(input.note !== undefined ? { note: input.note } : {}), ...(completion ? { completion } : {}) },
    ports.clock.now().toISOString(),
  );
  return putOne(ports, principal, 'action', changed, input.version);
}

/** A progress note without a change of status. */
export async function addProgressNote(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  actionId: string,
  input: { text: string; version: number },
): Promise<ActionItem> {
  const { action } = await loadAction(ports, principal, assessmentId, actionId, 'action.manage');
  if (input.text.trim() === '') throw new DomainError('note_required', 'Write the progress note first.', 'text');
  const now = ports.clock.now().toISOString();
  const updated: ActionItem = {
    ...action,
    progressNotes: [...action.progressNotes, { at: now, by: principal.person.id, text: input.text.trim() }],
    updatedAt: now,
  };
  return putOne(ports, principal, 'action', updated, input.version);
}
