import { httpConnectorTransport, type ConnectorTransport } from '../../bot/sender/connector-transport';
import { Pacer } from '../../bot/sender/pacer';
import { ProactiveSender, type SenderSettings } from '../../bot/sender/proactive-sender';
import { reminderActivity } from '../../bot/notification-cards';
import { FakeBotConnector } from '../../src/cli/fake-bot-connector';
import type { ConversationRecord } from '../../src/domain/conversation';
import type { DeliveryResult, OutgoingNotification } from '../../src/services/reminders/notifier';
import { runReminders } from '../../src/services/reminders/run';
import { reminderSettings } from '../../src/services/reminders/settings';
import { demoNetwork } from '../unit/reminders/harness';
import { CONTEXT, DIGEST } from './card-samples';

/** Teams' shape of limits, scaled down in time so the test runs in seconds: 7 per 1 s and 20 per 4 s. */
const SETTINGS: SenderSettings = {
  perConversation: [
    { limit: 7, windowMs: 1_000 },
    { limit: 20, windowMs: 4_000 },
  ],
  perTenantPerSecond: 40,
  retry: { maxAttempts: 8, baseDelayMs: 40, maxDelayMs: 800 },
};

function conversation(serviceUrl: string, id: string): ConversationRecord {
  return {
    id: `personal:tenant-1:${id}`,
    version: 1,
    scope: 'personal',
    personId: `p-${id}`,
    tenantId: 'tenant-1',
    objectId: id,
    serviceId: null,
    reference: {
      serviceUrl,
      channelId: 'msteams',
      conversation: { id: `a:${id}`, tenantId: 'tenant-1' },
      bot: { id: '28:bot', name: 'QIN' },
      user: { id: `29:${id}`, aadObjectId: id },
    },
    status: 'active',
    updatedAt: '2026-11-26T09:00:00.000Z',
  };
}

function sender(settings = SETTINGS): ProactiveSender {
  const transport: ConnectorTransport = httpConnectorTransport(null);
  return new ProactiveSender(transport, new Pacer(), reminderActivity(CONTEXT.links), settings);
}

describe('the proactive sender against a fake Bot Connector that answers 429 at random', () => {
  let connector: FakeBotConnector;
  afterEach(async () => connector.close());

  it('delivers everything exactly once through random 429s, 502s and 504s', async () => {
    connector = await FakeBotConnector.start({
      throttleProbability: 0.15,
      transientProbability: 0.05,
      retryAfterSeconds: null,
      limits: { perConversation: SETTINGS.perConversation, perSecond: SETTINGS.perTenantPerSecond },
      // Like Teams, the fake also throttles what ARRIVES over the limits. It runs in this process, so arrival times
      // carry this process's event-loop lag (and the first burst's connection setup): the rare excess it sees is
      // answered 429 and must be coped with like any other.
      toleranceMs: 100,
    });
    const notifications: OutgoingNotification[] = [];
    for (let c = 0; c < 40; c += 1) {
      for (let m = 0; m < 3; m += 1)
        notifications.push({
          notificationId: `n-${c}-${m}`,
          conversation: conversation(connector.url, `c${c}`),
          content: DIGEST,
        });
    }
    // One conversation gets a burst: it must be spread over its windows.
    for (let m = 0; m < 25; m += 1)
      notifications.push({
        notificationId: `burst-${m}`,
        conversation: conversation(connector.url, 'busy'),
        content: DIGEST,
      });

    const s = sender();
    const results = await Promise.all(notifications.map((n) => s.deliver(n)));

    expect(results.filter((r) => r.outcome !== 'sent')).toEqual([]);
    const accepted = connector
      .accepted()
      .map((r) => r.correlationId)
      .sort();
    expect(accepted).toEqual(notifications.map((n) => n.notificationId).sort());
    expect(connector.requests.length).toBeGreaterThan(accepted.length); // some were throttled and retried
    // Pacing itself is checked in virtual time, at arrival, in pacing-at-teams.test.ts: timing real sends here
    // would make this test depend on how busy the machine is.
    // The card went out as an Adaptive Card attachment to the stored conversation.
    expect(connector.accepted()[0]?.activity).toMatchObject({
      type: 'message',
      conversation: { id: expect.stringMatching(/^a:/) },
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive' }],
    });
  }, 30_000);

  it('reports a conversation Teams refuses (403, 404) as unreachable, without retrying', async () => {
    connector = await FakeBotConnector.start({
      refuse: new Map([
        ['a:blocked', 403],
        ['a:gone', 404],
      ] as const),
    });
    const s = sender();
    const blocked = await s.deliver({
      notificationId: 'x',
      conversation: conversation(connector.url, 'blocked'),
      content: DIGEST,
    });
    const gone = await s.deliver({
      notificationId: 'y',
      conversation: conversation(connector.url, 'gone'),
      content: DIGEST,
    });
    expect(blocked).toMatchObject({ outcome: 'unreachable', status: 403 });
    expect(gone).toMatchObject({ outcome: 'unreachable', status: 404 });
    expect(connector.requests).toHaveLength(2);
  });

  it('waits at least Retry-After, and gives up (failed, nothing arrived) after its attempts', async () => {
    connector = await FakeBotConnector.start({ throttleProbability: 1, retryAfterSeconds: 1 });
    const s = sender({ ...SETTINGS, retry: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 20 } });
    const result: DeliveryResult = await s.deliver({
      notificationId: 'z',
      conversation: conversation(connector.url, 'c'),
      content: DIGEST,
    });
    expect(result).toMatchObject({ outcome: 'failed', attempts: 2 });
    const [first, second] = connector.requests;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(990);
  });

  it('runs a whole reminder run through the sender: each reminder arrives once', async () => {
    connector = await FakeBotConnector.start({ throttleProbability: 0.3, retryAfterSeconds: null });
    const { ports, store } = await demoNetwork();
    // Point every stored conversation at the fake connector.
    for (const c of await store.query('conversation', {})) {
      await store.commit({ actorId: 't', at: c.updatedAt }, [
        {
          op: 'put',
          kind: 'conversation',
          value: { ...c, reference: { ...c.reference, serviceUrl: connector.url } },
          expectedVersion: c.version,
        },
      ]);
    }
    const summary = await runReminders(ports, {
      notifier: sender(),
      settings: reminderSettings({ concurrency: 8 }),
      holder: 'a',
    });
    const ids = connector.accepted().map((r) => r.correlationId);
    expect(summary.outcomes.sent).toBe(summary.planned);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(summary.planned);
    expect((await runReminders(ports, { notifier: sender(), settings: reminderSettings(), holder: 'a' })).planned).toBe(
      0,
    );
    await store.close();
  }, 30_000);
});
