import type { Principal } from '../../../src/services/access-policy';
import { saveResponse } from '../../../src/services/assessment/responses';
import { runReminders } from '../../../src/services/reminders/run';
import { reminderSettings } from '../../../src/services/reminders/settings';
import { snoozeReminders } from '../../../src/services/reminders/snooze';
import { addDays } from '../../../src/services/reminders/period';
import type { Ports } from '../../../src/services/context';
import { demoNetwork, RecordingNotifier, type Delivered } from './harness';

const DAY = 86_400_000;

async function principalOf(ports: Ports, personId: string): Promise<Principal> {
  const person = await ports.store.get('person', personId);
  if (!person) throw new Error(personId);
  return { person, roles: await ports.store.query('roleAssignment', { personId }) };
}

async function rateAllAssigned(ports: Ports, personId: string): Promise<void> {
  const principal = await principalOf(ports, personId);
  const responses = await ports.store.query('response', { assessmentId: 'a-cur-svc-slam-coast' });
  for (const r of responses.filter((x) => x.assigneeId === personId && x.rating === null)) {
    await saveResponse(ports, principal, r.assessmentId, r.standardCode, {
      rating: 'partly_met',
      naReason: '',
      narrative: 'Rated during the test cycle.',
      evidenceIds: [],
      version: r.version,
    });
  }
}

function days(list: readonly Delivered[], personId: string, kind: string): string[] {
  return list.filter((d) => d.personId === personId && d.kind === kind).map((d) => d.at.slice(0, 10));
}

describe('the reminder engine across a whole cycle (weekly digests, fake clock)', () => {
  it('reminds the right people on the right days, never twice', async () => {
    const { ports, clock, store } = await demoNetwork();
    const notifier = new RecordingNotifier(clock);
    const settings = reminderSettings({ digestPeriod: 'weekly' });
    // From the seed day (45 days before the self-assessment deadline) to after the peer review window.
    for (let day = 0; day <= 105; day += 1) {
      clock.set(new Date(Date.parse('2026-11-26T09:00:00Z') + day * DAY));
      if (clock.now().toISOString().startsWith('2026-12-15')) await rateAllAssigned(ports, 'p-contrib-coast-1');
      await runReminders(ports, { notifier, settings, holder: 'instance-a' });
      clock.advance(6 * 3_600_000); // a second run the same afternoon changes nothing
      const again = await runReminders(ports, { notifier, settings, holder: 'instance-b' });
      expect(again.planned).toBe(0);
    }
    const all = notifier.delivered;
    expect(new Set(all.map((d) => d.notificationId)).size).toBe(all.length);

    // Jamal: a digest each week until he rated his standards on 15 December; no deadline reminders after that.
    expect(days(all, 'p-contrib-coast-1', 'digest')).toEqual(['2026-11-26', '2026-11-30', '2026-12-07', '2026-12-14']);
    expect(days(all, 'p-contrib-coast-1', 'deadline')).toEqual([]);

    // Ella (COAST lead): weekly digests through the window, deadline reminders 14, 7 and 2 days before 10 January,
    // each on the first working day it is due (27 December and 3 January are Sundays).
    expect(days(all, 'p-sl-coast', 'deadline')).toEqual(['2026-12-28', '2027-01-04', '2027-01-08']);
    const ellaDigests = days(all, 'p-sl-coast', 'digest');
    expect(ellaDigests[0]).toBe('2026-11-26');
    expect(ellaDigests.slice(1).every((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
    // The digests of 28 December and 4 January went out as part of the deadline reminders of those days.
    expect(ellaDigests.at(-1)).toBe('2026-12-21');

    // Reviewers of the submitted rheumatology assessment: every Monday of the peer review window, nothing before.
    const mondays = Array.from({ length: 8 }, (_, i) => addDays('2027-01-11', i * 7));
    for (const reviewer of ['p-lead-reviewer', 'p-peer-mh', 'p-expert']) {
      expect(days(all, reviewer, 'review')).toEqual(mondays);
      expect(days(all, reviewer, 'digest')).toEqual([]);
    }
    // Nothing at all for the viewer, the admin, or anyone after the self-assessment deadline (except reviews).
    expect(all.filter((d) => d.personId === 'p-viewer' || d.personId === 'p-admin')).toEqual([]);
    expect(all.filter((d) => d.kind !== 'review' && d.at >= '2027-01-11')).toEqual([]);
    await store.close();
  });

  it('sends one message when the daily digest and a deadline reminder fall on the same day', async () => {
    const { ports, clock, store } = await demoNetwork();
    const notifier = new RecordingNotifier(clock);
    const settings = reminderSettings({ digestPeriod: 'daily' });
    clock.set(new Date('2026-12-28T09:00:00Z'));
    const summary = await runReminders(ports, { notifier, settings, holder: 'a' });
    const ella = notifier.delivered.filter((d) => d.personId === 'p-sl-coast');
    expect(ella.map((d) => d.notificationId)).toEqual(['deadline:p-sl-coast:cycle-current:14d']);
    const digest = await store.get('notification', 'digest:p-sl-coast:2026-12-28');
    expect(digest).toMatchObject({
      status: 'skipped',
      payload: { mergedInto: 'deadline:p-sl-coast:cycle-current:14d' },
    });
    expect(summary.outcomes.sent).toBe(notifier.delivered.length);
    await store.close();
  });

  it('runs on one instance at a time, and not before the working day starts', async () => {
    const { ports, clock, store } = await demoNetwork();
    const notifier = new RecordingNotifier(clock);
    const settings = reminderSettings();
    expect(
      await store.tryAcquireLease(
        'jobs:reminders',
        'other',
        clock.now().toISOString(),
        addDays('2026-11-27', 0) + 'T00:00:00.000Z',
      ),
    ).toBe(true);
    expect((await runReminders(ports, { notifier, settings, holder: 'me' })).outcome).toBe('lease_held');
    await store.releaseLease('jobs:reminders', 'other');
    clock.set(new Date('2026-11-27T06:59:00Z'));
    expect((await runReminders(ports, { notifier, settings, holder: 'me' })).outcome).toBe('outside_window');
    expect(notifier.delivered).toEqual([]);
    await store.close();
  });

  it('marks a conversation Teams refuses and does not try it again until reinstalled', async () => {
    const { ports, clock, store } = await demoNetwork();
    const notifier = new RecordingNotifier(clock);
    notifier.answer = (n) =>
      n.conversation.personId === 'p-sl-coast'
        ? { outcome: 'unreachable', status: 403, detail: 'BotDisabledByAdmin' }
        : 'deliver';
    const settings = reminderSettings({ digestPeriod: 'daily' });
    const first = await runReminders(ports, { notifier, settings, holder: 'a' });
    expect(first.outcomes.unreachable).toBe(1);
    const id = (await store.query('conversation', { personId: 'p-sl-coast' }))[0]?.id ?? '';
    expect((await store.get('conversation', id))?.status).toBe('unreachable');
    let asked = 0;
    notifier.answer = (n) => {
      if (n.conversation.personId === 'p-sl-coast') asked += 1;
      return 'deliver';
    };
    clock.advance(DAY);
    const second = await runReminders(ports, { notifier, settings, holder: 'a' });
    expect(asked).toBe(0);
    expect(second.unreachable).toBe(1);
    await store.close();
  });

  it('keeps a throttled notification for the next run, then gives up after the configured runs', async () => {
    const { ports, clock, store } = await demoNetwork();
    const notifier = new RecordingNotifier(clock);
    const settings = reminderSettings({ digestPeriod: 'weekly', maxDeliveryRuns: 3, staleAfterMs: 7 * DAY });
    notifier.answer = (n) =>
      n.conversation.personId === 'p-sl-coast' ? { outcome: 'failed', detail: '429 x 6', attempts: 6 } : 'deliver';
    const key = 'digest:p-sl-coast:2026-W48';
    expect((await runReminders(ports, { notifier, settings, holder: 'a' })).outcomes.deferred).toBe(1);
    expect((await store.get('notification', key))?.status).toBe('pending');
    clock.advance(3_600_000);
    await runReminders(ports, { notifier, settings, holder: 'a' });
    clock.advance(3_600_000);
    const third = await runReminders(ports, { notifier, settings, holder: 'a' });
    expect(third.outcomes.failed).toBe(1);
    expect((await store.get('notification', key))?.status).toBe('failed');
    await store.close();
  });

  it('resumes after a snooze', async () => {
    const { ports, clock, store } = await demoNetwork();
    const notifier = new RecordingNotifier(clock);
    const settings = reminderSettings({ digestPeriod: 'daily' });
    expect(
      await snoozeReminders(ports, await principalOf(ports, 'p-contrib-coast-1'), 'tomorrow', settings.window),
    ).toBe('2026-11-27');
    const first = await runReminders(ports, { notifier, settings, holder: 'a' });
    expect(first.snoozed).toBe(1);
    expect(days(notifier.delivered, 'p-contrib-coast-1', 'digest')).toEqual([]);
    clock.advance(DAY);
    await runReminders(ports, { notifier, settings, holder: 'a' });
    expect(days(notifier.delivered, 'p-contrib-coast-1', 'digest')).toEqual(['2026-11-27']);
    await store.close();
  });
});

describe('action reminders', () => {
  it('reminds an action owner of actions due within 14 days or overdue, once a week', async () => {
    const { ports, clock, store } = await demoNetwork();
    const notifier = new RecordingNotifier(clock);
    const action = {
      id: 'act-smoking',
      version: 0,
      assessmentId: 'a-cur-svc-slam-coast',
      cycleId: 'cycle-current',
      organisationId: 'org-slam',
      serviceId: 'svc-slam-coast',
      findingId: null,
      findingKind: null,
      standardCode: '1.9',
      title: 'Offer smoking cessation at every review',
      description: '',
      ownerId: 'p-sl-coast',
      dueDate: '2027-05-01',
      status: 'agreed' as const,
      progressNotes: [],
      completionEvidence: null,
      verifiedBy: null,
      verifiedAt: null,
      createdAt: '2027-04-06T09:00:00.000Z',
      updatedAt: '2027-04-06T09:00:00.000Z',
    };
    await store.commit({ actorId: 'p-sl-coast', at: action.createdAt }, [
      { op: 'put', kind: 'action', value: action, expectedVersion: 0 },
    ]);
    const settings = reminderSettings({ digestPeriod: 'weekly' });
    for (let day = 0; day < 28; day += 1) {
      clock.set(new Date(Date.parse('2027-04-12T09:00:00Z') + day * DAY));
      await runReminders(ports, { notifier, settings, holder: 'a' });
    }
    // Due 1 May: first reminded on Monday 19 April (14 days before is a Saturday), then each Monday while open,
    // overdue included.
    expect(days(notifier.delivered, 'p-sl-coast', 'action')).toEqual(['2027-04-19', '2027-04-26', '2027-05-03']);
    expect(notifier.delivered.filter((d) => d.kind === 'action' && d.personId !== 'p-sl-coast')).toEqual([]);
    await store.close();
  });
});
