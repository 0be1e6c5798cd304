import { longDate } from '../../src/domain/formatting/uk-dates';
import { MAX_FREE_TEXT_LENGTH } from '../../src/domain/questionnaires/questionnaire';
import type { StaffQuestionnaire } from '../../src/services/questionnaires/staff-answers';
import type { StaffQuestionnaireContent } from '../../src/services/reminders/content';
import { staffQuestionnaireLink } from '../deep-links';
import { actionData, type ActionData } from './action-data';
import type { CardContext } from './card-context';
import { messageCard } from './message';
import type { Banner } from './rate-standard';
import { renderTemplate, type AdaptiveCardJson } from './render';
import template from './staff-questionnaire.json';
import { VERBS } from './verbs';

/** The prefix of each question's input id: the card's inputs come back merged with the button's data. */
export const QUESTION_INPUT_PREFIX = 'q_';

export const ANONYMITY_NOTE =
  'Your answers are anonymous: they are stored without your name, and the service sees them only added up once ' +
  'enough colleagues have answered. Please do not name anyone in your own words.';

interface QuestionData {
  readonly inputId: string;
  readonly label: string;
  readonly isChoice: boolean;
  readonly required: boolean;
  readonly errorMessage: string;
  readonly options: readonly { readonly label: string; readonly value: string }[];
  readonly maxLength: number;
  readonly value: string;
}

export interface StaffQuestionnaireCardData {
  readonly fallbackText: string;
  readonly banner: Banner;
  readonly context: string;
  readonly title: string;
  readonly introduction: string;
  readonly anonymity: string;
  readonly questions: readonly QuestionData[];
  readonly send: ActionData;
  /** Empty when the card offers no way to the tab. */
  readonly openUrl: string;
}

export interface StaffQuestionnaireCardInput {
  readonly form: StaffQuestionnaire;
  readonly banner?: Banner;
  /** What the person chose or wrote, shown again when it could not be stored (nothing they wrote is lost). */
  readonly draft?: Readonly<Record<string, string>>;
  /** No "answer in the tab instead": someone the network has no record of cannot sign in to it. */
  readonly chatOnly?: boolean;
}

/** A staff questionnaire to answer in chat: every question on one card, sent with one button. */
export function staffQuestionnaireCard(input: StaffQuestionnaireCardInput, ctx: CardContext): AdaptiveCardJson {
  const { form } = input;
  const data: StaffQuestionnaireCardData = {
    fallbackText: `Staff questionnaire: ${form.title}`,
    banner: input.banner ?? { text: '', style: 'accent' },
    context: `${form.serviceName} · staff questionnaire · closes ${longDate(form.closesAt)}`,
    title: form.title,
    introduction: form.introduction,
    anonymity: ANONYMITY_NOTE,
    questions: form.questions.map((q) => ({
      inputId: `${QUESTION_INPUT_PREFIX}${q.code}`,
      label: `${q.number}. ${q.text}${q.required ? '' : ' (optional)'}`,
      isChoice: q.options.length > 0,
      required: q.required,
      errorMessage: `Please answer question ${q.number}.`,
      options: q.options.map((o) => ({ label: o.label, value: o.value })),
      maxLength: MAX_FREE_TEXT_LENGTH,
      value: input.draft?.[q.code] ?? '',
    })),
    send: actionData(VERBS.questionnaireAnswer, { runId: form.runId }),
    openUrl: input.chatOnly ? '' : staffQuestionnaireLink(ctx.links, form.runId),
  };
  return renderTemplate(template, data);
}

/** The invitation (or the one reminder) to answer a staff questionnaire: the card opens the form in chat. */
export function staffQuestionnaireInvitationCard(
  content: StaffQuestionnaireContent,
  ctx: CardContext,
): AdaptiveCardJson {
  const closes = longDate(content.closesAt);
  return messageCard({
    title: content.reminder
      ? `Reminder: ${content.title} closes on ${closes}`
      : `${content.serviceName} asks its staff: ${content.title}`,
    text:
      (content.reminder
        ? 'You have not answered yet, and the questionnaire closes soon. '
        : `The questionnaire is open until ${closes}. `) +
      'It takes a few minutes, and your answers are anonymous: they are stored without your name.',
    style: 'accent',
    buttons: [{ title: 'Answer here in chat', data: actionData(VERBS.questionnaireOpen, { runId: content.runId }) }],
    // Someone the network has no record of cannot sign in to the tab: chat is their only way to answer.
    links: content.chatOnly
      ? []
      : [{ title: 'Answer in the tab', url: staffQuestionnaireLink(ctx.links, content.runId) }],
  });
}
