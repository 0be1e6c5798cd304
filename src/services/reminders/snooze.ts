import type { NotificationRecord } from '../../domain/conversation';
import type { IsoDate } from '../../domain/ids';
import type { Principal } from '../access-policy';
import { today, type Ports } from '../context';
import { ConflictError } from '../ports';
import { addDays, nextMonday } from './period';

export type SnoozeChoice = 'tomorrow' | 'next_week';
export const SNOOZE_CHOICES: readonly SnoozeChoice[] = ['tomorrow', 'next_week'];

/**
 * A person's snooze is one notification record per person (kind `snooze`, id `snooze:<person>`): it is a decision
 * about that person's notifications, and keeping it there needs no new store kind. `period` holds the first day
 * reminders resume.
 */
export function snoozeId(personId: string): string {
  return `snooze:${personId}`;
}

export function snoozeUntil(choice: SnoozeChoice, from: IsoDate): IsoDate {
  return choice === 'tomorrow' ? addDays(from, 1) : nextMonday(from);
}

/** Pauses the person's reminders until tomorrow or next Monday. Returns the day they resume. */
export async function snoozeReminders(ports: Ports, principal: Principal, choice: SnoozeChoice): Promise<IsoDate> {
  const until = snoozeUntil(choice, today(ports));
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
