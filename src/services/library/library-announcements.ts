import type { ConversationRecord, NotificationRecord } from '../../domain/conversation';
import type { LibraryEntry } from '../../domain/library';
import type { Ports } from '../context';
import { markLibraryAnnounced, pendingLibraryAnnouncements } from './library';
import type { Notifier } from '../reminders/notifier';
import { ConflictError } from '../ports';
import type { LibraryContent } from '../reminders/content';
import { deliverRecord } from '../reminders/delivery';
import { newRecord } from '../reminders/records';

export const LIBRARY_LEASE = 'jobs:library-announcements';
const ACTOR = 'system:library-announcer';

export interface AnnouncementSummary {
  readonly outcome: 'completed' | 'lease_held';
  readonly entries: number;
  readonly channels: number;
  readonly sent: number;
  /** Entries still waiting: no channel has the app yet, or a send must be retried. */
  readonly stillPending: number;
}

function contentOf(entry: LibraryEntry): LibraryContent {
  return {
    kind: 'library',
    entryId: entry.id,
    title: entry.title,
    whatTheyDo: entry.whatTheyDo,
    subjectName: entry.subjectName,
    organisationName: entry.organisationName,
    standardCode: entry.standardCode,
    standardTitle: entry.standardTitle,
    themeTitle: entry.themeTitle,
    contactName: entry.contact.name,
    contactEmail: entry.contact.email || null,
  };
}

/**
 * Announces newly published good-practice entries in every Teams channel the app is installed in, once each:
 * a record per entry and channel is written before sending (the same dedupe as reminders), and an entry is
 * marked announced when every channel has had it. Runs with the reminder job, under its own lease.
 */
export async function announceLibraryEntries(
  ports: Ports,
  notifier: Notifier,
  holder: string,
): Promise<AnnouncementSummary> {
  const now = ports.clock.now();
  const until = new Date(now.getTime() + 5 * 60_000).toISOString();
  if (!(await ports.store.tryAcquireLease(LIBRARY_LEASE, holder, now.toISOString(), until))) {
    return { outcome: 'lease_held', entries: 0, channels: 0, sent: 0, stillPending: 0 };
  }
  try {
    const entries = await pendingLibraryAnnouncements(ports);
    const channels = (await ports.store.query('conversation', {})).filter(
      (c) => c.scope === 'team' && c.status === 'active',
    );
    let sent = 0;
    let stillPending = 0;
    for (const entry of entries) {
      let done = channels.length > 0;
      for (const channel of channels) {
        const outcome = await announceIn(ports, notifier, entry, channel);
        if (outcome === 'sent') sent += 1;
        if (outcome === 'retry') done = false;
      }
      if (done) await markLibraryAnnounced(ports, ACTOR, entry);
      else stillPending += 1;
    }
    return { outcome: 'completed', entries: entries.length, channels: channels.length, sent, stillPending };
  } finally {
    await ports.store.releaseLease(LIBRARY_LEASE, holder);
  }
}

async function announceIn(
  ports: Ports,
  notifier: Notifier,
  entry: LibraryEntry,
  channel: ConversationRecord,
): Promise<'sent' | 'already' | 'given_up' | 'retry'> {
  const record = newRecord({
    kind: 'library',
    personId: `channel:${channel.id}`,
    period: entry.id,
    content: contentOf(entry),
    conversationId: channel.id,
    at: ports.clock.now().toISOString(),
  });
  let stored: NotificationRecord;
  try {
    const [written] = await ports.store.commit({ actorId: ACTOR, at: record.createdAt }, [
      { op: 'put', kind: 'notification', value: record, expectedVersion: 0 },
    ]);
    stored = written;
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const existing = await ports.store.get('notification', record.id);
    if (existing?.status !== 'pending') return 'already';
    // Decided earlier but not yet delivered (throttled last time): try that same record again, never a new one.
    stored = existing;
  }
  const outcome = await deliverRecord(ports, notifier, stored, channel, 3);
  if (outcome === 'sent') return 'sent';
  return outcome === 'deferred' ? 'retry' : 'given_up';
}
