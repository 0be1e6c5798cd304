import { FakeBotConnector } from '../../src/cli/fake-bot-connector';
import { EMAILS, request, startHarness, type Harness } from '../api/harness';

/**
 * The whole app as `npm start` wires it (src/server.ts), with no bot credentials: POST /api/messages takes
 * unauthenticated local requests, as the Microsoft 365 Agents Playground sends them, and the bot's replies go to
 * the activity's serviceUrl (here a fake Bot Connector, as the Playground runs one).
 */
describe('POST /api/messages and POST /api/v1/jobs/reminders on the real server', () => {
  let h: Harness;
  let channel: FakeBotConnector;
  beforeEach(async () => {
    h = await startHarness();
    channel = await FakeBotConnector.start();
  });
  afterEach(async () => {
    await h.close();
    await channel.close();
  });

  async function jamal() {
    const [person] = await h.app.ports.store.query('person', { email: EMAILS.coastContributorTheme4 });
    if (!person) throw new Error('no Jamal');
    return person;
  }

  function activity(person: Awaited<ReturnType<typeof jamal>>, extra: Record<string, unknown>) {
    return {
      channelId: 'msteams',
      serviceUrl: channel.url,
      id: `act-${Math.random()}`,
      from: { id: '29:jamal', name: person.displayName, aadObjectId: person.objectId },
      recipient: { id: '28:bot', name: 'QIN' },
      conversation: { id: 'a:jamal-personal', conversationType: 'personal', tenantId: person.tenantId },
      channelData: { tenant: { id: person.tenantId } },
      ...extra,
    };
  }

  it('accepts local unauthenticated requests: install, a command, and a card action', async () => {
    const person = await jamal();
    const install = await request(h.baseUrl, 'POST', '/api/messages', {
      body: activity(person, { type: 'installationUpdate', action: 'add' }),
    });
    expect(install.status).toBe(200);
    expect(await h.app.ports.store.query('conversation', { personId: person.id })).toHaveLength(1);

    const next = await request(h.baseUrl, 'POST', '/api/messages', {
      body: activity(person, { type: 'message', text: 'next' }),
    });
    expect(next.status).toBe(200);
    const replies = channel.accepted().map((r) => JSON.stringify(r.activity));
    expect(replies.some((r) => r.includes('4.3'))).toBe(true); // the rate-a-standard card for his first standard

    const invoke = await request<{ statusCode: number; type: string; value: { body: unknown[] } }>(
      h.baseUrl,
      'POST',
      '/api/messages',
      {
        body: activity(person, {
          type: 'invoke',
          name: 'adaptiveCard/action',
          value: {
            action: { type: 'Action.Execute', verb: 'progress.show', data: { verb: 'progress.show' } },
            trigger: 'manual',
          },
        }),
      },
    );
    expect(invoke.status).toBe(200);
    expect(invoke.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(JSON.stringify(invoke.body.value)).toContain('COAST early intervention service');
  });

  it("lets the Agents Playground's own test user stand in for a demo person (local use only)", async () => {
    // The Playground's default user and tenant: not in the network.
    const playground = {
      ...(await jamal()),
      displayName: 'Alex Wilber',
      tenantId: '00000000-0000-0000-0000-0000000000001',
      objectId: '00000000-0000-0000-0000-00000000000020',
    };
    const say = (text: string) =>
      request(h.baseUrl, 'POST', '/api/messages', { body: activity(playground, { type: 'message', text }) });
    const lastReply = () => JSON.stringify(channel.accepted().at(-1)?.activity);
    await say('next');
    expect(lastReply()).toMatch(/no record of you[^"]*Type \\"as ella\.morgan@slam\.nhs\.example\\"/);
    await say('as jamal.williams@slam.nhs.example');
    expect(lastReply()).toContain('This chat is now Jamal Williams');
    await say('next');
    expect(lastReply()).toContain('4.3');
  });

  it('answers 400, not 500, to an activity without a type', async () => {
    const person = await jamal();
    const untyped = activity(person, { text: 'next' }); // no "type"
    const res = await request<{ status: number; detail: string }>(h.baseUrl, 'POST', '/api/messages', {
      body: untyped,
    });
    expect(res.status).toBe(400);
    expect(res.contentType).toContain('application/problem+json');
    expect(res.body.detail).toMatch(/needs a "type"/);
  });

  it('refuses a body that is not JSON', async () => {
    const res = await request(h.baseUrl, 'POST', '/api/messages', {
      rawBody: '{not json',
      contentType: 'application/json',
    });
    expect(res.status).toBe(400);
  });

  it('runs the reminders on demand for network admins only, and sends them through the proactive sender', async () => {
    const person = await jamal();
    await request(h.baseUrl, 'POST', '/api/messages', {
      body: activity(person, { type: 'installationUpdate', action: 'add' }),
    });
    const before = channel.accepted().length;

    expect((await request(h.baseUrl, 'POST', '/api/v1/jobs/reminders')).status).toBe(401);
    const contributor = await h.signIn(EMAILS.coastContributorTheme4);
    expect((await contributor.send('POST', '/api/v1/jobs/reminders')).status).toBe(403);

    const admin = await h.signIn(EMAILS.admin);
    const run = await admin.send<{ outcome: string; planned: number; outcomes: { sent: number } }>(
      'POST',
      '/api/v1/jobs/reminders',
    );
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({ outcome: 'completed', planned: 1, outcomes: { sent: 1 } });
    expect(channel.accepted().length).toBe(before + 1);
    // Again in the same period: nothing new.
    expect((await admin.send<{ planned: number }>('POST', '/api/v1/jobs/reminders')).body.planned).toBe(0);
  });
});

describe('POST /api/messages with bot credentials configured', () => {
  it('refuses a request without a Bot Framework token', async () => {
    const h = await startHarness({ env: { BOT_ID: '00000000-0000-0000-0000-000000000001', BOT_PASSWORD: 'secret' } });
    try {
      const res = await request(h.baseUrl, 'POST', '/api/messages', {
        body: {
          type: 'message',
          text: 'next',
          channelId: 'msteams',
          serviceUrl: 'https://smba.trafficmanager.net/emea/',
          from: { id: 'x' },
          conversation: { id: 'y' },
          recipient: { id: 'z' },
        },
      });
      expect(res.status).toBe(401);
      expect(res.contentType).toContain('application/problem+json');
    } finally {
      await h.close();
    }
  });

  it.each([
    ['a token that is not a JWT', 'not-a-token'],
    ['a JWT from an unknown issuer', `${b64({ alg: 'RS256', kid: 'k' })}.${b64({ iss: 'https://evil.example' })}.c2ln`],
  ])("answers %s with 401 and a message of its own, never 500 or the library's error text", async (_name, token) => {
    const h = await startHarness({ env: { BOT_ID: '00000000-0000-0000-0000-000000000001', BOT_PASSWORD: 'secret' } });
    try {
      const res = await request<{ detail: string }>(h.baseUrl, 'POST', '/api/messages', {
        token,
        body: {
          type: 'message',
          text: 'next',
          channelId: 'msteams',
          serviceUrl: 'https://smba.trafficmanager.net/emea/',
          from: { id: 'x' },
          conversation: { id: 'y' },
          recipient: { id: 'z' },
        },
      });
      expect(res.status).toBe(401);
      expect(res.contentType).toContain('application/problem+json');
      expect(res.body.detail).toBe(
        'The request did not carry a valid Bot Framework token. Only Microsoft Teams (the Bot Connector) can call this endpoint.',
      );
    } finally {
      await h.close();
    }
  });
});

function b64(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
