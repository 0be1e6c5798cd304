import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ActivityFeedPacer, type PacerClock } from '../../src/adapters/graph/activity-feed-pacer';
import { createGraphClientFactory, type GraphClientFactory } from '../../src/adapters/graph/graph-client-factory';
import { GraphActivityFeed } from '../../src/adapters/graph/graph-activity-feed';
import type { BellNotification } from '../../src/services/reminders/activity-feed';
import { runReminders } from '../../src/services/reminders/run';
import { reminderSettings } from '../../src/services/reminders/settings';
import { demoNetwork, RecordingNotifier } from '../unit/reminders/harness';
import type { GraphSimulator } from '../graph-simulator/server';
import { startHarness, type Harness } from './harness';

/** The Teams bell through Graph's sendActivityNotification, against the simulator (as strict as Graph). */

const TEAMS_APP_ID = 'qin-teams-app';
const LINKS = { tabUrl: 'https://qin.nhs.example', teamsAppId: TEAMS_APP_ID, tabEntityId: 'my-work' };
const manifest = JSON.parse(readFileSync(path.join(__dirname, '../../appPackage/manifest.json'), 'utf8')) as {
  activities: { activityTypes: { type: string }[] };
};

/** Virtual time shared by the pacer and the simulator's rate limit: waiting costs no real time. */
class VirtualClock implements PacerClock {
  ms = 0;
  now(): number {
    return this.ms;
  }
  async sleep(ms: number): Promise<void> {
    this.ms += Math.max(0, ms);
  }
}

let harness: Harness;
/** Graph with graph-client's own retries off: the feed's pacer alone waits out throttling. */
let graph: GraphClientFactory;

beforeAll(async () => {
  harness = await startHarness();
  graph = createGraphClientFactory({
    tenantId: 'tenant-host',
    credentials: { kind: 'clientSecret', clientId: 'qin-app', clientSecret: harness.sim.tokens.clientSecret },
    graphHost: harness.sim.host,
    loginHost: harness.sim.host,
    userAgent: { company: 'NHS', product: 'MindBodyQIN', version: '0.1.0-test' },
    trustedCa: harness.sim.ca,
    retry: { maxRetries: 0, delaySeconds: 0 },
  });
});
afterAll(async () => {
  graph.close();
  await harness.close();
});

function setUp(options: { perSecond?: number } = {}) {
  const sim: GraphSimulator = harness.sim;
  sim.faults.clear();
  const feed = sim.activityFeed;
  feed.granted = true;
  feed.installedFor.clear();
  feed.delivered.length = 0;
  feed.throttled = 0;
  feed.resetRate();
  feed.teamsAppId = TEAMS_APP_ID;
  for (const t of manifest.activities.activityTypes) feed.activityTypes.add(t.type);
  const clock = new VirtualClock();
  clock.ms = Date.now();
  feed.now = () => clock.now();
  const refusals: { tenantId: string; detail: string }[] = [];
  const bell = new GraphActivityFeed({
    graphFor: () => graph.app,
    links: LINKS,
    pacer: new ActivityFeedPacer(options.perSecond, clock),
    reportRefusal: (tenantId, detail) => refusals.push({ tenantId, detail }),
  });
  return { sim, feed, clock, bell, refusals };
}

const notification = (objectId: string, n = 1): BellNotification => ({
  notificationId: `review:${objectId}:${n}`,
  tenantId: 'tenant-host',
  objectId,
  activity: { type: 'reviewDue', parameters: { assessment: 'COAST early intervention', when: 'in 5 days' } },
  previewText: 'Your peer review of COAST early intervention (SLaM) closes in 5 days.',
  target: { assessmentId: 'a-coast', view: 'review' },
});

describe('GraphActivityFeed on the Graph simulator', () => {
  it('puts the notification in the person’s feed with a Teams deep link to the page it is about', async () => {
    const { feed, bell } = setUp();
    feed.installedFor.add('oid-ella');
    expect(await bell.notify(notification('oid-ella'))).toEqual({ outcome: 'sent' });
    const [landed] = feed.delivered;
    expect(landed).toMatchObject({
      userId: 'oid-ella',
      activityType: 'reviewDue',
      templateParameters: [
        { name: 'assessment', value: 'COAST early intervention' },
        { name: 'when', value: 'in 5 days' },
      ],
    });
    const webUrl = new URL(landed?.topic.webUrl ?? '');
    expect(webUrl.pathname).toBe(`/l/entity/${TEAMS_APP_ID}/my-work`);
    // The same sub-entity the cards' links carry, which the tab opens at the review workspace.
    expect(JSON.parse(webUrl.searchParams.get('context') ?? '{}')).toEqual({
      subEntityId: 'assessment:a-coast:review',
    });
  });

  it('keeps within 5 a second per tenant, so Graph never throttles a burst of reminders', async () => {
    const { feed, clock, bell } = setUp();
    const start = clock.now();
    for (let i = 0; i < 20; i += 1) feed.installedFor.add(`oid-${i}`);
    // One after another as a run sends them (the pacer's unit test covers sends waiting side by side).
    const results = [];
    for (let i = 0; i < 20; i += 1) results.push(await bell.notify(notification(`oid-${i}`)));
    expect(results.every((r) => r.outcome === 'sent')).toBe(true);
    expect(feed.throttled).toBe(0);
    expect(feed.delivered).toHaveLength(20);
    // 20 sends evenly spaced at 5 a second: the last leaves 3.8 s after the first.
    expect(clock.now() - start).toBeGreaterThanOrEqual(3800);
  });

  it('waits out 429 Retry-After when sent faster than Graph allows, and resends until every notification arrived once', async () => {
    const { feed, bell } = setUp({ perSecond: 50 });
    for (let i = 0; i < 12; i += 1) feed.installedFor.add(`oid-${i}`);
    const results = [];
    for (let i = 0; i < 12; i += 1) results.push(await bell.notify(notification(`oid-${i}`)));
    expect(feed.throttled).toBeGreaterThan(0);
    expect(results.every((r) => r.outcome === 'sent')).toBe(true);
    expect(feed.delivered.map((d) => d.userId)).toEqual(Array.from({ length: 12 }, (_, i) => `oid-${i}`));
  });

  it('answers "failed" (to send again on a later run) when Graph throttles every attempt', async () => {
    const { sim, feed, bell } = setUp();
    feed.installedFor.add('oid-ella');
    sim.faults.script({ fault: 'throttle', when: (r) => r.path.endsWith('/sendActivityNotification'), times: 5 });
    const result = await bell.notify(notification('oid-ella'));
    expect(result).toMatchObject({ outcome: 'failed', detail: expect.stringMatching(/throttled/) });
    expect(feed.delivered).toHaveLength(0);
  });

  it('answers "not_installed" when the app is not installed for the person', async () => {
    const { bell, refusals } = setUp();
    expect(await bell.notify(notification('oid-never-installed'))).toMatchObject({ outcome: 'not_installed' });
    expect(refusals).toEqual([]);
  });

  it('answers "forbidden" without TeamsActivity.Send, and tells the administrator once, not per notification', async () => {
    const { feed, bell, refusals } = setUp();
    feed.granted = false;
    feed.installedFor.add('oid-ella');
    for (let i = 0; i < 3; i += 1) {
      expect(await bell.notify(notification('oid-ella', i))).toMatchObject({ outcome: 'forbidden' });
    }
    expect(refusals).toHaveLength(1);
    expect(refusals[0]?.detail).toMatch(/TeamsActivity\.Send/);
  });
});

describe('reminders with the bell on the Graph simulator', () => {
  // A Monday inside the sending window, with daily digests.
  const DAY_OF_RUN = new Date('2026-12-28T09:00:00Z');
  const settings = reminderSettings({ digestPeriod: 'daily', concurrency: 1 });

  async function run(prepare: (s: ReturnType<typeof setUp>, objectIds: string[]) => void) {
    const net = await demoNetwork();
    net.clock.set(DAY_OF_RUN);
    const chat = new RecordingNotifier(net.clock);
    const setup = setUp();
    const people = await net.store.query('person', {});
    prepare(
      setup,
      people.map((p) => p.objectId ?? ''),
    );
    const summary = await runReminders(net.ports, { notifier: chat, settings, holder: 'a', bell: setup.bell });
    await net.store.close();
    return { chat, summary, ...setup };
  }

  it('rings the bell and sends the chat for everyone with the app installed', async () => {
    const { chat, feed, summary } = await run((s, ids) => ids.forEach((id) => s.feed.installedFor.add(id)));
    expect(chat.delivered.length).toBeGreaterThanOrEqual(8);
    expect(feed.delivered).toHaveLength(chat.delivered.length);
    expect(summary.bell.sent).toBe(chat.delivered.length);
  });

  it("still sends every chat when the permission is missing, reported once for each trust's tenant", async () => {
    const { chat, feed, summary, refusals } = await run((s, ids) => {
      s.feed.granted = false;
      ids.forEach((id) => s.feed.installedFor.add(id));
    });
    expect(chat.delivered.length).toBeGreaterThanOrEqual(8);
    expect(feed.delivered).toHaveLength(0);
    expect(summary.outcomes.sent).toBe(chat.delivered.length);
    const tenants = refusals.map((r) => r.tenantId);
    expect(tenants.length).toBeGreaterThan(1);
    expect(new Set(tenants).size).toBe(tenants.length);
  });
});
