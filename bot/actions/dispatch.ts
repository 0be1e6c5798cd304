import type { z } from 'zod';
import { ACTION_SCHEMAS, RATE_INPUTS, REVIEW_INPUTS } from '../cards/action-data';
import { problemCard } from '../cards/message';
import type { AdaptiveCardJson } from '../cards/render';
import { isVerb, VERBS, type Verb } from '../cards/verbs';
import { NOTHING_SAVED, SOMETHING_WENT_WRONG, userMessage } from '../errors';
import type { ActionContext } from './action-context';
import { sendPrivately } from './channel';
import { notMine, snooze, switchReminders } from './pause-and-hand-back';
import { currentStateCard } from './progress';
import { openStandard, saveRating, skip } from './rate';
import { openReviewStandard, saveReview } from './review';
import { answeringAsPerson, openStaffQuestionnaire, sendStaffAnswers } from './staff-questionnaire';

function parse<V extends Verb>(verb: V, data: unknown): z.infer<(typeof ACTION_SCHEMAS)[V]> | string {
  const result = ACTION_SCHEMAS[verb].safeParse(data ?? {});
  if (result.success) return result.data as z.infer<(typeof ACTION_SCHEMAS)[V]>;
  return result.error.issues.map((i) => `${i.path.join('.') || 'data'}: ${i.message}`).join('; ');
}

async function run(ctx: ActionContext, verb: Verb, data: unknown): Promise<AdaptiveCardJson> {
  const bad = (detail: string) => problemCard(`This button sent something I cannot use (${detail}). ${NOTHING_SAVED}`);
  switch (verb) {
    case VERBS.rateSave: {
      const d = parse(verb, data);
      if (typeof d === 'string') return bad(d);
      const inputs = RATE_INPUTS.safeParse(data);
      if (!inputs.success) return bad('the rating form');
      return saveRating(ctx, d, inputs.data);
    }
    case VERBS.rateOpen: {
      const d = parse(verb, data);
      return typeof d === 'string' ? bad(d) : openStandard(ctx, d);
    }
    case VERBS.rateSkip: {
      const d = parse(verb, data);
      return typeof d === 'string' ? bad(d) : skip(ctx, d);
    }
    case VERBS.snooze: {
      const d = parse(verb, data);
      return typeof d === 'string' ? bad(d) : snooze(ctx, d.until);
    }
    case VERBS.remindersSwitch: {
      const d = parse(verb, data);
      return typeof d === 'string' ? bad(d) : switchReminders(ctx, d.state === 'off');
    }
    case VERBS.notMine: {
      const d = parse(verb, data);
      return typeof d === 'string' ? bad(d) : notMine(ctx, d);
    }
    case VERBS.progress:
      return currentStateCard(ctx);
    case VERBS.refresh: {
      const d = parse(verb, data);
      if (typeof d === 'string') return bad(d);
      if (d.target === 'rate') return openStandard(ctx, d);
      if (d.target === 'review_standard') {
        return d.assessmentId
          ? openReviewStandard(ctx, { ...d, assessmentId: d.assessmentId })
          : currentStateCard(ctx, 'review');
      }
      return currentStateCard(ctx, d.target);
    }
    case VERBS.reviewOpen: {
      const d = parse(verb, data);
      return typeof d === 'string' ? bad(d) : openReviewStandard(ctx, d);
    }
    case VERBS.reviewSave: {
      const d = parse(verb, data);
      if (typeof d === 'string') return bad(d);
      const inputs = REVIEW_INPUTS.safeParse(data);
      if (!inputs.success) return bad('the review form');
      return saveReview(ctx, d, inputs.data);
    }
    case VERBS.questionnaireOpen: {
      const d = parse(verb, data);
      return typeof d === 'string' ? bad(d) : openStaffQuestionnaire(answeringAsPerson(ctx), d.runId);
    }
    case VERBS.questionnaireAnswer: {
      const d = parse(verb, data);
      return typeof d === 'string' ? bad(d) : sendStaffAnswers(answeringAsPerson(ctx), d.runId, data);
    }
  }
}

/**
 * Answers one card action (an Action.Execute invoke, or the Action.Submit fallback) with the card to show in its
 * place. The verb and data come from the client: a missing or unknown verb, or data that does not fit the verb,
 * gets a card saying so, and nothing is written.
 */
export async function handleCardAction(ctx: ActionContext, verb: unknown, data: unknown): Promise<AdaptiveCardJson> {
  if (verb === undefined || verb === null || verb === '') {
    return problemCard(`This button did not say what to do. ${NOTHING_SAVED}`);
  }
  if (!isVerb(verb)) {
    const shown = String(verb).slice(0, 60);
    return problemCard(`This card asked for "${shown}", which this app does not do. ${NOTHING_SAVED}`);
  }
  try {
    // In a channel a button's answer would replace the card for everyone: personal work goes to the person instead.
    if (ctx.channel && verb !== VERBS.snooze && verb !== VERBS.remindersSwitch) return await sendPrivately(ctx);
    return await run(ctx, verb, data);
  } catch (error) {
    const message = userMessage(error);
    if (message !== null) return problemCard(`${message} ${NOTHING_SAVED}`);
    ctx.logger.error({ err: error, verb }, 'card action failed');
    return problemCard(SOMETHING_WENT_WRONG, 'Something went wrong');
  }
}
