import type { NotificationChannels } from '../../../src/domain/notification-channels';
import type { Ports } from '../../../src/services/context';
import type { ActivityFeed, BellNotification, BellResult } from '../../../src/services/reminders/activity-feed';
import { payloadOf } from '../../../src/services/reminders/records';
import { runReminders } from '../../../src/services/reminders/run';
import { reminderSettings } from '../../../src/services/reminders/settings';
import { demoNetwork, RecordingNotifier } from './harness';

/** The Teams bell as a second channel of the reminders: chosen per person, falling back to chat, nothing twice. */

// A Monday inside the sending window, with daily digests: several people have work due.
const DAY_OF_RUN = new Date('2026-12-28T09:00:00Z');
const settings = reminderSettings({ digestPeriod: 'daily', concurrency: 1 });

/** Records what reached the activity feed; `answer` can make Graph refuse or fail. */
class RecordingFeed implements ActivityFeed {
  readonly rung: BellNotification[] = [];
  answer: (n: BellNotification) => BellResult = () => ({ outcome: 'sent' });
  async notify(notification: BellNotification): Promise<BellResult> {
    const result = this.answer(notification);
    if (result.outcome === 'sent') this.rung.push(notification);
    return result;
  }
}

async function network() {
  const net = await demoNetwork();
  net.clock.set(DAY_OF_RUN);
  return { ...net, chat: new RecordingNotifier(net.clock), feed: new RecordingFeed() };
}

async function choose(ports: Ports, personId: string, notifyBy: NotificationChannels): Promise<void> {
  const person = await ports.store.get('person', personId);
  if (!person) throw new Error(`no person ${personId}`);
  await ports.store.commit({ actorId: personId, at: ports.clock.now().toISOString() }, [
    { op: 'put', kind: 'person', value: { ...person, notifyBy }, expectedVersion: person.version },
  ]);
}

const personOf = (id: string) => id.split(':')[1] ?? '';

describe('reminders through the Teams bell', () => {
  it('reach people with the app installed by chat and the bell when they have not chosen, each bell opening its page', async () => {
    const { ports, chat, feed } = await network();
    const summary = await runReminders(ports, { notifier: chat, settings, holder: 'a', bell: feed });
    expect(chat.delivered.length).toBeGreaterThanOrEqual(8);
    expect(feed.rung.map((n) => n.notificationId).sort()).toEqual(chat.delivered.map((d) => d.notificationId).sort());
    expect(summary.bell).toEqual({ sent: feed.rung.length, fellBackToChat: 0, deferred: 0, refused: 0 });
    for (const rung of feed.rung) {
      expect(rung.previewText.length).toBeLessThanOrEqual(150);
      if (rung.notificationId.startsWith('review:')) {
        expect(rung).toMatchObject({ activity: { type: 'reviewDue' }, target: { view: 'review' } });
      }
      if (rung.notificationId.startsWith('action:')) {
        expect(rung).toMatchObject({ activity: { type: 'actionDue' }, target: { view: 'actions' } });
      }
    }
    const person = await ports.store.get('person', personOf(feed.rung[0]?.notificationId ?? ''));
    expect(feed.rung[0]).toMatchObject({ tenantId: person?.tenantId, objectId: person?.objectId });
  });

  it('sends only by chat to someone who chose chat, and only to the bell for someone who chose the bell', async () => {
    const probe = await network();
    await runReminders(probe.ports, { notifier: probe.chat, settings, holder: 'a', bell: probe.feed });
    const [chatOnly, bellOnly] = [...new Set(probe.chat.delivered.map((d) => d.personId ?? ''))];

    const { ports, chat, feed } = await network();
    await choose(ports, chatOnly ?? '', 'chat');
    await choose(ports, bellOnly ?? '', 'bell');
    await runReminders(ports, { notifier: chat, settings, holder: 'a', bell: feed });
    expect(chat.delivered.some((d) => d.personId === chatOnly)).toBe(true);
    expect(feed.rung.some((n) => personOf(n.notificationId) === chatOnly)).toBe(false);
    expect(feed.rung.some((n) => personOf(n.notificationId) === bellOnly)).toBe(true);
    expect(chat.delivered.some((d) => d.personId === bellOnly)).toBe(false);
  });

  it('falls back to chat for someone who chose the bell when the app is not installed for them in Teams', async () => {
    const probe = await network();
    await runReminders(probe.ports, { notifier: probe.chat, settings, holder: 'a', bell: probe.feed });
    const bellOnly = probe.chat.delivered[0]?.personId ?? '';

    const { ports, chat, feed } = await network();
    await choose(ports, bellOnly, 'bell');
    feed.answer = (n) =>
      personOf(n.notificationId) === bellOnly
        ? { outcome: 'not_installed', detail: 'The app is not installed for the recipient.' }
        : { outcome: 'sent' };
    const summary = await runReminders(ports, { notifier: chat, settings, holder: 'a', bell: feed });
    const theirs = probe.chat.delivered.filter((d) => d.personId === bellOnly).map((d) => d.notificationId);
    expect(chat.delivered.filter((d) => d.personId === bellOnly).map((d) => d.notificationId)).toEqual(theirs);
    expect(summary.bell.fellBackToChat).toBe(theirs.length);
    for (const id of theirs) expect(await ports.store.get('notification', id)).toMatchObject({ status: 'sent' });
  });

  it('still sends the chat when the app may not send activity notifications, and counts the refusal for the administrator', async () => {
    const { ports, chat, feed } = await network();
    feed.answer = () => ({ outcome: 'forbidden', detail: 'TeamsActivity.Send is not granted.' });
    const summary = await runReminders(ports, { notifier: chat, settings, holder: 'a', bell: feed });
    expect(chat.delivered.length).toBeGreaterThanOrEqual(8);
    expect(summary.bell).toMatchObject({ sent: 0, refused: chat.delivered.length });
    expect(summary.outcomes.sent).toBe(chat.delivered.length);
  });

  it('rings a throttled bell on the next run without sending the chat message again', async () => {
    const { ports, clock, chat, feed } = await network();
    feed.answer = () => ({ outcome: 'failed', detail: 'Graph answered 429 (throttled) every time.' });
    const first = await runReminders(ports, { notifier: chat, settings, holder: 'a', bell: feed });
    const chats = chat.delivered.map((d) => d.notificationId).sort();
    expect(first.bell.deferred).toBe(chats.length);
    const pending = await ports.store.get('notification', chats[0] ?? '');
    expect(pending?.status).toBe('pending');
    expect(pending ? payloadOf(pending).deliveredBy : null).toEqual(['chat']);

    feed.answer = () => ({ outcome: 'sent' });
    clock.advance(30 * 60_000);
    await runReminders(ports, { notifier: chat, settings, holder: 'a', bell: feed });
    expect(feed.rung.map((n) => n.notificationId).sort()).toEqual(chats);
    expect(chat.delivered.map((d) => d.notificationId).sort()).toEqual(chats);
    expect(await ports.store.get('notification', chats[0] ?? '')).toMatchObject({ status: 'sent' });
  });

  it('sends by chat to everyone, including people who chose the bell, when the bell is not configured', async () => {
    const probe = await network();
    await runReminders(probe.ports, { notifier: probe.chat, settings, holder: 'a' });
    const bellOnly = probe.chat.delivered[0]?.personId ?? '';
    const { ports, chat } = await network();
    await choose(ports, bellOnly, 'bell');
    await runReminders(ports, { notifier: chat, settings, holder: 'a' });
    expect(chat.delivered.map((d) => d.notificationId)).toEqual(probe.chat.delivered.map((d) => d.notificationId));
  });
});
