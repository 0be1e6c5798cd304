import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connectorChannelMessenger } from '../../bot/sender/channel-messenger';
import type { ConversationRecord } from '../../src/domain/conversation';
import { exportQuestionnaireJson } from '../../src/domain/questionnaires/questionnaire-json';
import { STARTER_QUESTIONNAIRES } from '../../src/domain/questionnaires/starter-questionnaires';
import { resolvePrincipal } from '../../src/services/identity/identity';
import { demoGuid } from '../../src/cli/seed-random';
import type { Principal } from '../../src/services/access-policy';
import { sendToChannelMembers } from '../../src/services/questionnaires/channel-audience';
import { answerAsStaff, staffQuestionnaire } from '../../src/services/questionnaires/staff-answers';
import { EMAILS, startHarness, type Harness } from '../api/harness';
import { CONTEXT } from './card-samples';

const ASSESSMENT = 'a-cur-svc-slam-coast';
const CHANNEL = '19:coast-staff@thread.tacv2';
/** A member of the channel the network knows, though not as COAST's staff: CMHT's team leader. */
const TOM = 'p-sl-cmht';
const TOM_OBJECT_ID = demoGuid(`person:${TOM}`);

interface RosterMember {
  readonly id: string;
  readonly aadObjectId?: string;
  readonly name: string;
  readonly userRole?: string;
}

/** The channel's roster, on two pages: staff, a guest, a bot, and one person listed on both pages. */
const PAGES: readonly RosterMember[][] = [
  [
    { id: '29:amy', aadObjectId: 'oid-amy', name: 'Amy Nurse', userRole: 'user' },
    { id: '29:ben', aadObjectId: 'oid-ben', name: 'Ben Therapist', userRole: 'user' },
    { id: '29:guest', aadObjectId: 'oid-guest', name: 'Gail Visitor', userRole: 'guest' },
  ],
  [
    { id: '28:other-bot', name: 'Another bot' },
    { id: '29:cat', aadObjectId: 'oid-cat', name: 'Cat Blocked', userRole: 'user' },
    { id: '29:amy', aadObjectId: 'oid-amy', name: 'Amy Nurse', userRole: 'user' },
    { id: '29:tom', aadObjectId: TOM_OBJECT_ID, name: 'Tom Fitzgerald', userRole: 'user' },
  ],
];

/**
 * A stand-in for the Bot Connector: the paged roster of the channel, one-to-one chats opened with members (Cat has
 * blocked the app: 403), and the cards posted to those chats.
 */
class FakeConnector {
  readonly cards: { chat: string; body: unknown }[] = [];
  readonly rosterQueries: string[] = [];
  /** Teams' answer to the roster, when it does not list it (throttled, or the bot removed from the team). */
  rosterRefusal: number | null = null;
  /** Teams throttles the first attempt to open a chat with these members (429, Retry-After 2 s). */
  readonly throttleOnce = new Set(['29:ben']);
  private server: Server | undefined;

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
    if (req.method === 'GET' && url.pathname === `/v3/conversations/${encodeURIComponent(CHANNEL)}/pagedmembers`) {
      this.rosterQueries.push(url.search);
      if (this.rosterRefusal) return reply(this.rosterRefusal, { error: { code: 'Refused' } });
      const page = Number(url.searchParams.get('continuationToken') ?? '0');
      const next = page + 1 < PAGES.length ? String(page + 1) : undefined;
      return reply(200, { members: PAGES[page], ...(next ? { continuationToken: next } : {}) });
    }
    if (req.method === 'POST' && url.pathname === '/v3/conversations') {
      const member = (JSON.parse(raw) as { members: { id: string }[] }).members[0]?.id ?? '';
      if (member === '29:cat') return reply(403, { error: { code: 'BotDisabledByAdmin' } });
      if (this.throttleOnce.delete(member)) {
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '2' });
        res.end(JSON.stringify({ error: { code: 'Throttled' } }));
        return;
      }
      return reply(201, { id: `a:chat-${member}` });
    }
    const posted = /^\/v3\/conversations\/([^/]+)\/activities$/.exec(url.pathname);
    if (req.method === 'POST' && posted) {
      this.cards.push({ chat: decodeURIComponent(posted[1] ?? ''), body: JSON.parse(raw) });
      return reply(201, { id: `activity-${this.cards.length}` });
    }
    reply(404, {});
  }
}

describe("the staff questionnaire sent to the members of the service's Teams channel", () => {
  let h: Harness;
  let connector: FakeConnector;
  let runId: string;
  /** How long the bot waited before trying again (no real time passes in the test). */
  const waits: number[] = [];

  const principalOf = async (personId: string): Promise<Principal> => {
    const person = await h.app.ports.store.get('person', personId);
    if (!person?.tenantId || !person.objectId) throw new Error(`${personId} has no sign-in identity`);
    return resolvePrincipal(h.app.ports, {
      tenantId: person.tenantId,
      objectId: person.objectId,
      email: null,
      name: null,
    });
  };
  const send = async () =>
    sendToChannelMembers(
      h.app.ports,
      await principalOf('p-sl-coast'),
      ASSESSMENT,
      runId,
      connectorChannelMessenger(null, CONTEXT.links, {
        sleep: async (ms) => {
          waits.push(ms);
        },
      }),
    );

  beforeAll(async () => {
    h = await startHarness();
    connector = new FakeConnector();
    const serviceUrl = await connector.start();
    const tenant = (await h.app.ports.store.get('person', TOM))?.tenantId ?? 'no tenant';
    const admin = await h.signIn(EMAILS.admin);
    const imported = await admin.send<{ id: string }>('POST', '/api/v1/questionnaires/import', {
      format: 'json',
      content: exportQuestionnaireJson(STARTER_QUESTIONNAIRES[0]!),
      frameworkId: 'fw-mind-body-v1',
    });
    const lead = await h.signIn(EMAILS.coastLead);
    const opened = await lead.send<{ run: { id: string } }>(
      'POST',
      `/api/v1/assessments/${ASSESSMENT}/questionnaire-runs`,
      { questionnaireId: imported.body.id, closesAt: '2026-12-31T17:00:00Z' },
    );
    runId = opened.body.run.id;
    // The lead added the app to the service's team channel: the bot keeps the channel's reference, bound to COAST.
    const channel: ConversationRecord = {
      id: `team:${CHANNEL}`,
      version: 0,
      scope: 'team',
      personId: null,
      tenantId: tenant,
      objectId: null,
      serviceId: 'svc-slam-coast',
      reference: { serviceUrl, channelId: 'msteams', conversation: { id: CHANNEL, tenantId: tenant } },
      status: 'active',
      updatedAt: '2026-11-26T09:00:00.000Z',
    };
    await h.app.ports.store.commit({ actorId: 'test', at: '2026-11-26T09:00:00.000Z' }, [
      { op: 'put', kind: 'conversation', value: channel, expectedVersion: 0 },
    ]);
  });
  afterAll(async () => {
    await connector.stop();
    await h.close();
  });

  it('reads every page of the roster, sends each member of staff the card once, and counts who could not be reached', async () => {
    const summary = await send();
    expect(connector.rosterQueries).toEqual(['?pageSize=500', '?pageSize=500&continuationToken=1']);
    expect(connector.cards.map((c) => c.chat)).toEqual(['a:chat-29:amy', 'a:chat-29:ben', 'a:chat-29:tom']);
    // Ben's chat was throttled once: the bot waited at least Teams' Retry-After, then opened it.
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(2_000);
    expect(JSON.stringify(connector.cards[0]?.body)).toContain('Answer here in chat');
    expect(summary).toMatchObject({ sent: 3, couldNotReach: 1, sentBefore: 0 });
    expect(summary.message).toBe('3 sent, 1 could not be reached: they can answer in the tab.');
  });

  it('sends nobody a second card when the lead sends again, and tries again only those it could not reach', async () => {
    const summary = await send();
    expect(connector.cards).toHaveLength(3);
    expect(summary).toMatchObject({ sent: 0, couldNotReach: 1, sentBefore: 3 });
    expect(summary.message).toBe(
      '0 sent, 1 could not be reached: they can answer in the tab. 3 people had it already and were not sent it again.',
    );
  });

  it('lets a member of the channel the network knows answer it, though not listed as the service’s staff', async () => {
    const tom = await principalOf(TOM);
    const form = await staffQuestionnaire(h.app.ports, tom, runId);
    expect(form.answer).toEqual({ allowed: true });
    const choices = Object.fromEntries(
      form.questions.filter((q) => q.options.length > 0).map((q) => [q.code, q.options[0]?.value ?? '']),
    );
    await answerAsStaff(h.app.ports, tom, runId, { choices, texts: {} });
    expect((await h.app.ports.store.get('questionnaireTally', runId))?.answers).toBe(1);
  });
  it('says Teams did not list the channel, and sends nothing, when the roster is refused', async () => {
    connector.rosterRefusal = 403;
    try {
      await expect(send()).rejects.toThrow(
        "Teams did not list the members of the service's channel (Teams answered 403)",
      );
      expect(connector.cards).toHaveLength(3);
    } finally {
      connector.rosterRefusal = null;
    }
  });
});
