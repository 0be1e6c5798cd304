import { z } from 'zod';
import { RATINGS } from '../../src/domain/assessment';
import { SNOOZE_CHOICES } from '../../src/services/reminders/snooze';
import { VERBS, type RefreshTarget } from './verbs';

/**
 * The data each button carries, by verb. Builders make it, the handler parses it back with these schemas: data
 * comes from the client, so nothing in it is trusted (ids are re-checked against the access policy, ratings
 * against the scale).
 */
const id = z.string().min(1).max(200);
const code = z.string().min(1).max(20);

export const ACTION_SCHEMAS = {
  [VERBS.rateSave]: z.object({ assessmentId: id, standardCode: code, version: z.coerce.number().int().min(0) }),
  [VERBS.rateOpen]: z.object({ assessmentId: id.optional(), standardCode: code.optional() }),
  [VERBS.rateSkip]: z.object({ assessmentId: id, standardCode: code }),
  [VERBS.snooze]: z.object({ until: z.enum(SNOOZE_CHOICES as ['tomorrow', 'next_week']) }),
  [VERBS.remindersSwitch]: z.object({ state: z.enum(['on', 'off']) }),
  [VERBS.notMine]: z.object({ assessmentId: id, standardCode: code }),
  [VERBS.progress]: z.object({}),
  [VERBS.refresh]: z.object({
    target: z.enum(['digest', 'rate', 'review', 'action', 'review_standard'] satisfies RefreshTarget[]),
    assessmentId: id.optional(),
    standardCode: code.optional(),
  }),
  [VERBS.reviewOpen]: z.object({ assessmentId: id, standardCode: code.optional() }),
  [VERBS.reviewSave]: z.object({ assessmentId: id, standardCode: code, version: z.coerce.number().int().min(0) }),
  [VERBS.questionnaireOpen]: z.object({ runId: id }),
  [VERBS.questionnaireAnswer]: z.object({ runId: id }),
} as const;

type Schemas = typeof ACTION_SCHEMAS;
export type ActionData = { [V in keyof Schemas]: { verb: V } & z.infer<Schemas[V]> }[keyof Schemas];

/** The inputs of the rate-a-standard card, as they come back with `rate.save`. */
export const RATE_INPUTS = z.object({
  rating: z.string().optional(),
  narrative: z.string().max(10_000).optional(),
  naReason: z.string().max(2_000).optional(),
});

/** The inputs of the review-this-standard card, as they come back with `review.save` (limits as in the API). */
export const REVIEW_INPUTS = z.object({
  rating: z.string().optional(),
  comment: z.string().max(5_000).optional(),
});

export const RATING_VALUES: readonly string[] = RATINGS;

export function actionData<V extends keyof Schemas>(verb: V, data: z.infer<Schemas[V]>): ActionData {
  return { verb, ...data } as ActionData;
}
