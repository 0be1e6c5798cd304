import { ACTION_STATUS_LABELS } from '../../src/domain/labels';
import type { ActionContent } from '../../src/services/reminders/content';
import { tabLink } from '../deep-links';
import template from './action-reminder.json';
import { capped, type MoreInTheTab } from './capped-list';
import { commonData, firstName, type CardContext, type CommonCardData } from './card-context';
import { daysLeftText, formatDate, plural } from './format';
import { renderTemplate, type AdaptiveCardJson } from './render';

export interface ActionReminderCardData extends CommonCardData {
  readonly title: string;
  readonly intro: string;
  readonly actions: readonly { readonly heading: string; readonly summary: string; readonly openUrl: string }[];
  readonly more: MoreInTheTab;
}

/** Improvement actions the person owns that are due soon or overdue. */
export function actionReminderCard(content: ActionContent, ctx: CardContext): AdaptiveCardJson {
  const overdue = content.actions.filter((a) => a.daysLeft < 0).length;
  const title =
    overdue > 0 ? `${plural(overdue, 'action')} overdue` : `${plural(content.actions.length, 'action')} due soon`;
  const list = capped(content.actions, ctx.links, (n) => (n === 1 ? 'action' : 'actions'));
  const data: ActionReminderCardData = {
    ...commonData(ctx, title, 'action'),
    title,
    intro: `Hello ${firstName(content.personName)}, these improvement actions are yours.`,
    more: list.more,
    actions: list.shown.map((a) => ({
      heading: `${a.title} (${a.subjectName})`,
      summary: `${a.daysLeft < 0 ? 'Was due' : 'Due'} ${formatDate(a.dueDate)} (${daysLeftText(a.daysLeft)}). Status: ${ACTION_STATUS_LABELS[a.status].toLowerCase()}.`,
      openUrl: tabLink(ctx.links, { assessmentId: a.assessmentId, view: 'actions', actionId: a.actionId }),
    })),
  };
  return renderTemplate(template, data);
}
