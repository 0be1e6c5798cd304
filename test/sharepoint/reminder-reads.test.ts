import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import { allListSpecs, DEFAULT_LIST_PREFIX } from '../../src/adapters/sharepoint/schema';
import { seedDemoNetwork } from '../../src/cli/seed-demo';
import { seedSyntheticNetwork } from '../../src/cli/seed-synthetic';
import type { Notifier } from '../../src/services/reminders/notifier';
import { runReminders, type ReminderRunSummary } from '../../src/services/reminders/run';
import { reminderSettings } from '../../src/services/reminders/settings';
import { itemsPerQuery } from '../graph-simulator/item-queries';
import { installFor } from '../unit/reminders/harness';
import { startAppOnSharePoint, type AppOnSharePoint } from './app-on-sharepoint';
import { seedDirectly } from './harness';

/**
 * The reminder job runs every 15 minutes. On SharePoint it plans once a day, stores the plan, and a tick with nothing
 * due reads only that: at most 2 parts. Its daily plan reads only for people the bot can reach, and never with a
 * filter that matches a whole cycle (here the list view threshold is lowered below the cycle's assessments, as
 * 10,000 services would meet it at 5,000).
 */
const DAY = 86_400_000;
const THRESHOLD = 40;
const LIST_OF = new Map([...allListSpecs(DEFAULT_LIST_PREFIX)].map(([kind, spec]) => [spec.displayName, kind]));

const accepting = (sent: string[]): Notifier => ({
  deliver: (n) => {
    sent.push(n.notificationId);
    return Promise.resolve({ outcome: 'sent', activityId: null, attempts: 1 });
  },
});

interface Measured {
  readonly summary: ReminderRunSummary;
  readonly parts: number;
  readonly kindsRead: Set<string>;
  readonly largestFilteredQuery: number;
}

describe('the reminder job on SharePoint', () => {
  let app: AppOnSharePoint;
  const sent: string[] = [];
  const settings = reminderSettings({ digestPeriod: 'daily' });

  beforeAll(async () => {
    app = await startAppOnSharePoint();
    const synthetic = SqliteStore.open(':memory:');
    await seedDemoNetwork(synthetic, app.api.now.value);
    await seedSyntheticNetwork(synthetic, 60, app.api.now.value);
    for (const kind of ['organisation', 'service', 'assessment', 'response'] as const) {
      seedDirectly(
        app.site,
        kind,
        (await synthetic.query(kind, {})).filter((e) => e.id.startsWith('syn-')),
      );
    }
    await synthetic.close();
    app.site.listViewThreshold = THRESHOLD;
  });
  afterAll(() => app.close());

  /** One scheduled tick of the job, with what it cost SharePoint. */
  async function tick(): Promise<Measured> {
    const counter = app.graph.graph.counter;
    const from = app.graph.sim.log.length;
    counter.reset();
    const summary = await runReminders(app.api.app.ports, {
      notifier: accepting(sent),
      settings,
      holder: 'scheduler',
      planning: 'once_a_day',
    });
    const queries = itemsPerQuery(app.graph.sim.log.slice(from).flatMap((e) => e.queries ?? []));
    const kindsRead = new Set<string>();
    for (const q of queries) {
      const listId = /\/lists\/([^/]+)\/items/.exec(q.query)?.[1] ?? '';
      const kind = LIST_OF.get(app.site.lists.get(listId)?.displayName ?? '');
      if (kind) kindsRead.add(kind);
    }
    return {
      summary,
      parts: counter.parts,
      kindsRead,
      largestFilteredQuery: Math.max(0, ...queries.filter((q) => q.filter !== null).map((q) => q.items)),
    };
  }

  it('plans a day when nobody can be reminded without reading the network, then ticks in at most 2 parts', async () => {
    const plan = await tick();
    expect(plan.summary.outcome).toBe('completed');
    // The lease that makes one instance plan, the plan, pending notifications and the chats: nothing else.
    expect([...plan.kindsRead].sort()).toEqual(['conversation', 'lease', 'notification']);
    const next = await tick();
    expect(next.parts).toBeLessThanOrEqual(2);
    expect([...next.kindsRead]).toEqual(['notification']);
  });

  it("plans the next day for the people it can reach, with no filtered query past a whole cycle's size", async () => {
    await installFor(app.api.app.ports, ['p-sl-coast', 'p-contrib-coast-1']);
    app.api.now.value = new Date(app.api.now.value.getTime() + DAY);
    const plan = await tick();
    expect(plan.summary.outcome).toBe('completed');
    expect(sent.some((id) => id.startsWith('digest:p-sl-coast:'))).toBe(true);
    expect(plan.largestFilteredQuery).toBeLessThan(THRESHOLD);
  });

  it('ticks with nothing due in at most 2 parts, sending nothing more', async () => {
    const before = sent.length;
    app.api.now.value = new Date(app.api.now.value.getTime() + 15 * 60_000);
    const next = await tick();
    expect(next.parts).toBeLessThanOrEqual(2);
    expect(sent).toHaveLength(before);
  });
});
