/**
 * How a person hears about their work: chat messages from the bot, the Teams activity feed (the bell), or both.
 * The bell needs the app installed for the person (Teams shows an app's notifications only to people who have
 * it), so a person who never chose gets both when the app is installed for them and chat otherwise (the chat
 * then arrives once the app is installed for them, see proactive installation).
 */
export const NOTIFICATION_CHANNELS = ['chat', 'bell', 'both'] as const;
export type NotificationChannels = (typeof NOTIFICATION_CHANNELS)[number];

/** The words the tab and the bot use for each choice. */
export const NOTIFICATION_CHANNEL_LABELS: Readonly<Record<NotificationChannels, string>> = {
  chat: 'Chat messages from the bot',
  bell: 'Teams activity (the bell)',
  both: 'Both: a chat message and the bell',
};

export function isNotificationChannels(value: unknown): value is NotificationChannels {
  return typeof value === 'string' && (NOTIFICATION_CHANNELS as readonly string[]).includes(value);
}

/** The channels a person's reminders use: their own choice, else both with the app installed and chat without. */
export function channelsFor(chosen: NotificationChannels | undefined, appInstalled: boolean): NotificationChannels {
  return chosen ?? (appInstalled ? 'both' : 'chat');
}

export function usesChat(channels: NotificationChannels): boolean {
  return channels !== 'bell';
}

export function usesBell(channels: NotificationChannels): boolean {
  return channels !== 'chat';
}
