import { z } from 'zod';
import { ACTION_STATUSES } from '../domain/action-plan';
import { RATINGS } from '../domain/assessment';
import { REPORT_ACTIONS, REPORT_FORMATS } from '../domain/report';
import { FINDING_KINDS, REVIEWER_ROLES, VISIT_FORMATS } from '../domain/review';
import { Id, Version } from './schemas';

/** Input shapes of peer review, reports, action plans and the library. Strict: unknown fields are errors. */
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
  }),
  version: Version,
});
export const TeamCheckBody = TeamBody.omit({ version: true });

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

export const ReturnBody = z.strictObject({ message: z.string().max(5000).default(''), version: Version });
export const VersionBody = z.strictObject({ version: Version });

export const ReportTransitionBody = z.strictObject({
  action: z.enum(REPORT_ACTIONS, { message: `must be one of ${REPORT_ACTIONS.join(', ')}` }),
  note: z.string().max(5000).default(''),
  version: Version,
});
export const ReportFileParams = z.strictObject({
  id: Id,
  format: z.enum(REPORT_FORMATS, { message: `must be one of ${REPORT_FORMATS.join(', ')}` }),
});
export const NetworkFileParams = z.strictObject({ format: z.enum(REPORT_FORMATS) });
export const SummaryQuery = z.strictObject({ format: z.enum(['json', 'html']).default('json') });

/** Owner and due date are optional here so the domain can say, in words, what an action is missing. */
export const ActionBody = z.strictObject({
  findingId: Id.nullable().optional(),
  title: z.string().max(300).default(''),
  description: z.string().max(5000).default(''),
  ownerId: Id.nullable().default(null),
  dueDate: z.string().max(20).nullable().default(null),
});
export const ActionUpdateBody = ActionBody.omit({ findingId: true }).extend({ version: Version });
export const ActionParams = z.strictObject({ id: Id, actionId: Id });
export const ActionStatusBody = z.strictObject({
  status: z.enum(ACTION_STATUSES, { message: `must be one of ${ACTION_STATUSES.join(', ')}` }),
  note: z.string().max(5000).optional(),
  completion: z
    .strictObject({ note: z.string().max(5000).default(''), evidenceIds: z.array(Id).max(50).default([]) })
    .optional(),
  version: Version,
});
export const NoteBody = z.strictObject({ text: z.string().max(5000), version: Version });

export const LibraryQueryString = z.strictObject({
  q: z.string().max(200).optional(),
  themeCode: z.string().max(10).optional(),
  standardCode: z.string().max(20).optional(),
  organisationId: Id.optional(),
});
export const LibraryPublishBody = z.strictObject({
  findingId: Id,
  title: z.string().max(300),
  whatTheyDo: z.string().max(10000),
  contact: z.strictObject({ name: z.string().max(200), email: z.string().trim().email('must be an e-mail address') }),
  evidenceIds: z.array(Id).max(20).default([]),
});
export const AttachmentParams = z.strictObject({ id: Id, evidenceId: Id });
