import type { IsoDate } from '../../domain/ids';

/** How often a person gets the periodic digest (and the review and action reminders). */
export type DigestPeriod = 'daily' | 'weekly';

const DAY_MS = 86_400_000;

function toUtcMidnight(date: IsoDate): number {
  return Date.parse(`${date}T00:00:00.000Z`);
}

export function isoDateOf(instant: Date): IsoDate {
  return instant.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(toUtcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / DAY_MS);
}

/** ISO-8601 week, e.g. 2026-W48: weeks start on Monday and week 1 holds the year's first Thursday. */
export function isoWeek(date: IsoDate): string {
  const day = new Date(toUtcMidnight(date));
  const weekday = day.getUTCDay() || 7; // Monday = 1 ... Sunday = 7
  // The Thursday of this week decides the year the week belongs to.
  const thursday = new Date(day.getTime() + (4 - weekday) * DAY_MS);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((thursday.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The period a date falls in: the date itself for daily digests, its ISO week for weekly ones. */
export function periodKey(period: DigestPeriod, date: IsoDate): string {
  return period === 'daily' ? date : isoWeek(date);
}

/** The Monday after `date` (a week's snooze ends at the start of the next working week). */
export function nextMonday(date: IsoDate): IsoDate {
  const weekday = (new Date(toUtcMidnight(date)).getUTCDay() + 6) % 7;
  return addDays(date, 7 - weekday);
}
