import type { LinkTarget } from '../../domain/deep-links';

/**
 * The Teams bell: a notification in the person's Teams activity feed, which opens the right page of the tab.
 * A second channel beside the chat message (Notifier): the reminder engine decides once what a person is due and
 * sends it through the channels they chose. Implemented with Microsoft Graph (sendActivityNotification) in
 * src/adapters/graph; tests implement it in memory.
 */
export interface ActivityFeed {
  notify(notification: BellNotification): Promise<BellResult>;
}

/** One activity type declared in the app manifest's `activities.activityTypes`, with its template's parameters. */
export type BellActivity =
  | { readonly type: 'workToRate'; readonly parameters: { readonly count: string; readonly assessment: string } }
  | { readonly type: 'deadlineNear'; readonly parameters: { readonly assessment: string; readonly when: string } }
  | { readonly type: 'reviewDue'; readonly parameters: { readonly assessment: string; readonly when: string } }
  | { readonly type: 'reviewInvitation'; readonly parameters: { readonly assessment: string; readonly when: string } }
  | { readonly type: 'actionDue'; readonly parameters: { readonly action: string; readonly when: string } };

export interface BellNotification {
  /** The NotificationRecord id, to correlate logs. */
  readonly notificationId: string;
  /** The person's Entra tenant and object id: Graph is called as the app in their tenant. */
  readonly tenantId: string;
  readonly objectId: string;
  readonly activity: BellActivity;
  /** The line under the title in the feed (Graph allows 150 characters). */
  readonly previewText: string;
  /** The tab's page the notification opens; null for the tab's home (My work). */
  readonly target: LinkTarget | null;
}

export type BellResult =
  /** Graph accepted it: it is in the person's feed. */
  | { readonly outcome: 'sent' }
  /** The app is not installed for the person: Teams shows nothing, so the chat must carry it. */
  | { readonly outcome: 'not_installed'; readonly detail: string }
  /** The app may not send activity notifications (TeamsActivity.Send not granted in the person's tenant). */
  | { readonly outcome: 'forbidden'; readonly detail: string }
  /** Graph refused this notification as sent (an activity type the installed manifest lacks): chat carries it. */
  | { readonly outcome: 'rejected'; readonly detail: string }
  /** Not delivered (throttled throughout, or Graph failing): nothing arrived, safe to send again later. */
  | { readonly outcome: 'failed'; readonly detail: string }
  /** The request went out but no answer came back: it may have arrived, so it is never resent. */
  | { readonly outcome: 'unknown'; readonly detail: string };

/**
 * Each activity type with the parameters its template names. The manifest's `activities.activityTypes` declares
 * the templates; the app package's test checks both sides name the same types and parameters.
 */
export const BELL_TEMPLATE_PARAMETERS: {
  readonly [T in BellActivity['type']]: readonly (keyof Extract<BellActivity, { type: T }>['parameters'])[];
} = {
  workToRate: ['count', 'assessment'],
  deadlineNear: ['assessment', 'when'],
  reviewDue: ['assessment', 'when'],
  reviewInvitation: ['assessment', 'when'],
  actionDue: ['action', 'when'],
};
