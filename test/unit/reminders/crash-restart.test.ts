import type { Ports } from '../../../src/services/context';
import { runReminders } from '../../../src/services/reminders/run';
import { reminderSettings } from '../../../src/services/reminders/settings';
import { CrashError, crashing, demoNetwork, RecordingNotifier } from './harness';

/**
 * A deadline day with daily digests: several people, merged digest + deadline messages, so every kind of write
 * the engine makes happens in one run. The process is killed at every step in turn, then restarted.
 */
// A Monday: nothing is sent at weekends.
const DAY_OF_RUN = new Date('2026-12-28T09:00:00Z');
const settings = reminderSettings({ digestPeriod: 'daily', concurrency: 1 });
const MINUTE = 60_000;

async function network() {
  const net = await demoNetwork();
  net.clock.set(DAY_OF_RUN);
  return { ...net, notifier: new RecordingNotifier(net.clock) };
}

async function referenceRun(): Promise<{ ids: string[]; steps: number }> {
  const { ports, store, notifier } = await network();
  const wrapped = crashing(store, notifier, Number.POSITIVE_INFINITY, false);
  await runReminders({ ...ports, store: wrapped.store }, { notifier: wrapped.notifier, settings, holder: 'a' });
  const ids = notifier.delivered.map((d) => d.notificationId).sort();
  await store.close();
  return { ids, steps: wrapped.steps() };
}

describe('a restart after a crash at any step neither repeats nor skips anyone', () => {
  let reference: { ids: string[]; steps: number };
  beforeAll(async () => {
    reference = await referenceRun();
  });

  it('has a realistic reference run', () => {
    expect(reference.ids.length).toBeGreaterThanOrEqual(8);
    expect(reference.steps).toBeGreaterThan(reference.ids.length * 3);
    // Review team announcements are among them (the demo team visits on 25 January 2027).
    expect(reference.ids.filter((id) => id.startsWith('review_team:'))).toHaveLength(4);
  });

  for (const deliveredBeforeCrash of [false, true]) {
    it(`crash at every step (a crash inside a send ${deliveredBeforeCrash ? 'after' : 'before'} the message left)`, async () => {
      const interruptedSends: string[] = [];
      for (let step = 1; step <= reference.steps; step += 1) {
        const { ports, store, clock, notifier } = await network();
        const crashed = crashing(store, notifier, step, deliveredBeforeCrash);
        let crashedInSend: string | null = null;
        const spy = {
          deliver: async (n: Parameters<typeof notifier.deliver>[0]) => {
            try {
              return await crashed.notifier.deliver(n);
            } catch (error) {
              crashedInSend ??= n.notificationId;
              throw error;
            }
          },
        };
        const dying: Ports = { ...ports, store: crashed.store };
        // The last step is releasing the lease, whose failure the run shrugs off (the lease expires anyway).
        await runReminders(dying, { notifier: spy, settings, holder: 'dead' }).catch((error: unknown) => {
          if (!(error instanceof CrashError)) throw error;
        });
        expect(crashed.steps()).toBeGreaterThanOrEqual(step);

        // The instance is replaced: the dead one's lease expires, a new holder runs, then runs again later.
        clock.advance(6 * MINUTE);
        await runReminders(ports, { notifier, settings, holder: 'new' });
        clock.advance(20 * MINUTE);
        await runReminders(ports, { notifier, settings, holder: 'new' });

        const ids = notifier.delivered.map((d) => d.notificationId).sort();
        expect({ step, duplicates: ids.length - new Set(ids).size }).toEqual({ step, duplicates: 0 });
        if (crashedInSend !== null && !deliveredBeforeCrash) {
          // Whether it arrived is unknown to the engine: it is never resent, and closed as interrupted.
          expect(ids).toEqual(reference.ids.filter((id) => id !== crashedInSend));
          const record = await store.get('notification', crashedInSend);
          expect(record).toMatchObject({ status: 'failed', error: expect.stringMatching(/Interrupted/) });
          interruptedSends.push(crashedInSend);
        } else {
          expect({ step, ids }).toEqual({ step, ids: reference.ids });
        }
        expect(await store.query('notification', { status: 'pending' })).toEqual([]);
        await store.close();
      }
      if (!deliveredBeforeCrash) expect(interruptedSends).toHaveLength(reference.ids.length);
    });
  }
});
