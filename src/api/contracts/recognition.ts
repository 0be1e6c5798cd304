import { z } from 'zod';
import { APPEAL_RESULTS, RECOGNITION_OUTCOMES } from '../../domain/recognition-decision';
import { Version } from './common';

/**
 * The recognition decision. Reasons, validity, level and conditions may be left out here: the domain says, in one
 * refusal, everything a decision still misses (so the panel reads all of it at once).
 */
const DecisionFields = {
  outcome: z.enum(RECOGNITION_OUTCOMES, { message: `must be one of ${RECOGNITION_OUTCOMES.join(', ')}` }),
  level: z.string().max(200).nullable().optional(),
  conditions: z.string().max(5000).nullable().optional(),
  conditionsDueBy: z.iso.date({ message: 'must be a date like 2027-09-30' }).nullable().optional(),
  reasons: z.string().max(10000).nullable().optional(),
  validityMonths: z.number().int().min(1).max(120).nullable().optional(),
  interimReviewMonths: z.number().int().min(1).max(119).nullable().optional(),
};

export const RecognitionDecisionBody = z.strictObject({ ...DecisionFields, version: Version });
export const RecognitionAppealBody = z.strictObject({ grounds: z.string().max(10000).default(''), version: Version });
export const AppealOutcomeBody = z.strictObject({
  result: z.enum(APPEAL_RESULTS, { message: `must be one of ${APPEAL_RESULTS.join(', ')}` }),
  reasons: z.string().max(10000).default(''),
  /** For an upheld appeal: the decision that replaces the one appealed. */
  decision: z.strictObject(DecisionFields).nullable().optional(),
  version: Version,
});

export type RecognitionDecisionRequest = z.input<typeof RecognitionDecisionBody>;
export type RecognitionAppealRequest = z.input<typeof RecognitionAppealBody>;
export type AppealOutcomeRequest = z.input<typeof AppealOutcomeBody>;
