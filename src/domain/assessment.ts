import type { IsoDateTime, Versioned } from './ids';

export const ASSESSMENT_STATES = [
  'not_started',
  'in_progress',
  'submitted',
  'under_review',
  'returned',
  'agreed',
  'closed',
] as const;
export type AssessmentState = (typeof ASSESSMENT_STATES)[number];

export const RATINGS = ['met', 'partly_met', 'not_met', 'not_applicable'] as const;
export type Rating = (typeof RATINGS)[number];

/** Either one service, or an organisation as a whole (organisation-level standards). */
export type AssessmentSubject =
  | { readonly kind: 'service'; readonly serviceId: string; readonly organisationId: string }
  | { readonly kind: 'organisation'; readonly organisationId: string };

export interface Assessment extends Versioned {
  readonly cycleId: string;
  /** Pinned at creation: a new framework version never rewrites this assessment. */
  readonly frameworkVersionId: string;
  readonly subject: AssessmentSubject;
  readonly state: AssessmentState;
  readonly submittedAt: IsoDateTime | null;
  /** When the review team agreed it (absent on assessments agreed before this was recorded). */
  readonly agreedAt?: IsoDateTime;
  readonly createdAt: IsoDateTime;
  readonly updatedAt: IsoDateTime;
}

/** One per applicable standard of the pinned framework. id = `${assessmentId}:${standardCode}`. */
export interface StandardResponse extends Versioned {
  readonly assessmentId: string;
  /** Denormalised so that network-wide scores read one cycle's responses in one query. */
  readonly cycleId: string;
  readonly standardCode: string;
  readonly rating: Rating | null;
  /** Required when rating is not_applicable. */
  readonly naReason: string;
  readonly narrative: string;
  readonly evidenceIds: readonly string[];
  /** The contributor the standard is assigned to, if any. */
  readonly assigneeId: string | null;
  readonly updatedBy: string | null;
  readonly updatedAt: IsoDateTime | null;
}

export function responseId(assessmentId: string, standardCode: string): string {
  return `${assessmentId}:${standardCode}`;
}
