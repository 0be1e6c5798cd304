import type { ConversationRecord } from '../../domain/conversation';
import type { ReminderContent } from './content';

/**
 * The port through which use cases reach people in chat. The bot implements it with the proactive sender (paced
 * to Teams' limits, retrying throttling); tests implement it in memory.
 */
export interface OutgoingNotification {
  /** The NotificationRecord id: the dedupe key, also useful to correlate logs. */
  readonly notificationId: string;
  readonly conversation: ConversationRecord;
  readonly content: ReminderContent;
}

export type DeliveryResult =
  /** The channel accepted the message. */
  | { readonly outcome: 'sent'; readonly activityId: string | null; readonly attempts: number }
  /** The channel refused the conversation for good (403/404: app uninstalled, bot blocked). */
  | { readonly outcome: 'unreachable'; readonly status: number; readonly detail: string }
  /** Not delivered after every retry (throttled or failing): safe to try again later, nothing arrived. */
  | { readonly outcome: 'failed'; readonly detail: string; readonly attempts: number }
  /** The request went out but no answer came back (timeout, reset): it may have arrived, so it is never resent. */
  | { readonly outcome: 'unknown'; readonly detail: string };

export interface Notifier {
  deliver(notification: OutgoingNotification): Promise<DeliveryResult>;
}

/**
 * Optional: installs the app for a person who has not installed it (Graph, TeamsAppInstallation.ReadWriteSelfForUser.All),
 * so that a reminder can reach them. Teams then sends the bot an installation event and the conversation is stored.
 */
export interface AppInstaller {
  installFor(person: {
    readonly tenantId: string;
    readonly objectId: string;
  }): Promise<'installed' | 'already' | 'failed'>;
}

/**
 * Optional: who is in a personal chat the network could not match, as Teams' roster says (the Bot Connector's
 * conversation members). Lets reminders reach invited people whose trust installed the app for them before they
 * were linked; whether the chat may claim an invitation is decided on its tenant (src/domain/tenant-trust.ts).
 */
export interface MemberDirectory {
  /** The member's e-mail address, or null when Teams does not say. */
  emailOf(conversation: ConversationRecord): Promise<string | null>;
}
