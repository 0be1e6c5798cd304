import type { NotMineContent } from '../../src/services/reminders/content';
import type { SendingWindow } from '../../src/services/reminders/sending-window';
import { tabLink } from '../deep-links';
import { actionData, type ActionData } from './action-data';
import type { CardContext } from './card-context';
import template from './message.json';
import { renderTemplate, type AdaptiveCardJson } from './render';
import { VERBS } from './verbs';

export type MessageStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

export interface MessageCardData {
  readonly fallbackText: string;
  readonly title: string;
  readonly text: string;
  readonly style: MessageStyle;
  readonly facts: readonly { readonly title: string; readonly value: string }[];
  readonly buttons: readonly { readonly title: string; readonly data: ActionData }[];
  readonly links: readonly { readonly title: string; readonly url: string }[];
}

/** A short card: help, a confirmation, or what went wrong (and that nothing was written). */
export function messageCard(
  input: Partial<MessageCardData> & Pick<MessageCardData, 'title' | 'text'>,
): AdaptiveCardJson {
  const data: MessageCardData = {
    fallbackText: `${input.title}. ${input.text}`,
    style: 'default',
    facts: [],
    buttons: [],
    links: [],
    ...input,
  };
  return renderTemplate(template, data);
}

export function problemCard(text: string, title = 'That did not work'): AdaptiveCardJson {
  return messageCard({ title, text, style: 'attention' });
}

export const COMMANDS: readonly { readonly title: string; readonly value: string }[] = [
  { title: 'next', value: 'The next standard for you to rate, right here in chat.' },
  { title: 'progress', value: 'Where your self-assessment stands, theme by theme, and what is due.' },
  {
    title: 'snooze',
    value: 'Pause reminders until the next working day, next week, or for some days ("snooze 7 days").',
  },
  { title: 'reminders off', value: 'Stop reminders altogether ("reminders on" starts them again).' },
  {
    title: 'notify',
    value: 'Where reminders reach you: "notify chat", "notify bell" (Teams activity) or "notify both".',
  },
  { title: 'help', value: 'This list.' },
];

export function helpCard(
  intro = 'I bring your Mind & Body self-assessment work to you in Teams. Type one of these:',
): AdaptiveCardJson {
  return messageCard({
    title: 'What I can do',
    text: intro,
    facts: COMMANDS,
    buttons: [
      { title: 'Rate the next standard', data: actionData(VERBS.rateOpen, {}) },
      { title: 'Show my progress', data: actionData(VERBS.progress, {}) },
    ],
  });
}

export function snoozePromptCard(window: SendingWindow): AdaptiveCardJson {
  return messageCard({
    title: 'Snooze reminders',
    text: `Until when? I only send reminders on working days between ${window.opens} and ${window.closes} UK time, and you can still use every command meanwhile.`,
    buttons: [
      { title: 'Until tomorrow', data: actionData(VERBS.snooze, { until: 'tomorrow' }) },
      { title: 'Until next week', data: actionData(VERBS.snooze, { until: 'next_week' }) },
      { title: 'Turn reminders off', data: actionData(VERBS.remindersSwitch, { state: 'off' }) },
    ],
  });
}

/** Sent to the service lead when a contributor says a standard is not theirs. */
export function notMineLeadCard(content: NotMineContent, ctx: CardContext): AdaptiveCardJson {
  return messageCard({
    title: `Standard ${content.standardCode} needs a new owner`,
    text:
      `${content.fromName} says standard ${content.standardCode} (${content.standardTitle}) of ${content.subjectName} ` +
      'is not theirs to rate. Please assign it to someone else, or rate it yourself.',
    style: 'warning',
    links: [
      {
        title: 'Assign it in the tab',
        url: tabLink(ctx.links, { assessmentId: content.assessmentId, standardCode: content.standardCode }),
      },
    ],
  });
}
