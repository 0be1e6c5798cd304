import type { NotificationRecord } from '../../domain/conversation';
import type { IsoDateTime } from '../../domain/ids';
import { isNotificationChannels, type NotificationChannels } from '../../domain/notification-channels';
import type { Ports } from '../context';
import { ConflictError } from '../ports';
import { CONTENT_KINDS, type ReminderContent } from './content';

/**
 * Notification kinds. Each record's id is its dedupe key `${kind}:${personId}:${period}`: it is written before
 * anything is sent, so one (person, kind, period) can be decided, and sent, only once.
 */
export type ReminderKind =
  | 'digest'
  | 'deadline'
  | 'review'
  | 'action'
  | 'not_mine'
  | 'install'
  | 'library'
  /** A review team's announcement and visit invitation; its period holds the visit details (see team-news.ts). */
  | 'review_team'
  /** A staff questionnaire to answer: its period is the run (`<run id>`, or `<run id>:reminder` for the reminder). */
  | 'staff_questionnaire'
  /** Teams was asked who is in an unmatched chat; "personId" is then the chat's ConversationRecord id. */
  | 'member_lookup';

export function notificationId(kind: ReminderKind, personId: string, period: string): string {
  return `${kind}:${personId}:${period}`;
}

/** Delivery bookkeeping kept with the decided content in the record's payload. */
export interface NotificationPayload {
  readonly content: ReminderContent | null;
  /** The ConversationRecord the message goes to. */
  readonly conversationId: string | null;
  /** Delivery runs so far (a run that was throttled throughout leaves the record pending for the next run). */
  readonly attempts: number;
  /**
   * Set (in its own commit) just before the message is handed to the channel. A record still pending with this set
   * belongs to a run that stopped mid-send: whether the message arrived is unknown, so it is never resent.
   */
  readonly attemptedAt: IsoDateTime | null;
  /** For a decision folded into another message (a digest sent as part of a deadline reminder). */
  readonly mergedInto: string | null;
  /** Where it goes, as the person chose when it was decided. Records from before the bell: chat. */
  readonly channels: NotificationChannels;
  /**
   * The channels that have carried it so far. A run that got it into one channel but not the other (the bell
   * throttled throughout) leaves it pending, and the next run sends only what is missing: nothing twice.
   */
  readonly deliveredBy: readonly DeliveryChannel[];
}

/** One channel a reminder travels by. */
export type DeliveryChannel = 'chat' | 'bell';

function deliveredByOf(value: unknown): DeliveryChannel[] {
  if (!Array.isArray(value)) return [];
  return value.filter((c): c is DeliveryChannel => c === 'chat' || c === 'bell');
}

function isContent(value: unknown): value is ReminderContent {
  return (
    typeof value === 'object' &&
    value !== null &&
    'kind' in value &&
    (CONTENT_KINDS as readonly unknown[]).includes(value.kind)
  );
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** Reads a stored payload defensively: records written by an older release may lack fields. */
export function payloadOf(record: NotificationRecord): NotificationPayload {
  const p = record.payload;
  return {
    content: isContent(p['content']) ? p['content'] : null,
    conversationId: stringOrNull(p['conversationId']),
    attempts: typeof p['attempts'] === 'number' ? p['attempts'] : 0,
    attemptedAt: stringOrNull(p['attemptedAt']),
    mergedInto: stringOrNull(p['mergedInto']),
    channels: isNotificationChannels(p['channels']) ? p['channels'] : 'chat',
    deliveredBy: deliveredByOf(p['deliveredBy']),
  };
}

export function withPayload(record: NotificationRecord, changes: Partial<NotificationPayload>): NotificationRecord {
  // Fields a use case keeps beside the bookkeeping (the job that sent a channel's card) are kept as they are.
  return { ...record, payload: { ...record.payload, ...payloadOf(record), ...changes } };
}

export function newRecord(input: {
  readonly kind: ReminderKind;
  readonly personId: string;
  readonly period: string;
  readonly content: ReminderContent | null;
  readonly conversationId: string | null;
  readonly at: IsoDateTime;
  readonly status?: NotificationRecord['status'];
  readonly error?: string | null;
  readonly mergedInto?: string | null;
  /** Chat unless said (announcements to channels, a lead's hand-back note). */
  readonly channels?: NotificationChannels;
}): NotificationRecord {
  const payload: NotificationPayload = {
    content: input.content,
    conversationId: input.conversationId,
    attempts: 0,
    attemptedAt: null,
    mergedInto: input.mergedInto ?? null,
    channels: input.channels ?? 'chat',
    deliveredBy: [],
  };
  return {
    id: notificationId(input.kind, input.personId, input.period),
    version: 0,
    personId: input.personId,
    kind: input.kind,
    period: input.period,
    status: input.status ?? 'pending',
    payload: { ...payload },
    createdAt: input.at,
    sentAt: null,
    error: input.error ?? null,
  };
}

/** Who writes notification records (the audit trail's actor). */
export const REMINDERS_ACTOR = 'system:reminders';

/**
 * Writes a notification record expecting the version it was read at (0 for a new one). Null when another run or
 * instance wrote it first: that one decided, claimed or recorded it, so this one does nothing more.
 */
export async function writeRecord(
  ports: Ports,
  record: NotificationRecord,
  expectedVersion: number,
): Promise<NotificationRecord | null> {
  try {
    const [stored] = await ports.store.commit({ actorId: REMINDERS_ACTOR, at: ports.clock.now().toISOString() }, [
      { op: 'put', kind: 'notification', value: record, expectedVersion },
    ]);
    return stored;
  } catch (error) {
    if (error instanceof ConflictError) return null;
    throw error;
  }
}
