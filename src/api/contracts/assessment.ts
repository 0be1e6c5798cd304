import { z } from 'zod';
import { RATINGS } from '../../domain/assessment';
import { ASSESSMENT_ACTIONS } from '../../domain/assessment-state';
import { Id, Version } from './common';

/** Self-assessment: creating one, saving responses, assigning standards and moving it through its states. */
export const ResponseParams = z.strictObject({ id: Id, standardId: z.string().trim().min(1).max(20) });
export const ResponseBody = z.strictObject({
  rating: z.enum(RATINGS, { message: `must be one of ${RATINGS.join(', ')} (or null to clear it)` }).nullable(),
  naReason: z.string().max(2000).default(''),
  narrative: z.string().max(10000, 'must be at most 10,000 characters').default(''),
  evidenceIds: z.array(Id).max(50).default([]),
  version: Version,
});

export const TransitionBody = z.strictObject({
  action: z.enum(ASSESSMENT_ACTIONS, { message: `must be one of ${ASSESSMENT_ACTIONS.join(', ')}` }),
  version: Version,
});

export const AssignmentBody = z.union([
  z.strictObject({ themeCode: z.string().min(1).max(10), assigneeId: Id.nullable() }),
  z.strictObject({ standardCodes: z.array(z.string().min(1).max(20)).min(1).max(200), assigneeId: Id.nullable() }),
]);

export const CreateAssessmentBody = z.strictObject({
  cycleId: Id,
  subject: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('service'), serviceId: Id }),
    z.strictObject({ kind: z.literal('organisation'), organisationId: Id }),
  ]),
});

export type ResponsePath = z.input<typeof ResponseParams>;
export type SaveResponseRequest = z.input<typeof ResponseBody>;
export type TransitionRequest = z.input<typeof TransitionBody>;
export type AssignmentRequest = z.input<typeof AssignmentBody>;
export type CreateAssessmentRequest = z.input<typeof CreateAssessmentBody>;
