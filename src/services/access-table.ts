import type { CyclePhase } from '../domain/cycle';
import type { Role } from '../domain/network';

/** Everything a route can ask to do. Each API route and bot action names exactly one. */
export const ACTIONS = [
  'network.read',
  'network.manage',
  'people.read',
  'framework.read',
  'framework.manage',
  'cycle.read',
  'cycle.manage',
  'assessment.read',
  'assessment.create',
  'assessment.rate',
  'assessment.assign',
  'assessment.submit',
  'assessment.review',
  'assessment.close',
  'assessment.audit',
  'evidence.upload',
  'scores.read',
  'benchmark.read',
  'benchmark.read_named',
  'review.read',
  'review.manage',
  'review.rate',
  'review.agree',
  'conflict.declare',
  'report.read',
  'report.read_published',
  'report.manage',
  'report.check',
  'action.read',
  'action.manage',
  'action.verify',
  'library.read',
  'library.publish',
  /** Run a background job now (reminders); granted to network admins only (they hold every action). */
  'jobs.run',
  /** Answer what the review team asked when it returned the assessment, and hand it back. */
  'information.answer',
  /** Put the visit in Teams (a meeting in the caller's calendar) or set its join link: the lead reviewer. */
  'visit.schedule',
  /** Record and see one's own time and expenses (experts by experience, paid for their time). */
  'claim.record',
  /** See everyone's claims, approve them, mark them paid and export them for finance. */
  'claim.manage',
  /** Put a good-practice finding forward for the library; the service still has to agree before it is published. */
  'library.propose',
  /** See the recognition proposal, the panel's decision, its certificate and appeals. */
  'recognition.read',
  /** Record the recognition decision and the outcome of an appeal: the network's recognition panel. */
  'recognition.decide',
  /** Appeal the panel's decision, within the network's appeal window: the service's leads. */
  'recognition.appeal',
  /** See a service's ratings across cycles and the actions completed between them (impact over time). */
  'impact.read',
  /** Open a questionnaire for the service in a cycle, close it early, type in paper answers. */
  'questionnaire.run',
  /** See a service's questionnaire runs: the count, then the results once the minimum is reached. */
  'questionnaire.results',
  /** Read the free-text answers of a service's questionnaires, and hide one that names someone. */
  'questionnaire.comments',
  /** Answer a staff questionnaire of one's own service (in Teams chat or the tab), once; the answer is anonymous. */
  'questionnaire.answer',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * Extra conditions a rule carries:
 * - `assigned_standard`: only for what is assigned to the person (a standard to rate, an action they own);
 * - `not_own_organisation`: never the person's own organisation (peer reviewers);
 * - `returned_to_service`: only while the assessment is returned to its service for more information.
 */
export type Condition = 'assigned_standard' | 'not_own_organisation' | 'returned_to_service';

export type PhaseRule = 'every_phase' | readonly CyclePhase[];

export interface AccessRule {
  readonly role: Role;
  readonly action: Action;
  readonly phases: PhaseRule;
  readonly conditions?: readonly Condition[];
}

const SELF: readonly CyclePhase[] = ['self_assessment'];
const REVIEW: readonly CyclePhase[] = ['peer_review'];
const AFTER_REVIEW: readonly CyclePhase[] = ['reporting', 'action_planning'];
const ALL_READ: readonly Action[] = [
  'network.read',
  'framework.read',
  'cycle.read',
  'assessment.read',
  'scores.read',
  'benchmark.read',
];

function rules(role: Role, actions: readonly Action[], phases: PhaseRule = 'every_phase', conditions?: Condition[]) {
  return actions.map((action): AccessRule => ({ role, action, phases, ...(conditions ? { conditions } : {}) }));
}

/** The roles of the people a service lists as its own staff: who is sent its staff questionnaires and answers them. */
export const SERVICE_STAFF_ROLES = ['service_lead', 'contributor', 'viewer'] as const satisfies readonly Role[];

/**
 * THE access table: role x action x cycle phase (+ conditions). The scope comes from the role assignment: a
 * rule applies only to resources inside the scope the role was given (network, organisation, service, or one
 * assessment under review). Anything not granted here is refused.
 */
export const ACCESS_TABLE: readonly AccessRule[] = [
  ...rules('network_admin', ACTIONS),

  ...rules('organisational_lead', [
    ...ALL_READ,
    'people.read',
    'assessment.create',
    'assessment.assign',
    'assessment.audit',
  ]),
  ...rules('organisational_lead', ['assessment.rate', 'assessment.submit', 'evidence.upload'], SELF),

  ...rules('service_lead', [...ALL_READ, 'people.read', 'assessment.assign', 'assessment.audit']),
  ...rules('service_lead', ['assessment.rate', 'assessment.submit', 'evidence.upload'], SELF),

  ...rules('contributor', ALL_READ),
  ...rules('contributor', ['assessment.rate'], SELF, ['assigned_standard']),
  // Evidence is collected once and linked to many standards, so contributors may add files for the service.
  ...rules('contributor', ['evidence.upload'], SELF),

  // Frameworks and cycles are the network's shared reference: every role may read them, in any phase.
  ...rules('lead_reviewer', ['framework.read', 'cycle.read']),
  ...rules('peer_reviewer', ['framework.read', 'cycle.read']),
  ...rules('expert_by_experience', ['framework.read', 'cycle.read']),
  ...rules('lead_reviewer', ['assessment.read', 'scores.read'], REVIEW, ['not_own_organisation']),
  ...rules('lead_reviewer', ['assessment.review'], REVIEW, ['not_own_organisation']),
  ...rules('peer_reviewer', ['assessment.read', 'scores.read'], REVIEW, ['not_own_organisation']),
  ...rules('expert_by_experience', ['assessment.read', 'scores.read'], REVIEW, ['not_own_organisation']),

  ...rules('viewer', ALL_READ),

  // Peer review (issue 7). Reviewers reach the review of the assessments they are on, during the review window
  // only, never their own organisation's; services see the review once reporting starts.
  ...rules('lead_reviewer', ['review.read', 'review.rate', 'review.agree'], REVIEW, ['not_own_organisation']),
  ...rules('peer_reviewer', ['review.read', 'review.rate'], REVIEW, ['not_own_organisation']),
  ...rules('expert_by_experience', ['review.read', 'review.rate'], REVIEW, ['not_own_organisation']),
  ...rules('lead_reviewer', ['conflict.declare']),
  ...rules('peer_reviewer', ['conflict.declare']),
  ...rules('expert_by_experience', ['conflict.declare']),
  ...rules('organisational_lead', ['review.read'], AFTER_REVIEW),
  ...rules('service_lead', ['review.read'], AFTER_REVIEW),
  // Returned for information: the service's leads answer what the team asked and hand it back, in the review
  // window too (the team returns it then); the assessment's state decides whether there is anything to answer.
  ...rules('organisational_lead', ['information.answer'], [...SELF, ...REVIEW]),
  ...rules('service_lead', ['information.answer'], [...SELF, ...REVIEW]),
  // Answering may mean changing a rating or adding evidence: the leads may, in the review window, while returned.
  ...rules('organisational_lead', ['assessment.rate', 'evidence.upload'], REVIEW, ['returned_to_service']),
  ...rules('service_lead', ['assessment.rate', 'evidence.upload'], REVIEW, ['returned_to_service']),
  // Reports: drafts stay with the service; published reports are the network's.
  ...rules('organisational_lead', ['report.read', 'report.check', 'action.read', 'action.manage', 'library.publish']),
  ...rules('service_lead', ['report.read', 'report.check', 'action.read', 'action.manage', 'library.publish']),
  ...rules('contributor', ['report.read', 'action.read']),
  ...rules('contributor', ['action.manage'], 'every_phase', ['assigned_standard']),
  ...rules('viewer', ['report.read', 'action.read']),
  // The lead reviewer verifies actions (immediate concerns must be): from the review until action planning ends.
  ...rules('lead_reviewer', ['action.read', 'action.verify'], [...REVIEW, ...AFTER_REVIEW], ['not_own_organisation']),
  ...(
    [
      'organisational_lead',
      'service_lead',
      'contributor',
      'viewer',
      'lead_reviewer',
      'peer_reviewer',
      'expert_by_experience',
    ] as const
  ).flatMap((role) => rules(role, ['report.read_published', 'library.read'])),
  // The visit day (issue 13): the lead reviewer schedules the visit in Teams, during the review window.
  ...rules('lead_reviewer', ['visit.schedule'], REVIEW, ['not_own_organisation']),
  // Time and expenses: experts by experience (in the pool or on a team) claim their own; network admins hold all.
  ...rules('expert_by_experience', ['claim.record']),
  // The report (issue 14): the lead reviewer writes it with the network, takes it through the service's
  // factual-accuracy check, and publishes it, from the review until action planning ends.
  ...rules('lead_reviewer', ['report.read', 'report.manage'], [...REVIEW, ...AFTER_REVIEW], ['not_own_organisation']),
  // The good-practice library: the review team puts good practice forward (the lead reviewer also once the review
  // is agreed, from the agreement page); the service's leads may put their own forward. Publishing is the
  // service's agreement (library.publish).
  ...rules('lead_reviewer', ['library.propose'], [...REVIEW, ...AFTER_REVIEW], ['not_own_organisation']),
  ...rules('peer_reviewer', ['library.propose'], REVIEW, ['not_own_organisation']),
  ...rules('expert_by_experience', ['library.propose'], REVIEW, ['not_own_organisation']),
  ...rules('organisational_lead', ['library.propose']),
  ...rules('service_lead', ['library.propose']),
  // The recognition decision (issue 14): the panel decides (never on its own organisation), the service's leads
  // may appeal, and everyone who reads the service's results reads the decision a board can cite.
  ...rules('recognition_panel', [...ALL_READ, 'report.read', 'recognition.read']),
  ...rules('recognition_panel', ['recognition.decide'], 'every_phase', ['not_own_organisation']),
  ...(['organisational_lead', 'service_lead', 'contributor', 'viewer'] as const).flatMap((role) =>
    rules(role, ['recognition.read']),
  ),
  ...rules('organisational_lead', ['recognition.appeal']),
  ...rules('service_lead', ['recognition.appeal']),
  // Impact over time: a service's own leads and members and its organisation's leads; the network's impact is read
  // with network benchmarks (benchmark.read), named only for network admins (benchmark.read_named).
  ...rules('organisational_lead', ['impact.read']),
  ...rules('service_lead', ['impact.read']),
  ...rules('contributor', ['impact.read']),
  // Questionnaires (issue 17): the service's leads run them and read the results and free text; the review team
  // reads them as evidence during the review, never for its own organisation; network admins hold every action.
  ...rules('organisational_lead', ['questionnaire.run', 'questionnaire.results', 'questionnaire.comments']),
  ...rules('service_lead', ['questionnaire.run', 'questionnaire.results', 'questionnaire.comments']),
  ...(['lead_reviewer', 'peer_reviewer', 'expert_by_experience'] as const).flatMap((role) =>
    rules(role, ['questionnaire.results', 'questionnaire.comments'], REVIEW, ['not_own_organisation']),
  ),
  // The service's staff answer its staff questionnaires: the people it lists (its lead, contributors, viewers).
  ...SERVICE_STAFF_ROLES.flatMap((role) => rules(role, ['questionnaire.answer'])),
];
