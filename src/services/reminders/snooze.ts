import type { NotificationRecord } from '../../domain/conversation';
import type { IsoDate } from '../../domain/ids';
import type { Principal } from '../access-policy';
import { today, type Ports } from '../context';
import { ConflictError } from '../ports';
import { addDays } from './period';
import { firstWorkingDayOfNextWeek, isWorkingDay, nextWorkingDay, type SendingWindow } from './sending-window';

export type SnoozeChoice = 'tomorrow' | 'next_week';
export const SNOOZE_CHOICES: readonly SnoozeChoice[] = ['tomorrow', 'next_week'];
/** A snooze for a number of days ("snooze 7 days"), or one of the card's choices. */
export type SnoozeRequest = SnoozeChoice | { readonly days: number };
/** The longest snooze in days: longer than this, switching reminders off says what is meant. */
export const MAX_SNOOZE_DAYS = 60;

/**
 * A person's snooze is one notification record per person (kind `snooze`, id `snooze:<person>`): it is a decision
 * about that person's notifications, and keeping it there needs no new store kind. `period` holds the first day
 * reminders resume.
 */
export function snoozeId(personId: string): string {
  return `snooze:${personId}`;
}

/**
 * "Tomorrow" is the next WORKING day: snoozed on a Friday, reminders resume on Monday (nothing is sent at weekends
 * anyway, so "Saturday" would mean the same and read oddly). "Next week" is the first working day of next week.
 */
export function snoozeUntil(request: SnoozeRequest, from: IsoDate, window: SendingWindow): IsoDate {
  if (request === 'tomorrow') return nextWorkingDay(from, window);
  if (request === 'next_week') return firstWorkingDayOfNextWeek(from, window);
  const days = Math.min(MAX_SNOOZE_DAYS, Math.max(1, Math.round(request.days)));
  // Seven days from a Wednesday is a Wednesday; seven days landing on a Sunday resume on the Monday.
  const end = addDays(from, days);
  return isWorkingDay(end, window) ? end : nextWorkingDay(end, window);
}

/** Pauses the person's reminders until the next working day or next week. Returns the day they resume. */
export async function snoozeReminders(
  ports: Ports,
  principal: Principal,
  request: SnoozeRequest,
  window: SendingWindow,
): Promise<IsoDate> {
  const until = snoozeUntil(request, today(ports), window);
  const id = snoozeId(principal.person.id);
  const at = ports.clock.now().toISOString();
  // Two quick taps race on the same record: re-read and write again rather than fail the second one.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const current = await ports.store.get('notification', id);
    const record: NotificationRecord = {
      id,
      version: 0,
      personId: principal.person.id,
      kind: 'snooze',
      period: until,
      status: 'skipped',
      payload: { until },
      createdAt: current?.createdAt ?? at,
      sentAt: null,
      error: null,
    };
    try {
      await ports.store.commit({ actorId: principal.person.id, at }, [
        { op: 'put', kind: 'notification', value: record, expectedVersion: current?.version ?? 0 },
      ]);
      return until;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  return until;
}

/** The day each of these people's reminders resume, for those who snoozed. */
export async function snoozesFor(ports: Ports, personIds: readonly string[]): Promise<Map<string, IsoDate>> {
  const records = await ports.store.getMany('notification', personIds.map(snoozeId));
  return new Map(records.map((r) => [r.personId, r.period]));
}
