import { NOTIFICATION_CHANNEL_LABELS, type NotificationChannels } from '../../src/domain/notification-channels';
import {
  chooseNotificationChannels,
  notificationPreference,
} from '../../src/services/identity/notification-preference';
import { messageCard } from '../cards/message';
import type { AdaptiveCardJson } from '../cards/render';
import type { ActionContext } from './action-context';

/** "notify chat", "notify bell", "notify both": where the person's reminders arrive. */
export const NOTIFY_COMMAND = /^notify (chat|bell|both)$/;

const HOW_TO_CHOOSE =
  'Type "notify chat", "notify bell" or "notify both" to choose, or change it under My work in the app.';

/** Stores the person's choice and says what it means for them (the same words as My work). */
export async function chooseChannels(ctx: ActionContext, notifyBy: NotificationChannels): Promise<AdaptiveCardJson> {
  const view = await chooseNotificationChannels(ctx.ports, ctx.principal, notifyBy);
  return messageCard({
    title: `Reminders: ${NOTIFICATION_CHANNEL_LABELS[view.notifyBy]}`,
    text: view.explanation,
    style: 'good',
  });
}

/** "notify" alone: the current choice and how to change it. */
export async function showChannels(ctx: ActionContext): Promise<AdaptiveCardJson> {
  const view = await notificationPreference(ctx.ports, ctx.principal);
  return messageCard({
    title: `Reminders: ${NOTIFICATION_CHANNEL_LABELS[view.notifyBy]}`,
    text: `${view.explanation} ${HOW_TO_CHOOSE}`,
  });
}
