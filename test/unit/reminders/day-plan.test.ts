import type { EntityKind, Store } from '../../../src/services/ports';
import type { Ports } from '../../../src/services/context';
import { runReminders } from '../../../src/services/reminders/run';
import { reminderSettings } from '../../../src/services/reminders/settings';
import { demoNetwork, installFor, RecordingNotifier } from './harness';

/**
 * The schedule runs the job every 15 minutes and plans once a day: its later ticks that day read the day's plan and
 * what is pending, and nothing else, unless someone became reachable meanwhile.
 */
const settings = reminderSettings({ digestPeriod: 'daily' });
const scheduled = { settings, holder: 'scheduler', planning: 'once_a_day' } as const;
const QUARTER_HOUR = 15 * 60_000;

/** The store, noting the kinds read. */
function noting(store: Store, read: EntityKind[]): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'query' || property === 'getMany' || property === 'get') {
        return (kind: EntityKind, arg: never) => {
          read.push(kind);
          return (target[property] as (k: EntityKind, a: never) => Promise<unknown>)(kind, arg);
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function withoutChat(ports: Ports, personId: string): Promise<void> {
  const [chat] = await ports.store.query('conversation', { personId });
  await ports.store.commit({ actorId: 't', at: ports.clock.now().toISOString() }, [
    { op: 'delete', kind: 'conversation', id: chat?.id ?? '', expectedVersion: chat?.version ?? 0 },
  ]);
}

describe('the scheduled reminder job plans once a day', () => {
  it('sends the day at its first tick, and its next ticks read only the plan and what is pending', async () => {
    const { ports, clock, store } = await demoNetwork();
    clock.set(new Date('2026-11-26T09:00:00Z'));
    const notifier = new RecordingNotifier(clock);
    const first = await runReminders(ports, { ...scheduled, notifier });
    expect(first.planned).toBeGreaterThan(0);
    const sent = notifier.delivered.length;

    const read: EntityKind[] = [];
    clock.advance(QUARTER_HOUR);
    const next = await runReminders({ ...ports, store: noting(store, read) }, { ...scheduled, notifier });
    expect(next.outcome).toBe('nothing_due');
    expect(notifier.delivered).toHaveLength(sent);
    expect(read).toEqual(['notification', 'notification']);
    await store.close();
  });

  it('plans the next day afresh at its first tick', async () => {
    const { ports, clock, store } = await demoNetwork();
    clock.set(new Date('2026-11-26T09:00:00Z'));
    const notifier = new RecordingNotifier(clock);
    await runReminders(ports, { ...scheduled, notifier });
    clock.set(new Date('2026-11-27T09:00:00Z'));
    const nextDay = await runReminders(ports, { ...scheduled, notifier });
    expect(nextDay.outcome).toBe('completed');
    expect(notifier.delivered.some((d) => d.notificationId === 'digest:p-sl-coast:2026-11-27')).toBe(true);
    await store.close();
  });

  it('reaches someone who installs the app after the day was planned at the next tick', async () => {
    const { ports, clock, store } = await demoNetwork();
    clock.set(new Date('2026-11-26T09:00:00Z'));
    await withoutChat(ports, 'p-sl-coast');
    const notifier = new RecordingNotifier(clock);
    await runReminders(ports, { ...scheduled, notifier });
    expect(notifier.delivered.some((d) => d.personId === 'p-sl-coast')).toBe(false);

    await installFor(ports, ['p-sl-coast']);
    clock.advance(QUARTER_HOUR);
    await runReminders(ports, { ...scheduled, notifier });
    expect(notifier.delivered.some((d) => d.notificationId === 'digest:p-sl-coast:2026-11-26')).toBe(true);
    await store.close();
  });
});
