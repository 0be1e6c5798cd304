import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the Bot Connector's "send to conversation" (POST /v3/conversations/{id}/activities) and its
 * roster look-up (GET /v3/conversations/{id}/members/{userId}), for the sender's tests and the bench. It answers 429 at random (as Teams does under load), can refuse conversations
 * (403/404) and fail transiently (502/504), and, like Teams, throttles senders that exceed the limits, counting
 * each such excess as a violation.
 */
export interface FakeConnectorOptions {
  /** Share of requests answered 429 at random (0..1). */
  readonly throttleProbability?: number;
  /** Share answered 502 or 504 at random (0..1). */
  readonly transientProbability?: number;
  /** Retry-After (seconds) on random 429s; null sends none. */
  readonly retryAfterSeconds?: number | null;
  /** Conversations refused for good: 403 (bot blocked) or 404 (app uninstalled). */
  readonly refuse?: ReadonlyMap<string, 403 | 404>;
  /** Limits enforced as Teams does (a request over them is answered 429 and counted as a violation). */
  readonly limits?: {
    readonly perConversation: readonly { readonly limit: number; readonly windowMs: number }[];
    readonly perSecond: number;
  };
  /** Requests arrive with network jitter: windows are checked this much shorter so jitter is not a violation. */
  readonly toleranceMs?: number;
  readonly random?: () => number;
  /** Teams' roster for GET /v3/conversations/{id}/members/{userId}, by user id (unknown ids answer 404). */
  readonly members?: ReadonlyMap<string, { readonly email?: string; readonly userPrincipalName?: string }>;
}

export interface ReceivedRequest {
  readonly conversationId: string;
  readonly correlationId: string;
  /** performance.now() at arrival. */
  readonly at: number;
  readonly status: number;
  readonly activity: unknown;
}

export class FakeBotConnector {
  readonly requests: ReceivedRequest[] = [];
  /** Roster look-ups: `${conversationId} ${userId}` in order of arrival. */
  readonly memberLookups: string[] = [];
  violations = 0;
  private readonly acceptedLog: ReceivedRequest[] = [];
  private readonly byConversation = new Map<string, ReceivedRequest[]>();
  private nextId = 1;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly options: FakeConnectorOptions,
  ) {}

  static async start(options: FakeConnectorOptions = {}): Promise<FakeBotConnector> {
    const holder: { connector?: FakeBotConnector } = {};
    const server = createServer((req, res) => holder.connector?.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    holder.connector = new FakeBotConnector(server, `http://127.0.0.1:${port}`, options);
    return holder.connector;
  }

  /** Requests that were accepted (2xx): what reached the conversations. */
  accepted(): ReceivedRequest[] {
    return [...this.acceptedLog];
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private overLimit(conversationId: string, now: number): boolean {
    const limits = this.options.limits;
    if (!limits) return false;
    const tolerance = this.options.toleranceMs ?? 20;
    // Counted from the newest back: only the last window's worth is ever looked at.
    const count = (list: readonly ReceivedRequest[], windowMs: number) => {
      let n = 0;
      for (let i = list.length - 1; i >= 0 && (list[i] as ReceivedRequest).at > now - (windowMs - tolerance); i -= 1)
        n += 1;
      return n;
    };
    if (count(this.acceptedLog, 1_000) >= limits.perSecond) return true;
    const mine = this.byConversation.get(conversationId) ?? [];
    return limits.perConversation.some((l) => count(mine, l.windowMs) >= l.limit);
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = performance.now();
      const member = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)\/?$/.exec(req.url ?? '');
      if (req.method === 'GET' && member) return this.memberOf(res, member[1] ?? '', member[2] ?? '');
      // Send to conversation, or reply to an activity (what the bot's replies within a turn use).
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?\/?$/.exec(req.url ?? '');
      if (req.method !== 'POST' || !match) {
        res.writeHead(404);
        res.end();
        return;
      }
      const conversationId = decodeURIComponent(match[1] ?? '');
      const correlationId = String(req.headers['x-ms-client-request-id'] ?? '');
      let activity: unknown;
      try {
        activity = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        this.answer(res, { conversationId, correlationId, at, activity: null }, 400, { error: 'bad json' });
        return;
      }
      const random = this.options.random ?? Math.random;
      const record = { conversationId, correlationId, at, activity };
      const refused = this.options.refuse?.get(conversationId);
      if (refused)
        return this.answer(res, record, refused, {
          error: { code: refused === 403 ? 'BotDisabledByAdmin' : 'ConversationNotFound' },
        });
      if (this.overLimit(conversationId, at)) {
        this.violations += 1;
        return this.answer(res, record, 429, { error: { code: 'Throttled' } }, 1);
      }
      if (random() < (this.options.throttleProbability ?? 0)) {
        return this.answer(res, record, 429, { error: { code: 'Throttled' } }, this.options.retryAfterSeconds ?? null);
      }
      if (random() < (this.options.transientProbability ?? 0)) {
        return this.answer(res, record, random() < 0.5 ? 502 : 504, { error: { code: 'ServiceError' } });
      }
      this.answer(res, record, 201, { id: `activity-${this.nextId++}` });
    });
  }

  private memberOf(res: ServerResponse, conversationId: string, userId: string): void {
    const id = decodeURIComponent(userId);
    this.memberLookups.push(`${decodeURIComponent(conversationId)} ${id}`);
    const member = this.options.members?.get(id);
    res.writeHead(member ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(member ? { id, ...member } : { error: { code: 'MemberNotFoundInConversation' } }));
  }

  private answer(
    res: ServerResponse,
    record: Omit<ReceivedRequest, 'status'>,
    status: number,
    body: object,
    retryAfterSeconds: number | null = null,
  ): void {
    const received = { ...record, status };
    this.requests.push(received);
    if (status >= 200 && status < 300) {
      this.acceptedLog.push(received);
      const list = this.byConversation.get(record.conversationId) ?? [];
      list.push(received);
      this.byConversation.set(record.conversationId, list);
    }
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (retryAfterSeconds !== null) headers['retry-after'] = String(retryAfterSeconds);
    res.writeHead(status, headers);
    res.end(JSON.stringify(body));
  }
}

/** The largest number of accepted requests in any window of `windowMs` (to check pacing after the fact). */
export function maxInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i += 1) {
    while ((sorted[i] as number) - (sorted[j] as number) >= windowMs) j += 1;
    best = Math.max(best, i - j + 1);
  }
  return best;
}
