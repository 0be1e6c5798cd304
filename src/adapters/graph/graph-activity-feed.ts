import { homeLink, tabLink, type LinkConfig } from '../../domain/deep-links';
import type { ActivityFeed, BellNotification, BellResult } from '../../services/reminders/activity-feed';
import type { ActivityFeedPacer } from './activity-feed-pacer';
import { GraphNetworkError, graphErrorOf, isTransientStatus, retryAfterMs } from './graph-errors';
import type { GraphHttp } from './graph-http';

export interface GraphActivityFeedOptions {
  /** Graph as the app in the person's tenant (each trust's tenant is its own authority). */
  readonly graphFor: (tenantId: string) => Pick<GraphHttp, 'call'>;
  /** Where notifications lead: Teams deep links to the personal tab (the app id must be known). */
  readonly links: LinkConfig & { readonly teamsAppId: string };
  readonly pacer: ActivityFeedPacer;
  /** Told once per tenant, for administrators, that the app may not send activity notifications there. */
  readonly reportRefusal: (tenantId: string, detail: string) => void;
  /** Sends in all for one notification, the first included, while Graph throttles. */
  readonly maxAttempts?: number;
}

/** The feed's heading for every notification: the app's name (the template text says what it is about). */
const TOPIC = 'Mind & Body QIN';
/** When a throttled answer names no Retry-After. */
const DEFAULT_HOLD_OFF_MS = 1000;

/**
 * The Teams bell through Microsoft Graph: POST /users/{id}/teamwork/sendActivityNotification as the app, with the
 * application permission TeamsActivity.Send granted in the person's tenant. Each notification's activity type is
 * declared in the app manifest (`activities.activityTypes`) with its template; the topic is text with a Teams deep
 * link to the page of the tab it is about, which the tab opens as it opens the cards' links. Paced to Graph's
 * 5 a second per tenant; a 429 holds back every send to that tenant for its Retry-After, then is sent again.
 */
export class GraphActivityFeed implements ActivityFeed {
  private readonly refusedTenants = new Set<string>();
  private readonly maxAttempts: number;

  constructor(private readonly options: GraphActivityFeedOptions) {
    this.maxAttempts = options.maxAttempts ?? 5;
  }

  async notify(notification: BellNotification): Promise<BellResult> {
    const { links, pacer } = this.options;
    const graph = this.options.graphFor(notification.tenantId);
    const webUrl = notification.target ? tabLink(links, notification.target) : homeLink(links);
    const body = {
      topic: { source: 'text', value: TOPIC, webUrl },
      activityType: notification.activity.type,
      previewText: { content: notification.previewText },
      teamsAppId: links.teamsAppId,
      templateParameters: Object.entries(notification.activity.parameters).map(([name, value]) => ({ name, value })),
    };
    let lastDetail = '';
    for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
      await pacer.slot(notification.tenantId);
      let result;
      try {
        result = await graph.call({
          method: 'POST',
          url: `/users/${encodeURIComponent(notification.objectId)}/teamwork/sendActivityNotification`,
          body,
        });
      } catch (error) {
        // Sent but unanswered: it may be in the feed already, and a second ring would be a duplicate.
        if (error instanceof GraphNetworkError && error.requestSent)
          return { outcome: 'unknown', detail: error.message };
        if (error instanceof GraphNetworkError) return { outcome: 'failed', detail: error.message };
        // No token for the tenant: the app is not consented there at all.
        return this.refused(notification.tenantId, error instanceof Error ? error.message : String(error));
      }
      if (result.status >= 200 && result.status < 300) return { outcome: 'sent' };
      const { code, message } = graphErrorOf(result.body);
      lastDetail = `${result.status} ${code}${message ? `: ${message}` : ''}`;
      if (isTransientStatus(result.status)) {
        pacer.holdOff(notification.tenantId, retryAfterMs(result.headers.get('retry-after')) ?? DEFAULT_HOLD_OFF_MS);
        continue;
      }
      if (result.status === 403 && /install/i.test(message)) return { outcome: 'not_installed', detail: lastDetail };
      // The person is not in that tenant's directory (left the trust): Teams cannot show them anything from us.
      if (result.status === 404) return { outcome: 'not_installed', detail: lastDetail };
      if (result.status === 401 || result.status === 403) return this.refused(notification.tenantId, lastDetail);
      return { outcome: 'rejected', detail: lastDetail };
    }
    return { outcome: 'failed', detail: `throttled on every attempt (${this.maxAttempts}): ${lastDetail}` };
  }

  private refused(tenantId: string, detail: string): BellResult {
    if (!this.refusedTenants.has(tenantId)) {
      this.refusedTenants.add(tenantId);
      this.options.reportRefusal(tenantId, detail);
    }
    return { outcome: 'forbidden', detail };
  }
}
