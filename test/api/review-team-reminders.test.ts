import type { TeamView } from '../../src/api/contracts';
import { runReminders } from '../../src/services/reminders/run';
import { reminderSettings } from '../../src/services/reminders/settings';
import { installFor, RecordingNotifier, FakeClock } from '../unit/reminders/harness';
import { EMAILS, startHarness, type Harness } from './harness';

/**
 * The reminder schedule plans once a day; a review team whose visit changes after that is announced again at the
 * next tick, not the next day. The demo's rheumatology team visits on 25 January 2027.
 */
const RHEUM = '/api/v1/assessments/a-cur-svc-gstt-rheum';
const TEAM = ['p-lead-reviewer', 'p-peer-mh', 'p-expert', 'p-sl-rheum'];
/** A Monday, inside the sending window. */
const MONDAY = new Date('2026-11-30T09:00:00Z');

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.now.value = MONDAY;
  await installFor(h.app.ports, TEAM);
});
afterAll(() => h.close());

describe('a review team changed after the day was planned', () => {
  it('is announced with its new visit date at the next tick', async () => {
    const notifier = new RecordingNotifier(new FakeClock(MONDAY.getTime()));
    const scheduled = { notifier, settings: reminderSettings(), holder: 'scheduler', planning: 'once_a_day' } as const;
    await runReminders(h.app.ports, scheduled);
    const announced = () => notifier.delivered.filter((d) => d.kind === 'review_team').length;
    expect(announced()).toBe(TEAM.length);

    const admin = await h.signIn(EMAILS.admin);
    const { team } = (await admin.get<TeamView>(`${RHEUM}/review-team`)).body;
    const saved = await admin.send('PUT', `${RHEUM}/review-team`, {
      members: team?.members ?? [],
      visit: { date: '2027-01-26', format: team?.visit.format ?? 'in_person' },
      version: team?.version,
    });
    expect(saved.status).toBe(200);

    h.now.value = new Date(MONDAY.getTime() + 15 * 60_000);
    await runReminders(h.app.ports, scheduled);
    expect(announced()).toBe(2 * TEAM.length);
  });
});
