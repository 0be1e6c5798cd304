import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One member of a channel's roster, as the Bot Connector lists it. */
export interface RosterMember {
  readonly id: string;
  readonly aadObjectId?: string;
  readonly name: string;
  readonly userRole?: string;
}

/**
 * A stand-in for the Bot Connector: the paged roster of one channel, one-to-one chats opened with members (those in
 * `blocked` have blocked the app: 403), and the cards posted to those chats.
 */
export class FakeConnector {
  readonly cards: { chat: string; body: unknown }[] = [];
  readonly rosterQueries: string[] = [];
  /** Teams' answer to the roster, when it does not list it (throttled, or the bot removed from the team). */
  rosterRefusal: number | null = null;
  /** Teams throttles the first attempt to open a chat with these members (429, Retry-After 2 s). */
  readonly throttleOnce: Set<string>;
  /** Chats opened, by member id, in order. */
  readonly chatsOpened: string[] = [];
  /** Cards to these chats are held, unanswered, until released: a send caught in mid-flight. */
  private readonly held = new Map<string, { reached: () => void; released: Promise<void> }>();
  private server: Server | undefined;

  constructor(
    private readonly channel: string,
    private readonly pages: readonly (readonly RosterMember[])[],
    options: { readonly blocked?: readonly string[]; readonly throttleOnce?: readonly string[] } = {},
  ) {
    this.blocked = new Set(options.blocked ?? ['29:cat']);
    this.throttleOnce = new Set(options.throttleOnce ?? ['29:ben']);
  }

  private readonly blocked: Set<string>;

  /**
   * Holds the next card posted to `chat` unanswered: `reached` settles when it arrives, and `release` lets it through
   * (the card is then delivered, as a request that left before a crash may still be).
   */
  holdCardsTo(chat: string): { readonly reached: Promise<void>; readonly release: () => void } {
    let reached = (): void => undefined;
    let release = (): void => undefined;
    const reachedPromise = new Promise<void>((resolve) => (reached = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    this.held.set(chat, { reached, released });
    return {
      reached: reachedPromise,
      release: () => {
        this.held.delete(chat);
        release();
      },
    };
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  stop(): Promise<void> {
    this.server?.closeAllConnections();
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    const url = new URL(req.url ?? '/', 'http://connector');
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && url.pathname === `/v3/conversations/${encodeURIComponent(this.channel)}/pagedmembers`) {
      this.rosterQueries.push(url.search);
      if (this.rosterRefusal) return reply(this.rosterRefusal, { error: { code: 'Refused' } });
      const page = Number(url.searchParams.get('continuationToken') ?? '0');
      const next = page + 1 < this.pages.length ? String(page + 1) : undefined;
      return reply(200, { members: this.pages[page], ...(next ? { continuationToken: next } : {}) });
    }
    if (req.method === 'POST' && url.pathname === '/v3/conversations') {
      const member = (JSON.parse(raw) as { members: { id: string }[] }).members[0]?.id ?? '';
      if (this.blocked.has(member)) return reply(403, { error: { code: 'BotDisabledByAdmin' } });
      if (this.throttleOnce.delete(member)) {
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '2' });
        res.end(JSON.stringify({ error: { code: 'Throttled' } }));
        return;
      }
      this.chatsOpened.push(member);
      return reply(201, { id: `a:chat-${member}` });
    }
    const posted = /^\/v3\/conversations\/([^/]+)\/activities$/.exec(url.pathname);
    if (req.method === 'POST' && posted) {
      const held = this.held.get(decodeURIComponent(posted[1] ?? ''));
      if (held) {
        held.reached();
        await held.released;
      }
      this.cards.push({ chat: decodeURIComponent(posted[1] ?? ''), body: JSON.parse(raw) });
      return reply(201, { id: `activity-${this.cards.length}` });
    }
    reply(404, {});
  }
}
