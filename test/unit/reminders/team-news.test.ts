import type { ReviewTeam } from '../../../src/domain/review';
import { reviewTeamId } from '../../../src/domain/review';
import type { Ports } from '../../../src/services/context';
import type { ReviewTeamContent } from '../../../src/services/reminders/content';
import { payloadOf } from '../../../src/services/reminders/records';
import { runReminders } from '../../../src/services/reminders/run';
import { reminderSettings } from '../../../src/services/reminders/settings';
import { demoNetwork, RecordingNotifier } from './harness';

/**
 * The announcement of a review team and its visit, planned by the reminder engine from the stored team. That a
 * restart never sends one twice is shown for every kind of message by crash-restart.test.ts. The demo's
 * rheumatology team (a lead reviewer, a peer reviewer and an expert by experience) visits on 25 January 2027.
 */
const RHEUM = 'a-cur-svc-gstt-rheum';
const REVIEWERS = ['p-lead-reviewer', 'p-peer-mh', 'p-expert'];
const SERVICE_LEAD = 'p-sl-rheum';
const RECIPIENTS = [...REVIEWERS, SERVICE_LEAD].sort();
/** A Monday, inside the sending window (09:00 in London). */
const MONDAY = new Date('2026-11-30T09:00:00Z');
const settings = reminderSettings({ digestPeriod: 'weekly' });

async function network() {
  const net = await demoNetwork();
  net.clock.set(MONDAY);
  return { ...net, notifier: new RecordingNotifier(net.clock) };
}

function announcementsTo(notifier: RecordingNotifier): string[] {
  return notifier.delivered
    .filter((d) => d.kind === 'review_team')
    .map((d) => d.personId ?? '')
    .sort();
}

async function changeTeam(ports: Ports, change: (team: ReviewTeam) => ReviewTeam): Promise<void> {
  const team = await ports.store.get('reviewTeam', reviewTeamId(RHEUM));
  if (!team) throw new Error('the demo has no rheumatology team');
  await ports.store.commit({ actorId: 'p-admin', at: ports.clock.now().toISOString() }, [
    { op: 'put', kind: 'reviewTeam', value: change(team), expectedVersion: team.version },
  ]);
}

async function contentSentTo(ports: Ports, notificationId: string): Promise<ReviewTeamContent> {
  const record = await ports.store.get('notification', notificationId);
  const content = record ? payloadOf(record).content : null;
  if (content?.kind !== 'review_team') throw new Error(`no announcement in ${notificationId}`);
  return content;
}

describe('review team announcements and visit invitations', () => {
  it('tells each member, and the service lead, of the team and the visit, once', async () => {
    const { ports, store, clock, notifier } = await network();
    await runReminders(ports, { notifier, settings, holder: 'a' });
    expect(announcementsTo(notifier)).toEqual(RECIPIENTS);

    const toKwame = notifier.delivered.find((d) => d.kind === 'review_team' && d.personId === 'p-peer-mh');
    expect(await contentSentTo(ports, toKwame?.notificationId ?? '')).toMatchObject({
      role: 'peer_reviewer',
      subjectName: 'Rheumatology service',
      organisationName: expect.stringMatching(/Guy's and St Thomas'/),
      visit: { date: '2027-01-25', format: 'in_person', startTime: null, joinUrl: null },
      team: [
        { name: 'Dr Catherine Lowe', role: 'lead_reviewer' },
        { name: 'Kwame Asante', role: 'peer_reviewer' },
        { name: 'Maria Santos', role: 'expert_by_experience' },
      ],
    });
    const toLead = notifier.delivered.find((d) => d.kind === 'review_team' && d.personId === SERVICE_LEAD);
    expect(await contentSentTo(ports, toLead?.notificationId ?? '')).toMatchObject({ role: 'service_lead' });

    // A second run the same day, another instance, the next week: nothing more.
    clock.set(new Date('2026-11-30T15:00:00Z'));
    await runReminders(ports, { notifier, settings, holder: 'b' });
    clock.set(new Date('2026-12-07T09:00:00Z'));
    await runReminders(ports, { notifier, settings, holder: 'a' });
    expect(announcementsTo(notifier)).toEqual(RECIPIENTS);
    await store.close();
  });

  it('sends a new card once when the visit changes date, time or meeting, and not for other changes', async () => {
    const { ports, store, clock, notifier } = await network();
    await runReminders(ports, { notifier, settings, holder: 'a' });

    await changeTeam(ports, (t) => ({ ...t, visit: { ...t.visit, date: '2027-01-27' } }));
    clock.set(new Date('2026-11-30T10:00:00Z'));
    await runReminders(ports, { notifier, settings, holder: 'a' });
    clock.set(new Date('2026-11-30T11:00:00Z'));
    await runReminders(ports, { notifier, settings, holder: 'b' });
    expect(announcementsTo(notifier)).toEqual([...RECIPIENTS, ...RECIPIENTS].sort());
    const latest = notifier.delivered.filter((d) => d.kind === 'review_team').at(-1);
    expect((await contentSentTo(ports, latest?.notificationId ?? '')).visit.date).toBe('2027-01-27');

    // A start time and a Teams meeting are visit details too.
    await changeTeam(ports, (t) => ({
      ...t,
      visit: { ...t.visit, startTime: '10:30', format: 'online' },
      meeting: { joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0' },
    }));
    clock.set(new Date('2026-11-30T12:00:00Z'));
    await runReminders(ports, { notifier, settings, holder: 'a' });
    expect(announcementsTo(notifier)).toHaveLength(RECIPIENTS.length * 3);
    const withMeeting = notifier.delivered.filter((d) => d.kind === 'review_team').at(-1);
    expect((await contentSentTo(ports, withMeeting?.notificationId ?? '')).visit).toEqual({
      date: '2027-01-27',
      startTime: '10:30',
      format: 'online',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0',
    });

    // Something the card does not say (who last saved the team) sends nothing.
    await changeTeam(ports, (t) => ({ ...t, updatedBy: 'p-admin' }));
    clock.set(new Date('2026-11-30T13:00:00Z'));
    await runReminders(ports, { notifier, settings, holder: 'a' });
    expect(announcementsTo(notifier)).toHaveLength(RECIPIENTS.length * 3);
    await store.close();
  });

  it('waits for the sending window: nothing at night or at the weekend, then once on the next working morning', async () => {
    const { ports, store, clock, notifier } = await network();
    for (const when of ['2026-11-28T10:00:00Z', '2026-11-29T10:00:00Z', '2026-11-30T06:30:00Z']) {
      clock.set(new Date(when));
      expect((await runReminders(ports, { notifier, settings, holder: 'a' })).outcome).toBe('outside_window');
    }
    expect(announcementsTo(notifier)).toEqual([]);
    clock.set(new Date('2026-11-30T08:15:00Z'));
    await runReminders(ports, { notifier, settings, holder: 'a' });
    expect(announcementsTo(notifier)).toEqual(RECIPIENTS);
    await store.close();
  });

  it('says nothing of a team whose visit has passed or whose review is agreed', async () => {
    const { ports, store, clock, notifier } = await network();
    await changeTeam(ports, (t) => ({ ...t, visit: { ...t.visit, date: '2026-11-27' } }));
    await runReminders(ports, { notifier, settings, holder: 'a' });
    expect(announcementsTo(notifier)).toEqual([]);

    await changeTeam(ports, (t) => ({ ...t, visit: { ...t.visit, date: '2027-01-26' } }));
    const assessment = await ports.store.get('assessment', RHEUM);
    if (!assessment) throw new Error('no rheumatology assessment');
    await ports.store.commit({ actorId: 'p-admin', at: ports.clock.now().toISOString() }, [
      { op: 'put', kind: 'assessment', value: { ...assessment, state: 'agreed' }, expectedVersion: assessment.version },
    ]);
    clock.set(new Date('2026-11-30T10:00:00Z'));
    await runReminders(ports, { notifier, settings, holder: 'a' });
    expect(announcementsTo(notifier)).toEqual([]);
    await store.close();
  });
});
