import type { ActionStatus } from '../../domain/action-plan';
import type { AssessmentState } from '../../domain/assessment';
import type { IsoDate } from '../../domain/ids';
import type { VisitDetails } from '../../domain/visit-details';

/**
 * What a reminder says, as data. The engine decides it; the bot turns it into a card. Kept free of any card or
 * Teams notion so the same content could be mailed or shown in the tab.
 */

export interface StandardToRate {
  readonly assessmentId: string;
  readonly standardCode: string;
  readonly title: string;
  readonly themeCode: string;
  /** True when it is assigned to this person; false for a lead's unassigned standards. */
  readonly assignedToMe: boolean;
}

export interface ThemeProgress {
  readonly themeCode: string;
  readonly title: string;
  readonly rated: number;
  readonly total: number;
  readonly percent: number;
}

/** One assessment the person has self-assessment work in. */
export interface AssessmentWork {
  readonly assessmentId: string;
  readonly cycleId: string;
  readonly cycleName: string;
  readonly subjectName: string;
  readonly organisationName: string;
  readonly role: 'lead' | 'contributor';
  readonly state: AssessmentState;
  /** Last day of the self-assessment window. */
  readonly deadline: IsoDate;
  readonly daysLeft: number;
  readonly themes: readonly ThemeProgress[];
  readonly rated: number;
  readonly total: number;
  /** What this person should rate, in framework order; reminders keep only the first few (see toRateCount). */
  readonly toRate: readonly StandardToRate[];
  readonly toRateCount: number;
  /** A lead whose assessment is fully rated but not yet submitted. */
  readonly readyToSubmit: boolean;
}

export type ReviewRole = 'lead_reviewer' | 'peer_reviewer' | 'expert_by_experience';

export interface ReviewToComplete {
  readonly assessmentId: string;
  readonly subjectName: string;
  readonly organisationName: string;
  readonly cycleName: string;
  readonly role: ReviewRole;
  readonly state: AssessmentState;
  readonly windowEnd: IsoDate;
  readonly daysLeft: number;
  /** The first standard (framework order) this reviewer has still to rate once the review is under way. */
  readonly firstToRate?: string;
}

/** An improvement action with an owner and a due date (from the action plan). */
export interface ActionDue {
  readonly actionId: string;
  readonly title: string;
  readonly assessmentId: string;
  readonly subjectName: string;
  readonly dueDate: IsoDate;
  /** Negative when overdue. */
  readonly daysLeft: number;
  readonly status: ActionStatus;
}

export interface DigestContent {
  readonly kind: 'digest';
  readonly personName: string;
  readonly period: string;
  /** Set on the 14/7/2-day deadline reminders: the nearest submission deadline. */
  readonly deadline: { readonly date: IsoDate; readonly daysLeft: number } | null;
  readonly work: readonly AssessmentWork[];
}

export interface ReviewContent {
  readonly kind: 'review';
  readonly personName: string;
  readonly period: string;
  readonly reviews: readonly ReviewToComplete[];
}

export interface ActionContent {
  readonly kind: 'action';
  readonly personName: string;
  readonly period: string;
  readonly actions: readonly ActionDue[];
}

/** Tells a lead that a contributor says a standard assigned to them is not theirs. */
export interface NotMineContent {
  readonly kind: 'not_mine';
  readonly leadName: string;
  readonly fromName: string;
  readonly assessmentId: string;
  readonly subjectName: string;
  readonly standardCode: string;
  readonly standardTitle: string;
}

/** A new good-practice library entry, announced once in each Teams channel where the app is installed. */
export interface LibraryContent {
  readonly kind: 'library';
  readonly entryId: string;
  readonly title: string;
  readonly whatTheyDo: string;
  readonly subjectName: string;
  readonly organisationName: string;
  readonly standardCode: string;
  readonly standardTitle: string;
  readonly themeTitle: string;
  readonly contactName: string;
  readonly contactEmail: string | null;
}

/** The recipient's part in a review visit: a member of the team, or the lead of the service (or organisation) visited. */
export type VisitRole = ReviewRole | 'service_lead' | 'organisational_lead';

/**
 * A review team was saved: each member, and the lead of the service visited, hears who is on it and when and how
 * the visit happens. Sent again only when the visit changes (its details are part of the dedupe key).
 */
export interface ReviewTeamContent {
  readonly kind: 'review_team';
  readonly personName: string;
  readonly role: VisitRole;
  readonly assessmentId: string;
  readonly subjectName: string;
  readonly organisationName: string;
  readonly cycleName: string;
  readonly visit: VisitDetails;
  /** The team, lead reviewer first; cards list a few and say how many more. */
  readonly team: readonly { readonly name: string; readonly role: ReviewRole }[];
}

/**
 * A staff questionnaire the service asks its staff to answer (anonymously), sent once when it opens and once more
 * as a reminder before it closes to those who have not answered.
 */
export interface StaffQuestionnaireContent {
  readonly kind: 'staff_questionnaire';
  readonly personName: string;
  readonly runId: string;
  readonly title: string;
  readonly serviceName: string;
  readonly closesAt: string;
  readonly reminder: boolean;
  /** Sent to a member of the service's channel the network has no record of: they cannot sign in to the tab. */
  readonly chatOnly?: boolean;
}

export type ReminderContent =
  | DigestContent
  | ReviewContent
  | ActionContent
  | NotMineContent
  | LibraryContent
  | ReviewTeamContent
  | StaffQuestionnaireContent;

export const CONTENT_KINDS: readonly ReminderContent['kind'][] = [
  'digest',
  'review',
  'action',
  'not_mine',
  'library',
  'review_team',
  'staff_questionnaire',
];
