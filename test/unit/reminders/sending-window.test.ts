import { runReminders } from '../../../src/services/reminders/run';
import { reminderSettings } from '../../../src/services/reminders/settings';
import { demoNetwork, RecordingNotifier } from './harness';

const HOUR = 3_600_000;

/** Who would have been reminded by one run at `at` (UTC), on the demo network seeded at `seedAt`. */
async function remindedAt(at: string, seedAt = '2026-11-26T09:00:00Z'): Promise<string[]> {
  const { ports, clock, store } = await demoNetwork(new Date(seedAt));
  const notifier = new RecordingNotifier(clock);
  clock.set(new Date(at));
  await runReminders(ports, { notifier, settings: reminderSettings({ digestPeriod: 'daily' }), holder: 'a' });
  await store.close();
  return notifier.delivered.map((d) => d.notificationId);
}

describe('the sending window: working days, 08:00-18:00 UK time', () => {
  it('sends on a working day between 08:00 and 18:00 London time (winter: GMT)', async () => {
    expect(await remindedAt('2026-11-26T08:00:00Z')).not.toEqual([]);
    expect(await remindedAt('2026-11-26T17:59:00Z')).not.toEqual([]);
  });

  it('sends nothing before 08:00 or from 18:00 London time', async () => {
    expect(await remindedAt('2026-11-26T07:59:00Z')).toEqual([]);
    expect(await remindedAt('2026-11-26T18:00:00Z')).toEqual([]);
    expect(await remindedAt('2026-11-26T22:30:00Z')).toEqual([]);
  });

  it('sends nothing on Saturdays or Sundays', async () => {
    expect(await remindedAt('2026-11-28T10:00:00Z')).toEqual([]);
    expect(await remindedAt('2026-11-29T10:00:00Z')).toEqual([]);
    expect(await remindedAt('2026-11-30T10:00:00Z')).not.toEqual([]);
  });

  it('follows British Summer Time: 08:00 BST is 07:00 UTC, 18:00 BST is 17:00 UTC', async () => {
    const summerMonday = '2026-06-15T09:00:00Z';
    expect(await remindedAt('2026-06-15T07:00:00Z', summerMonday)).not.toEqual([]);
    expect(await remindedAt('2026-06-15T06:59:00Z', summerMonday)).toEqual([]);
    expect(await remindedAt('2026-06-15T17:00:00Z', summerMonday)).toEqual([]);
    // The Monday after the clocks go forward (28 March 2027).
    expect(await remindedAt('2027-03-29T07:30:00Z', '2027-03-29T09:00:00Z')).not.toEqual([]);
  });

  it('stops when the window closes during a run, and sends the rest the next working morning, once each', async () => {
    const { ports, clock, store } = await demoNetwork();
    const notifier = new RecordingNotifier(clock);
    // Each delivery takes a minute (a throttled tenant): the run started at 17:57 meets 18:00 part way.
    notifier.answer = () => {
      clock.advance(60_000);
      return 'deliver';
    };
    const settings = reminderSettings({ digestPeriod: 'weekly', concurrency: 1 });
    clock.set(new Date('2026-11-26T17:57:00Z'));
    const evening = await runReminders(ports, { notifier, settings, holder: 'a' });
    const sentInTheEvening = notifier.delivered.length;
    expect(sentInTheEvening).toBeGreaterThan(0);
    expect(evening.planned).toBeGreaterThan(sentInTheEvening);
    // Each recorded time is when its minute-long delivery ended: the last one began at 17:59.
    expect(notifier.delivered.every((d) => d.at <= '2026-11-26T18:00:00.000Z')).toBe(true);

    clock.set(new Date('2026-11-27T08:30:00Z'));
    await runReminders(ports, { notifier, settings, holder: 'a' });
    const ids = notifier.delivered.map((d) => d.notificationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(evening.planned);
    await store.close();
  });

  it('never sends reminders left over from before a long outage (staleAfterMs)', async () => {
    const { ports, clock, store } = await demoNetwork();
    const notifier = new RecordingNotifier(clock);
    const settings = reminderSettings({ digestPeriod: 'weekly', staleAfterMs: 20 * HOUR });
    // Teams throttles everything on Thursday: the week's digests stay pending.
    notifier.answer = () => ({ outcome: 'failed', detail: '429 x 6', attempts: 6 });
    clock.set(new Date('2026-11-26T09:00:00Z'));
    const thursday = await runReminders(ports, { notifier, settings, holder: 'a' });
    expect(thursday.outcomes.deferred).toBeGreaterThan(0);
    // The app is down until Friday afternoon: Thursday's decisions are stale by then.
    notifier.answer = () => 'deliver';
    clock.set(new Date('2026-11-27T16:00:00Z')); // 31 hours later
    const friday = await runReminders(ports, { notifier, settings, holder: 'a' });
    expect(friday.stale).toBe(thursday.outcomes.deferred);
    expect(notifier.delivered).toEqual([]);
    const pending = await store.query('notification', { status: 'pending' });
    expect(pending).toEqual([]);
    await store.close();
  });
});
