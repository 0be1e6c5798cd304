import { DomainError } from '../../src/domain/errors';
import type { AnswerSubmission } from '../../src/domain/questionnaires/questionnaire-answer';
import {
  answerAsChannelMember,
  answerAsStaff,
  channelMemberQuestionnaire,
  staffQuestionnaire,
  type ChannelMemberIdentity,
  type StaffQuestionnaire,
} from '../../src/services/questionnaires/staff-answers';
import type { Ports } from '../../src/services/context';
import type { CardContext } from '../cards/card-context';
import { messageCard } from '../cards/message';
import type { AdaptiveCardJson } from '../cards/render';
import { QUESTION_INPUT_PREFIX, staffQuestionnaireCard } from '../cards/staff-questionnaire';
import { staffQuestionnaireLink } from '../deep-links';
import { NOTHING_SAVED, userMessage } from '../errors';
import type { ActionContext } from './action-context';

/**
 * Who answers in chat, and through which use cases: a person the network knows (the tab is open to them too), or a
 * member of the service's channel it has no record of, who was sent the card (chat is their only way to answer).
 */
export interface StaffAnswering {
  readonly cards: CardContext;
  readonly form: (runId: string) => Promise<StaffQuestionnaire>;
  readonly answer: (runId: string, submission: AnswerSubmission) => Promise<unknown>;
  readonly canUseTab: boolean;
}

/** A person the network knows, held to the access policy as in the tab. */
export function answeringAsPerson(ctx: ActionContext): StaffAnswering {
  return {
    cards: ctx.cards,
    form: (runId) => staffQuestionnaire(ctx.ports, ctx.principal, runId),
    answer: (runId, submission) => answerAsStaff(ctx.ports, ctx.principal, runId, submission),
    canUseTab: true,
  };
}

/** A channel member the network has no record of, by the identity Teams verified. */
export function answeringAsChannelMember(
  ports: Ports,
  cards: CardContext,
  member: ChannelMemberIdentity,
): StaffAnswering {
  return {
    cards,
    form: (runId) => channelMemberQuestionnaire(ports, member, runId),
    answer: (runId, submission) => answerAsChannelMember(ports, member, runId, submission),
    canUseTab: false,
  };
}

/** What the person chose or wrote, by question code, from the card's inputs (merged into the button's data). */
export function answersOnCard(data: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof data !== 'object' || data === null) return out;
  for (const [key, value] of Object.entries(data)) {
    if (key.startsWith(QUESTION_INPUT_PREFIX) && typeof value === 'string') {
      out[key.slice(QUESTION_INPUT_PREFIX.length)] = value;
    }
  }
  return out;
}

/** The card for someone who cannot answer (any more): answered already, or closed. Said kindly, not as a failure. */
function cannotAnswerCard(ctx: StaffAnswering, form: StaffQuestionnaire, reason: string): AdaptiveCardJson {
  return messageCard({
    title: form.title,
    text: reason,
    style: form.answered ? 'good' : 'default',
    links:
      ctx.canUseTab && form.open && !form.answered
        ? [{ title: 'Open in the tab', url: staffQuestionnaireLink(ctx.cards.links, form.runId) }]
        : [],
  });
}

/** A staff questionnaire as a card to answer in chat, or why it cannot be answered. */
export async function openStaffQuestionnaire(ctx: StaffAnswering, runId: string): Promise<AdaptiveCardJson> {
  const form = await ctx.form(runId);
  if (!form.answer.allowed) return cannotAnswerCard(ctx, form, form.answer.reason);
  return staffQuestionnaireCard({ form, chatOnly: !ctx.canUseTab }, ctx.cards);
}

/**
 * Sends the answers from the card through the same use case as the tab. A missing or invalid answer shows the card
 * again with what was chosen kept and the problem said; a second answer is refused kindly; nothing is stored then.
 */
export async function sendStaffAnswers(ctx: StaffAnswering, runId: string, data: unknown): Promise<AdaptiveCardJson> {
  const form = await ctx.form(runId);
  if (!form.answer.allowed) return cannotAnswerCard(ctx, form, form.answer.reason);
  const given = answersOnCard(data);
  const choices: Record<string, string> = {};
  const texts: Record<string, string> = {};
  for (const q of form.questions) {
    const value = (given[q.code] ?? '').trim();
    if (value === '') continue;
    if (q.options.length > 0) choices[q.code] = value;
    else texts[q.code] = value;
  }
  try {
    await ctx.answer(runId, { choices, texts });
  } catch (error) {
    if (error instanceof DomainError && error.code === 'already_answered') {
      return cannotAnswerCard(ctx, { ...form, answered: true }, error.message);
    }
    const message = userMessage(error);
    if (message === null) throw error;
    return staffQuestionnaireCard(
      {
        form,
        draft: given,
        banner: { text: `${message} ${NOTHING_SAVED}`, style: 'attention' },
        chatOnly: !ctx.canUseTab,
      },
      ctx.cards,
    );
  }
  return messageCard({
    title: 'Thank you: your answers are in',
    text:
      `Your answers to "${form.title}" were stored without your name. ${form.serviceName || 'The service'} sees ` +
      'them only added up with your colleagues’ answers, once enough have answered.',
    style: 'good',
  });
}
