import { z } from 'zod';
import { ASSESSMENT_STATES, RATINGS } from '../../domain/assessment';
import { FINDING_KINDS, REVIEWER_ROLES, VISIT_FORMATS, VISIT_START_TIME_PATTERN } from '../../domain/review';
import { RETURN_TEXT_FIELDS } from '../../domain/text-field-rules';
import { Id, ruledText, Version } from './common';

/** Peer review: the team and its visit, conflicts of interest, ratings, findings and returning for information. */
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2027-01-20');
const StandardCode = z.string().trim().min(1).max(20);
const Rating = z.enum(RATINGS, { message: `must be one of ${RATINGS.join(', ')}` });

export const TeamBody = z.strictObject({
  members: z
    .array(
      z.strictObject({
        personId: Id,
        role: z.enum(REVIEWER_ROLES, { message: `must be one of ${REVIEWER_ROLES.join(', ')}` }),
      }),
    )
    .max(12),
  visit: z.strictObject({
    date: IsoDate,
    format: z.enum(VISIT_FORMATS, { message: `must be one of ${VISIT_FORMATS.join(', ')}` }),
    startTime: z.string().regex(VISIT_START_TIME_PATTERN, 'must be a 24-hour time like 09:30 (UK time)').optional(),
  }),
  version: Version,
});
export const TeamCheckBody = TeamBody.omit({ version: true });
export const CandidatesQuery = z.strictObject({ visitDate: IsoDate.optional() });
export const ReviewTeamListQuery = z.strictObject({
  cycleId: Id.optional(),
  state: z.enum(ASSESSMENT_STATES, { message: `must be one of ${ASSESSMENT_STATES.join(', ')}` }).optional(),
});

export const ConflictBody = z.strictObject({
  personId: Id.optional(),
  organisationId: Id,
  serviceId: Id.nullable().optional(),
  reason: z.string().max(2000),
});
export const ConflictQuery = z.strictObject({ personId: Id.optional(), organisationId: Id.optional() });

export const ReviewStandardParams = z.strictObject({ id: Id, standardId: StandardCode });
export const ReviewerRatingBody = z.strictObject({
  rating: Rating,
  comment: z.string().max(5000).default(''),
  version: Version,
});
export const AgreedRatingBody = z.strictObject({
  rating: Rating,
  rationale: z.string().max(5000).default(''),
  version: Version,
});

export const FindingBody = z.strictObject({
  standardCode: StandardCode,
  kind: z.enum(FINDING_KINDS, { message: `must be one of ${FINDING_KINDS.join(', ')}` }),
  text: z.string().max(5000),
});
export const FindingUpdateBody = FindingBody.omit({ standardCode: true }).extend({ version: Version });
export const FindingParams = z.strictObject({ id: Id, findingId: Id });

export const ReturnBody = z.strictObject({
  message: ruledText(RETURN_TEXT_FIELDS.message).default(''),
  /** What the team asks, one thing per item, each optionally about one standard. */
  // Bounded so that the team's record (asks and answers together) stays well inside a SharePoint item's JSON.
  items: z
    .array(
      z.strictObject({ text: ruledText(RETURN_TEXT_FIELDS.ask), standardCode: StandardCode.nullable().default(null) }),
    )
    .max(12)
    .optional(),
  version: Version,
});
export const InformationItemParams = z.strictObject({
  id: Id,
  itemId: z.string().regex(/^\d+-\d+$/, 'must be like 1-2'),
});
export const InformationAnswerBody = z.strictObject({ text: z.string().max(2000) });

export type SaveReviewTeamRequest = z.input<typeof TeamBody>;
export type CheckReviewTeamRequest = z.input<typeof TeamCheckBody>;
export type CandidatesQueryString = z.input<typeof CandidatesQuery>;
export type ReviewTeamListQueryString = z.input<typeof ReviewTeamListQuery>;
export type DeclareConflictRequest = z.input<typeof ConflictBody>;
export type ConflictQueryString = z.input<typeof ConflictQuery>;
export type ReviewStandardPath = z.input<typeof ReviewStandardParams>;
export type ReviewerRatingRequest = z.input<typeof ReviewerRatingBody>;
export type AgreedRatingRequest = z.input<typeof AgreedRatingBody>;
export type AddFindingRequest = z.input<typeof FindingBody>;
export type UpdateFindingRequest = z.input<typeof FindingUpdateBody>;
export type FindingPath = z.input<typeof FindingParams>;
export type ReturnForInformationRequest = z.input<typeof ReturnBody>;
export type InformationItemPath = z.input<typeof InformationItemParams>;
export type InformationAnswerRequest = z.input<typeof InformationAnswerBody>;
