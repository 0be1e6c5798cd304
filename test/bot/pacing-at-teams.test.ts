import type { ConnectorTransport } from '../../bot/sender/connector-transport';
import { Pacer } from '../../bot/sender/pacer';
import {
  DEFAULT_SENDER_SETTINGS,
  ProactiveSender,
  TEAMS_PER_TENANT_PER_SECOND,
} from '../../bot/sender/proactive-sender';
import { maxInWindow } from '../../src/cli/fake-bot-connector';
import type { ConversationRecord } from '../../src/domain/conversation';
import type { DeliveryResult, OutgoingNotification } from '../../src/services/reminders/notifier';
import { DIGEST } from './card-samples';
import { VirtualClock } from './virtual-clock';

/** A small seeded generator, so the network's jitter is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function conversation(id: string): ConversationRecord {
  return {
    id: `personal:tenant-1:${id}`,
    version: 1,
    scope: 'personal',
    personId: `p-${id}`,
    tenantId: 'tenant-1',
    objectId: id,
    serviceId: null,
    reference: {
      serviceUrl: 'https://smba.example/emea/',
      channelId: 'msteams',
      conversation: { id: `a:${id}`, tenantId: 'tenant-1' },
      bot: { id: '28:bot', name: 'QIN' },
      user: { id: `29:${id}`, aadObjectId: id },
    },
    status: 'active',
    updatedAt: '2026-11-26T09:00:00.000Z',
  };
}

interface Arrival {
  readonly conversationId: string;
  readonly departedAt: number;
  readonly arrivedAt: number;
}

/**
 * A fake Bot Connector in virtual time: each request ARRIVES 20-400 ms after it leaves (seeded jitter), which is
 * where Teams counts its limits, and is answered 201 a little later.
 */
function teamsAtADistance(clock: VirtualClock): { transport: ConnectorTransport; arrivals: Arrival[] } {
  const arrivals: Arrival[] = [];
  const jitter = seeded(42);
  const transport: ConnectorTransport = {
    async postActivity(_serviceUrl, conversationId) {
      const departedAt = clock.now();
      const latency = 20 + jitter() * 380;
      await clock.sleep(latency);
      arrivals.push({ conversationId, departedAt, arrivedAt: clock.now() });
      await clock.sleep(20);
      return { status: 201, retryAfterMs: null, body: '{"id":"activity"}' };
    },
  };
  return { transport, arrivals };
}

/** Sends them all at once (or, `oneAtATime`, each after the previous one's answer, as a run of concurrency 1). */
async function sendAll(notifications: readonly OutgoingNotification[], perTenantPerSecond: number, oneAtATime = false) {
  const clock = new VirtualClock();
  const { transport, arrivals } = teamsAtADistance(clock);
  const sender = new ProactiveSender(
    transport,
    new Pacer(clock),
    // What the card says does not matter here, only when it arrives.
    () => ({ type: 'message', text: 'A reminder' }),
    { ...DEFAULT_SENDER_SETTINGS, perTenantPerSecond },
    (ms) => clock.sleep(ms),
  );
  const results = oneAtATime
    ? notifications.reduce(
        async (done, n) => [...(await done), await sender.deliver(n)],
        Promise.resolve([] as DeliveryResult[]),
      )
    : Promise.all(notifications.map((n) => sender.deliver(n)));
  await clock.runAll();
  expect((await results).filter((r) => r.outcome !== 'sent')).toEqual([]);
  return arrivals;
}

const times = (arrivals: readonly Arrival[], conversationId?: string) =>
  arrivals.filter((a) => conversationId === undefined || a.conversationId === conversationId).map((a) => a.arrivedAt);

function notifications(conversations: number, toBusy: number): OutgoingNotification[] {
  const out: OutgoingNotification[] = [];
  for (let c = 0; c < conversations; c += 1)
    out.push({ notificationId: `n-${c}`, conversation: conversation(`c${c}`), content: DIGEST });
  for (let m = 0; m < toBusy; m += 1)
    out.push({ notificationId: `busy-${m}`, conversation: conversation('busy'), content: DIGEST });
  return out;
}

describe("pacing as Teams sees it: arrival times at the connector, within Teams' limits", () => {
  it('keeps the tenant under 50 a second and one conversation under 7 per 1 s, 8 per 2 s and 60 per 30 s', async () => {
    // A run opening at 08:00 with a backlog, the tenant's rate configured at Teams' own ceiling (the worst case).
    const arrivals = await sendAll(notifications(400, 70), TEAMS_PER_TENANT_PER_SECOND);
    expect(arrivals).toHaveLength(470);
    expect(maxInWindow(times(arrivals), 1_000)).toBeLessThanOrEqual(TEAMS_PER_TENANT_PER_SECOND);
    const busy = times(arrivals, 'a:busy');
    expect(maxInWindow(busy, 1_000)).toBeLessThanOrEqual(7);
    expect(maxInWindow(busy, 2_000)).toBeLessThanOrEqual(8);
    expect(maxInWindow(busy, 30_000)).toBeLessThanOrEqual(60);
  });

  it('spaces sends evenly rather than in bursts at the edges of the windows', async () => {
    const arrivals = await sendAll(notifications(200, 0), 30);
    const departures = arrivals.map((a) => a.departedAt).sort((a, b) => a - b);
    const gaps = departures.slice(1).map((t, i) => t - (departures[i] as number));
    // 30 a second: one every 33 ms or more, never several in the same instant.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1_000 / 30 - 0.001);
    // And the whole backlog still flows at the configured rate (about 200 / 30 s).
    expect(departures.at(-1)).toBeLessThan(7_000);
  });

  it('keeps one conversation under 1,800 an hour', async () => {
    const arrivals = await sendAll(notifications(0, 1_850), 30, true);
    const busy = times(arrivals, 'a:busy');
    expect(busy).toHaveLength(1_850);
    expect(maxInWindow(busy, 3_600_000)).toBeLessThanOrEqual(1_800);
  });
});
