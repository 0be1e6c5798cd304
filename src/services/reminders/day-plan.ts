import type { NotificationRecord } from '../../domain/conversation';
import type { IsoDate } from '../../domain/ids';
import type { Ports } from '../context';
import { REMINDERS_ACTOR, writeRecord } from './records';

/**
 * The reminder job's record of the day it last planned. The job runs every 15 minutes, but who is due what changes
 * with the day (deadlines, due actions, the digest period), so the network is read once a day: later ticks that day
 * read this record and the pending notifications, and send what is pending. It is kept as a notification record
 * (id `reminder-plan`), like a person's snooze: a decision of the reminder job that needs no store kind of its own.
 */
export const DAY_PLAN_ID = 'reminder-plan';

/** How the job decides: from a fresh read on every run (on demand), or once a day (the schedule). */
export type ReminderPlanning = 'every_run' | 'once_a_day';

export interface DayPlan {
  /** The day planned, or null before the first plan. */
  readonly day: IsoDate | null;
  /** The stored record's version (0 before the first plan), for the next write. */
  readonly version: number;
}

export async function readDayPlan(ports: Ports): Promise<DayPlan> {
  const record = await ports.store.get('notification', DAY_PLAN_ID);
  if (!record) return { day: null, version: 0 };
  const day = record.payload['day'];
  return { day: typeof day === 'string' ? day : null, version: record.version };
}

/** Records that `day` is planned. Another instance that recorded it first wins: the day is planned either way. */
export async function recordDayPlanned(ports: Ports, day: IsoDate, read: DayPlan): Promise<void> {
  const at = ports.clock.now().toISOString();
  const record: NotificationRecord = {
    id: DAY_PLAN_ID,
    version: read.version,
    personId: REMINDERS_ACTOR,
    kind: 'plan',
    period: day,
    status: 'skipped',
    payload: { day, plannedAt: at },
    createdAt: at,
    sentAt: null,
    error: null,
  };
  await writeRecord(ports, record, read.version);
}

/** Attempts when another writer changes the plan record at the same moment. */
const MARK_ATTEMPTS = 3;

/**
 * Something the day's plan depends on changed (someone installed the app, a review team or its visit changed): the
 * next tick plans the day again, so it goes out today rather than tomorrow. Dedupe keys keep anything already sent
 * from going twice. Costs a read and a write of one item, on changes that are rare next to the ticks.
 */
export async function planRemindersAgain(ports: Ports): Promise<void> {
  for (let attempt = 0; attempt < MARK_ATTEMPTS; attempt += 1) {
    const current = await ports.store.get('notification', DAY_PLAN_ID);
    if (!current || current.payload['day'] === null) return;
    const record = { ...current, payload: { ...current.payload, day: null } };
    if (await writeRecord(ports, record, current.version)) return;
  }
}
