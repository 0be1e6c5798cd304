import type { AssessmentState } from '../domain/assessment';
import type { CyclePhase } from '../domain/cycle';
import type { Person, RoleAssignment } from '../domain/network';
import { ACCESS_TABLE, type AccessRule, type Action } from './access-table';

/** The signed-in person and every role they hold. */
export interface Principal {
  readonly person: Person;
  readonly roles: readonly RoleAssignment[];
}

/** What the action is applied to. Empty = network-wide (e.g. listing frameworks). */
export interface Resource {
  readonly organisationId?: string;
  readonly serviceId?: string;
  readonly assessmentId?: string;
  /** The cycle phase today, for actions on one assessment. */
  readonly phase?: CyclePhase | 'not_open' | 'ended';
  /** For `returned_to_service`: the assessment's state. */
  readonly assessmentState?: AssessmentState;
  /** For `assigned_standard`: who the standard is assigned to. */
  readonly assigneeId?: string | null;
}

export class AccessDeniedError extends Error {
  constructor(
    readonly action: Action,
    message: string,
  ) {
    super(message);
    this.name = 'AccessDeniedError';
  }
}

const REVIEWER_ROLES: ReadonlySet<string> = new Set(['lead_reviewer', 'peer_reviewer', 'expert_by_experience']);

function inScope(assignment: RoleAssignment, resource: Resource): boolean {
  const scope = assignment.scope;
  switch (scope.kind) {
    case 'network':
      // A reviewer role held network-wide marks a trained reviewer in the pool: it reaches an assessment only
      // through the review-scoped role that building a review team gives.
      return !REVIEWER_ROLES.has(assignment.role);
    case 'organisation':
      return resource.organisationId === scope.organisationId;
    case 'service':
      return resource.serviceId === scope.serviceId;
    case 'review':
      return resource.assessmentId === scope.assessmentId;
  }
}

/** No organisation, service or assessment named: the action is asked of the network as a whole. */
/**
 * Actions that name people: asked network-wide (no resource), only a role held with network scope grants them;
 * everyone else asks within their organisation, service or assessment.
 */
export const SCOPED_ACTIONS: ReadonlySet<Action> = new Set<Action>(['people.read']);

function isNetworkWide(resource: Resource): boolean {
  return !resource.organisationId && !resource.serviceId && !resource.assessmentId;
}

function ruleHolds(rule: AccessRule, principal: Principal, resource: Resource): boolean {
  if (rule.phases !== 'every_phase') {
    if (!resource.phase || !(rule.phases as readonly string[]).includes(resource.phase)) return false;
  }
  for (const condition of rule.conditions ?? []) {
    if (condition === 'assigned_standard' && resource.assigneeId !== principal.person.id) return false;
    if (condition === 'returned_to_service' && resource.assessmentState !== 'returned') return false;
    if (condition === 'not_own_organisation') {
      if (!resource.organisationId || resource.organisationId === principal.person.organisationId) return false;
    }
  }
  return true;
}

/** Whether one of the principal's roles grants `action` on `resource`. */
export function isAllowed(principal: Principal, action: Action, resource: Resource = {}): boolean {
  return principal.roles.some((assignment) => {
    if (isNetworkWide(resource)) {
      // The whole directory of people is only for roles held across the network.
      if (SCOPED_ACTIONS.has(action) && assignment.scope.kind !== 'network') return false;
    } else if (!inScope(assignment, resource)) return false;
    return ACCESS_TABLE.some(
      (rule) => rule.role === assignment.role && rule.action === action && ruleHolds(rule, principal, resource),
    );
  });
}

const ACTION_PHRASES: Record<Action, string> = {
  'network.read': 'see the network',
  'network.manage': 'change organisations, services, people or roles',
  'people.read': 'see people and their roles',
  'framework.read': 'see frameworks',
  'framework.manage': 'import, edit or publish frameworks',
  'cycle.read': 'see cycles',
  'cycle.manage': 'create or change cycles',
  'assessment.read': 'see this assessment',
  'assessment.create': 'start an assessment here',
  'assessment.rate': 'change this rating',
  'assessment.assign': 'assign standards in this assessment',
  'assessment.submit': 'submit this assessment',
  'assessment.review': 'review this assessment',
  'assessment.close': 'close this assessment',
  'assessment.audit': "see this assessment's audit trail",
  'evidence.upload': 'add evidence to this assessment',
  'review.read': 'see the peer review of this assessment',
  'review.manage': 'build review teams or record conflicts of interest',
  'review.rate': 'rate standards or record findings in this review',
  'review.agree': 'record agreed ratings or agree this review',
  'conflict.declare': 'declare a conflict of interest',
  'report.read': 'see this report',
  'report.read_published': 'see published reports',
  'report.manage': 'generate reports or move them on',
  'report.check': 'check the facts of this report',
  'action.read': 'see this action plan',
  'action.manage': 'change this action plan',
  'action.verify': 'verify actions',
  'library.read': 'see the good-practice library',
  'library.publish': 'publish good practice to the library',
  'scores.read': 'see these scores',
  'benchmark.read': 'see network benchmarks',
  'benchmark.read_named': 'see named network results',
  'jobs.run': 'run background jobs such as reminders',
  'information.answer': 'answer what the review team asked or hand this assessment back',
  'visit.schedule': 'schedule the visit of this review in Teams',
  'claim.record': 'record time and expenses',
  'claim.manage': "approve, pay or export people's time and expenses",
  'library.propose': 'propose this finding for the good-practice library',
  'recognition.read': 'see the recognition decision of this assessment',
  'recognition.decide': 'record recognition decisions or the outcome of an appeal',
  'recognition.appeal': 'appeal the recognition decision',
  'impact.read': 'see how this service changed over the cycles',
  'questionnaire.run': "open or close this service's questionnaires or type in paper answers",
  'questionnaire.results': "see this service's questionnaire results",
  'questionnaire.comments': "read or hide the comments in this service's questionnaires",
  'questionnaire.answer': "answer this service's staff questionnaire",
};

const EXPLANATIONS: Partial<Record<Action, string>> = {
  'assessment.rate':
    'Ratings can be changed by the service lead, the organisational lead, or the contributor a standard is assigned to, during the self-assessment window.',
  'assessment.review': 'Only the lead reviewer of this assessment can do this, during the peer review window.',
  'review.agree': 'Only the lead reviewer of this assessment can do this, during the peer review window.',
  'review.rate':
    "Only the members of this assessment's review team can do this, during the peer review window, and never for their own organisation.",
  'review.read':
    'The review team sees the review during the peer review window; the service and organisation leads from the reporting phase on.',
  'report.read':
    'Draft reports are seen by the service and its organisation only; published reports by the whole network.',
  'action.verify': 'Actions are verified by the lead reviewer of the review (or a network admin).',
  'information.answer':
    'The service lead or the organisational lead answers what the review team asked, while the assessment is with the service.',
  'visit.schedule':
    'The lead reviewer of this assessment (or a network admin) schedules the visit, during the peer review window.',
  'library.publish':
    "Only the service's lead or its organisational lead (or a network admin) agrees to share, or withdraws, its good practice.",
  'library.propose':
    'The review team proposes good practice during the review (the lead reviewer also afterwards), as do the service and organisation leads.',
  'recognition.decide':
    "Recognition is decided by the network's recognition panel, never by a member of the organisation assessed.",
  'recognition.appeal': "The service lead or the organisational lead appeals the panel's decision.",
  'assessment.read':
    'You can see assessments of your own service or organisation, or the ones you are assigned to review during the review window.',
  'questionnaire.run':
    "The service lead or the organisational lead (or a network admin) runs the service's questionnaires.",
  'questionnaire.results':
    "Questionnaire results are seen by the service's leads, its review team during the review, and network admins.",
  'questionnaire.answer':
    "A staff questionnaire is answered by the service's own staff: the people the service lists in the network.",
  'impact.read':
    "A service's change over time is seen by its own leads and members, its organisation's leads and network admins.",
};

/** Why the policy refuses `action`, as the person reads it: what they asked for and who may do it. */
export function refusalReason(action: Action): string {
  const why = EXPLANATIONS[action] ?? 'Your roles in the network do not include this.';
  return `You are not allowed to ${ACTION_PHRASES[action]}. ${why}`;
}

export function authorize(principal: Principal, action: Action, resource: Resource = {}): void {
  if (isAllowed(principal, action, resource)) return;
  throw new AccessDeniedError(action, refusalReason(action));
}
