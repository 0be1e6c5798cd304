import type { RecognitionOutcome } from './recognition-decision';
import type { ActionStatus } from './action-plan';
import type { AssessmentState, Rating } from './assessment';
import type { CyclePhase } from './cycle';
import type { StandardType } from './framework';
import type { Profession, Role } from './network';
import type { ReportAction, ReportState } from './report';
import type { FindingKind, ReviewerRole, VisitFormat } from './review';
import type { RatingChange } from './rating-change';
import type { Audience } from './questionnaires/questionnaire';

/**
 * The one table of words people read for the network's values: the tab, the bot's cards and the reports all
 * use it, so a rating reads the same in Teams chat, on the page and in the filed report. The wording is
 * developmental (DOMAIN.md): "Not met", never "failed". Pure values only, so the tab can bundle this file.
 */

export const RATING_LABELS: Readonly<Record<Rating, string>> = {
  met: 'Met',
  partly_met: 'Partly met',
  not_met: 'Not met',
  not_applicable: 'Not applicable',
};

/** Narrow table columns in reports use the abbreviation; everywhere else says it in full. */
export const RATING_SHORT_LABELS: Readonly<Record<Rating, string>> = { ...RATING_LABELS, not_applicable: 'N/A' };

export const NOT_RATED_LABEL = 'Not rated';

export const ASSESSMENT_STATE_LABELS: Readonly<Record<AssessmentState, string>> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  submitted: 'Submitted',
  under_review: 'In peer review',
  returned: 'Returned for more detail',
  agreed: 'Agreed',
  closed: 'Closed',
};

export const CYCLE_PHASE_LABELS: Readonly<Record<CyclePhase, string>> = {
  self_assessment: 'Self-assessment',
  peer_review: 'Peer review',
  reporting: 'Reporting',
  action_planning: 'Action planning',
};

export const STANDARD_TYPE_LABELS: Readonly<Record<StandardType, string>> = {
  essential: 'Essential',
  expected: 'Expected',
  desirable: 'Desirable',
};

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  network_admin: 'Network admin',
  organisational_lead: 'Organisational lead',
  service_lead: 'Service lead',
  contributor: 'Contributor',
  peer_reviewer: 'Peer reviewer',
  lead_reviewer: 'Lead reviewer',
  expert_by_experience: 'Expert by experience',
  viewer: 'Viewer',
  recognition_panel: 'Recognition panel',
};

/** A reviewer's role inside a sentence ("sits as a lead reviewer"): the same words, lower case. */
export function reviewerRoleInSentence(role: ReviewerRole): string {
  return ROLE_LABELS[role].toLowerCase();
}

export const FINDING_LABELS: Readonly<Record<FindingKind, string>> = {
  good_practice: 'Good practice',
  area_for_improvement: 'Area for improvement',
  immediate_concern: 'Immediate concern',
};

export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  in_progress: 'In progress',
  completed: 'Completed',
  verified: 'Verified',
  deferred: 'Deferred',
  cancelled: 'Cancelled',
};

export const REPORT_STATE_LABELS: Readonly<Record<ReportState, string>> = {
  draft: 'Draft',
  factual_accuracy_check: 'Factual-accuracy check',
  final: 'Final',
  published: 'Published',
};

export const VISIT_FORMAT_LABELS: Readonly<Record<VisitFormat, string>> = {
  in_person: 'In person',
  online: 'Online (in Teams)',
};

export const PROFESSION_LABELS: Readonly<Record<Profession, string>> = {
  mental_health: 'Mental health',
  physical_health: 'Physical health',
  lived_experience: 'Lived experience',
  management: 'Management',
  other: 'Other',
};

/** The steps of a report's life, as the buttons that take them say. */
export const REPORT_ACTION_LABELS: Readonly<Record<ReportAction, string>> = {
  send_for_check: 'Send to the service for the factual-accuracy check',
  request_corrections: 'Send back for corrections',
  finalise: 'Finalise the report',
  publish: 'Publish',
  withdraw: 'Withdraw the published report',
};

/** What happened to a report, as its record lists it. */
export const REPORT_EVENT_LABELS: Readonly<Record<ReportAction | 'generate', string>> = {
  generate: 'Report generated',
  send_for_check: 'Sent to the service for the factual-accuracy check',
  request_corrections: 'Sent back for corrections',
  finalise: 'Report finalised',
  publish: 'Published',
  withdraw: 'Published report withdrawn',
};

export const RECOGNITION_OUTCOME_LABELS: Readonly<Record<RecognitionOutcome, string>> = {
  recognised: 'Recognised',
  deferred: 'Deferred',
  not_recognised: 'Not recognised',
};

/** What happened to a rating or a theme's score from one cycle to the next (impact over time). */
export const RATING_CHANGE_LABELS: Readonly<Record<RatingChange, string>> = {
  improved: 'Improved',
  worsened: 'Went down',
  unchanged: 'No change',
  new: 'New',
  no_longer_applicable: 'No longer applicable',
};

/**
 * The personal app's pages by name: the host's tabs (appPackage/manifest.json staticTabs, pinned by a test), the
 * tab's navigation and headings, and the documentation all call them this.
 */
export const PAGE_NAMES = { myWork: 'My work', dashboard: 'Dashboard' } as const;

/** Who a questionnaire asks (issue 17): the tab, the report and the results all say it this way. */
export const AUDIENCE_LABELS: Readonly<Record<Audience, string>> = {
  staff: 'Staff',
  patients: 'Patients',
  carers: 'Carers',
};
