import type { ConversationRecord } from '../../src/domain/conversation';
import type { ChannelMember } from '../../src/domain/questionnaires/channel-members';
import { TeamsRosterError, type ChannelMessenger } from '../../src/services/questionnaires/channel-audience';
import type { StaffQuestionnaireContent } from '../../src/services/reminders/content';
import { staffQuestionnaireInvitationCard } from '../cards/staff-questionnaire';
import { cardAttachment } from '../cards/render';
import type { LinkConfig } from '../deep-links';
import { DEFAULT_RETRY, parseRetryAfter, RETRYABLE_STATUSES, retryDelayMs, type RetryPolicy } from './backoff';
import type { TokenSource } from './connector-transport';
import { evenSpacingMs, type Pacer, type PaceKey } from './pacer';
import { DEFAULT_SENDER_SETTINGS, MAX_TENANT_RATE_PER_SECOND, type SenderSettings } from './proactive-sender';
import { parseReference, type StoredReference } from './reference';

/** Teams' largest page of a conversation's roster. */
const PAGE_SIZE = 500;

interface RosterPage {
  readonly members?: readonly Record<string, unknown>[];
  readonly continuationToken?: string;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function memberOf(raw: Record<string, unknown>): ChannelMember | null {
  const memberId = text(raw['id']);
  if (!memberId) return null;
  return {
    memberId,
    objectId: text(raw['aadObjectId']) ?? text(raw['objectId']),
    name: text(raw['name']) ?? text(raw['givenName']) ?? '',
    userRole: text(raw['userRole']),
  };
}

/**
 * The channel audience through the Bot Connector, with the bot's own calls (as the proactive sender makes them, so
 * no hidden retries run): GET /v3/conversations/{team}/pagedmembers, page after page (TeamsInfo.getPagedMembers'
 * call); POST /v3/conversations to open the one-to-one chat with a member (the bot added to a team may do so); then
 * the invitation card posted to that chat. 403/404 from Teams mean it will not let the bot reach that person.
 */
export function connectorChannelMessenger(
  tokens: TokenSource | null,
  links: LinkConfig,
  options: {
    readonly timeoutMs?: number;
    readonly retry?: RetryPolicy;
    readonly sleep?: (ms: number) => Promise<void>;
    /**
     * The proactive sender's pacer, shared: opening a chat and posting the card count against the app's budget in
     * the tenant and the chat's own limits, as every reminder does, so a large channel goes at Teams' pace.
     */
    readonly pacer?: Pacer;
    readonly sender?: Pick<SenderSettings, 'perConversation' | 'perTenantPerSecond'>;
  } = {},
): ChannelMessenger {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retry = options.retry ?? DEFAULT_RETRY;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  const limits = { ...DEFAULT_SENDER_SETTINGS, ...options.sender };
  const perTenant = [{ limit: Math.min(limits.perTenantPerSecond, MAX_TENANT_RATE_PER_SECOND), windowMs: 1_000 }];

  /** What a send counts against: the app in the tenant, and the chat it goes to (when it goes to one). */
  function paceKeys(tenantId: string, conversationId: string | null): PaceKey[] {
    const keys: PaceKey[] = [{ key: `tenant:${tenantId}`, limits: perTenant, spacingMs: evenSpacingMs(perTenant) }];
    if (conversationId) {
      keys.push({
        key: `conversation:${conversationId}`,
        limits: limits.perConversation,
        spacingMs: evenSpacingMs(limits.perConversation),
      });
    }
    return keys;
  }

  /**
   * One Bot Connector call; throttled (429) or passing failures are tried again after Retry-After and backoff. A
   * paced call waits for its turn first, and a 429 holds back everything on its keys for as long as Teams asked.
   */
  async function call(
    reference: StoredReference,
    path: string,
    init: RequestInit = {},
    paced: readonly PaceKey[] = [],
  ): Promise<Response | null> {
    const base = reference.serviceUrl.replace(/\/+$/, '');
    // A bot token must never travel in clear text; Teams' service URLs are always https.
    if (tokens && !base.startsWith('https://')) return null;
    for (let attempt = 1; ; attempt += 1) {
      const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
      if (tokens) headers['authorization'] = `Bearer ${await tokens()}`;
      if (options.pacer && paced.length > 0) (await options.pacer.acquire(paced)).departed();
      const response = await fetch(`${base}${path}`, { ...init, headers, signal: AbortSignal.timeout(timeoutMs) });
      if (!RETRYABLE_STATUSES.has(response.status) || attempt >= retry.maxAttempts) return response;
      await response.body?.cancel();
      const delay = retryDelayMs(attempt, parseRetryAfter(response.headers.get('retry-after')), retry);
      if (response.status === 429) for (const { key } of paced) options.pacer?.pause(key, delay);
      await sleep(delay);
    }
  }

  function referenceOf(channel: ConversationRecord): StoredReference {
    const reference = parseReference(channel.reference);
    if (!reference) throw new TeamsRosterError('The stored reference of the service’s channel is unusable.');
    return reference;
  }

  return {
    async *memberPages(channel) {
      const reference = referenceOf(channel);
      // A channel's conversation id may carry the thread of a message (";messageid=…"): the roster is the channel's.
      const conversationId = encodeURIComponent(reference.conversationId.split(';')[0] ?? reference.conversationId);
      let continuation: string | undefined;
      do {
        const query = `pageSize=${PAGE_SIZE}${continuation ? `&continuationToken=${encodeURIComponent(continuation)}` : ''}`;
        let response: Response | null;
        try {
          response = await call(reference, `/v3/conversations/${conversationId}/pagedmembers?${query}`);
        } catch (error) {
          throw new TeamsRosterError(`Teams did not answer: ${(error as Error).message}`);
        }
        if (!response?.ok) throw new TeamsRosterError(`Teams answered ${response?.status ?? 'nothing'}`);
        const page = (await response.json()) as RosterPage;
        yield (page.members ?? []).flatMap((m) => {
          const member = memberOf(m);
          return member ? [member] : [];
        });
        continuation = page.continuationToken || undefined;
      } while (continuation);
    },

    async invite(channel, member, content: StaffQuestionnaireContent) {
      const reference = referenceOf(channel);
      const tenant = reference.tenantId ?? channel.tenantId;
      try {
        const opened = await call(
          reference,
          '/v3/conversations',
          {
            method: 'POST',
            body: JSON.stringify({
              isGroup: false,
              ...(reference.bot ? { bot: reference.bot } : {}),
              members: [{ id: member.memberId }],
              tenantId: tenant,
              channelData: { tenant: { id: tenant } },
            }),
          },
          paceKeys(tenant, null),
        );
        if (!opened?.ok) return 'unreachable';
        const chatId = text(((await opened.json()) as { id?: unknown }).id);
        if (!chatId) return 'unreachable';
        const card = staffQuestionnaireInvitationCard(content, { links, userIds: [member.memberId] });
        const posted = await call(
          reference,
          `/v3/conversations/${encodeURIComponent(chatId)}/activities`,
          {
            method: 'POST',
            body: JSON.stringify({
              type: 'message',
              summary: typeof card['fallbackText'] === 'string' ? card['fallbackText'] : 'Mind & Body QIN',
              attachments: [cardAttachment(card)],
            }),
          },
          paceKeys(tenant, chatId),
        );
        return posted?.ok ? 'sent' : 'unreachable';
      } catch {
        return 'unreachable';
      }
    },
  };
}
