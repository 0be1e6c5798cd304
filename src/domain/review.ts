import type { Rating } from './assessment';
import type { IsoDate, IsoDateTime, Versioned } from './ids';

/** The roles a person can hold on a review team; the same names as their RoleAssignment roles. */
export const REVIEWER_ROLES = ['lead_reviewer', 'peer_reviewer', 'expert_by_experience'] as const;
export type ReviewerRole = (typeof REVIEWER_ROLES)[number];

export function isReviewerRole(role: string): role is ReviewerRole {
  return (REVIEWER_ROLES as readonly string[]).includes(role);
}

export const VISIT_FORMATS = ['in_person', 'online'] as const;
export type VisitFormat = (typeof VISIT_FORMATS)[number];

export interface ReviewVisit {
  readonly date: IsoDate;
  readonly format: VisitFormat;
  /** When the visit starts, "HH:mm" on the visit date in Europe/London; absent on teams saved before it was asked (09:30 is assumed). */
  readonly startTime?: string;
}

/** A visit's start time: 24-hour "HH:mm" (e.g. "09:30"), read as Europe/London time. */
export const VISIT_START_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface ReviewTeamMember {
  readonly personId: string;
  readonly role: ReviewerRole;
}

/** The service's answer to one thing the team asked; evidence is added to the standard the usual way. */
export interface InformationAnswer {
  readonly text: string;
  readonly by: string;
  readonly at: IsoDateTime;
}

/** One thing the team asks for, optionally about one standard, with the service's answer once given. */
export interface InformationRequestItem {
  /** `<request number>-<item number>`, both from 1: requests and their items are only ever appended. */
  readonly id: string;
  readonly text: string;
  readonly standardCode: string | null;
  readonly answer: InformationAnswer | null;
}

/**
 * What the team asked for when it returned the assessment for more information. Records written before requests
 * had items carry the message only: `informationRequestItems` reads them as one item.
 */
export interface InformationRequest {
  readonly at: IsoDateTime;
  readonly by: string;
  /** An introduction to the items (or, in older records, the whole request). */
  readonly message: string;
  readonly items?: readonly InformationRequestItem[];
}

/**
 * The review team of one assessment (at most one, id `team:<assessmentId>`). It is the source of truth for who
 * reviews: saving it creates and removes the members' review-scoped role assignments, which is what the access
 * policy reads.
 */
export interface ReviewTeam extends Versioned {
  readonly assessmentId: string;
  readonly cycleId: string;
  /** The assessed organisation, kept here so the "not your own organisation" rule reads no other record. */
  readonly organisationId: string;
  readonly members: readonly ReviewTeamMember[];
  readonly visit: ReviewVisit;
  /** The review's Teams meeting, once one is set up. */
  readonly meeting?: { readonly joinUrl: string };
  readonly informationRequests: readonly InformationRequest[];
  readonly updatedBy: string;
  readonly updatedAt: IsoDateTime;
}

export function reviewTeamId(assessmentId: string): string {
  return `team:${assessmentId}`;
}

/**
 * A reviewer's declared conflict of interest with an organisation, or with one of its services (serviceId set).
 * A conflict with the organisation covers all its services.
 */
export interface ConflictDeclaration extends Versioned {
  readonly personId: string;
  readonly organisationId: string;
  readonly serviceId: string | null;
  readonly reason: string;
  readonly declaredBy: string;
  readonly declaredAt: IsoDateTime;
}

/** One reviewer's rating of one standard. Expert-by-experience ratings are kept apart by `reviewerRole`. */
export interface ReviewerRating extends Versioned {
  readonly assessmentId: string;
  readonly cycleId: string;
  readonly standardCode: string;
  readonly reviewerId: string;
  readonly reviewerRole: ReviewerRole;
  readonly rating: Rating;
  readonly comment: string;
  readonly updatedAt: IsoDateTime;
}

export function reviewerRatingId(assessmentId: string, standardCode: string, reviewerId: string): string {
  return `${assessmentId}:${standardCode}:${reviewerId}`;
}

export const FINDING_KINDS = ['good_practice', 'area_for_improvement', 'immediate_concern'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding extends Versioned {
  readonly assessmentId: string;
  readonly cycleId: string;
  readonly standardCode: string;
  readonly kind: FindingKind;
  readonly text: string;
  readonly recordedBy: string;
  readonly recordedAt: IsoDateTime;
}

/** The rating the team agreed for a standard, recorded by the lead reviewer; it is what reports score. */
export interface AgreedRating extends Versioned {
  readonly assessmentId: string;
  readonly cycleId: string;
  readonly standardCode: string;
  readonly rating: Rating;
  /** Why the team settled on this rating: required, so a service can see how a rating was reached. */
  readonly rationale: string;
  readonly agreedBy: string;
  readonly agreedAt: IsoDateTime;
}

export function agreedRatingId(assessmentId: string, standardCode: string): string {
  return `${assessmentId}:${standardCode}`;
}
