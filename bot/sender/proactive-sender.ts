import type { DeliveryResult, Notifier, OutgoingNotification } from '../../src/services/reminders/notifier';
import { DEFAULT_RETRY, RETRYABLE_STATUSES, retryDelayMs, type RetryPolicy } from './backoff';
import type { ConnectorTransport } from './connector-transport';
import { evenSpacingMs, type Pacer, type PaceKey, type WindowLimit } from './pacer';
import { parseReference, type StoredReference } from './reference';

/**
 * Teams' documented limits for a bot sending to one conversation: 7 per second, 8 per 2 seconds, 60 per 30 seconds
 * and 1,800 per hour.
 */
export const TEAMS_PER_CONVERSATION: readonly WindowLimit[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1_800, windowMs: 3_600_000 },
];

/** Teams' documented limit for one app across all conversations of a tenant: 50 per second. */
export const TEAMS_PER_TENANT_PER_SECOND = 50;

/**
 * The most the sender sends per second per tenant, whatever it is configured to: requests leave evenly spaced but
 * reach Teams after varying network delays, so a second at Teams can hold more than a second's departures. 80% of
 * Teams' limit absorbs delays varying by up to a quarter of a second.
 */
export const MAX_TENANT_RATE_PER_SECOND = 40;

export interface SenderSettings {
  readonly perConversation: readonly WindowLimit[];
  /**
   * Sends per second for the app in one tenant, evenly spaced. Teams allows 50; the default of 30 leaves room for
   * network jitter (requests leave evenly but arrive less so) and for the bot's replies in conversations.
   */
  readonly perTenantPerSecond: number;
  readonly retry: RetryPolicy;
}

export const DEFAULT_SENDER_SETTINGS: SenderSettings = {
  perConversation: TEAMS_PER_CONVERSATION,
  perTenantPerSecond: 30,
  retry: DEFAULT_RETRY,
};

/** Turns a notification into the message activity to post (the card), for the conversation it goes to. */
export type ActivityRenderer = (notification: OutgoingNotification, reference: StoredReference) => object;

/** Node's fetch says why a request failed in `cause.code`. These mean it never reached the service. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

function networkCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  return typeof cause?.code === 'string' ? cause.code : error instanceof Error ? error.name : 'unknown';
}

/**
 * The Notifier of the app: posts each card to its conversation, paced to Teams' limits and retried with backoff and
 * jitter on 429/412/502/504. 403/404 mean the app was uninstalled or blocked: reported as unreachable, not retried.
 */
export class ProactiveSender implements Notifier {
  constructor(
    private readonly transport: ConnectorTransport,
    private readonly pacer: Pacer,
    private readonly render: ActivityRenderer,
    private readonly settings: SenderSettings = DEFAULT_SENDER_SETTINGS,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  async deliver(notification: OutgoingNotification): Promise<DeliveryResult> {
    const reference = parseReference(notification.conversation.reference);
    if (!reference)
      return { outcome: 'unreachable', status: 0, detail: 'The stored conversation reference is unusable.' };
    const activity = this.render(notification, reference);
    const conversationKey = `conversation:${reference.conversationId}`;
    const perTenant = [
      { limit: Math.min(this.settings.perTenantPerSecond, MAX_TENANT_RATE_PER_SECOND), windowMs: 1_000 },
    ];
    // Evenly spaced on both keys: bursts at a window's edge, bunched by the network, would break it where Teams counts.
    const keys: PaceKey[] = [
      {
        key: conversationKey,
        limits: this.settings.perConversation,
        spacingMs: evenSpacingMs(this.settings.perConversation),
      },
      { key: `tenant:${notification.conversation.tenantId}`, limits: perTenant, spacingMs: evenSpacingMs(perTenant) },
    ];
    const policy = this.settings.retry;
    let last = '';
    for (let attempt = 1; attempt <= policy.maxAttempts; attempt += 1) {
      const slot = await this.pacer.acquire(keys);
      let status: number;
      let retryAfterMs: number | null = null;
      try {
        slot.departed();
        const response = await this.transport.postActivity(
          reference.serviceUrl,
          reference.conversationId,
          activity,
          notification.notificationId,
        );
        status = response.status;
        retryAfterMs = response.retryAfterMs;
        last = `${status} ${response.body.slice(0, 200)}`;
        if (status >= 200 && status < 300)
          return { outcome: 'sent', activityId: activityIdOf(response.body), attempts: attempt };
        if (status === 403 || status === 404)
          return { outcome: 'unreachable', status, detail: response.body.slice(0, 300) };
        if (!RETRYABLE_STATUSES.has(status)) return { outcome: 'failed', detail: last, attempts: attempt };
      } catch (error) {
        const code = networkCode(error);
        // Sent but unanswered: it may have arrived. Never risk a second copy.
        if (!NOT_SENT.has(code)) return { outcome: 'unknown', detail: `${code}: ${(error as Error).message}` };
        last = code;
        status = 0;
      }
      if (attempt === policy.maxAttempts) break;
      const delay = retryDelayMs(attempt, retryAfterMs, policy);
      // Throttled: hold the whole conversation back, not just this message.
      if (status === 429) this.pacer.pause(conversationKey, delay);
      await this.sleep(delay);
    }
    return {
      outcome: 'failed',
      detail: `Not delivered after ${policy.maxAttempts} attempts (last: ${last})`,
      attempts: policy.maxAttempts,
    };
  }
}

function activityIdOf(body: string): string | null {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null && typeof (parsed as { id?: unknown }).id === 'string'
      ? (parsed as { id: string }).id
      : null;
  } catch {
    return null;
  }
}
