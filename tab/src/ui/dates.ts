import { clockTime, dateAndTime, longDate, tableDate, ukDateOf } from '../../../src/domain/formatting/uk-dates';

const DAY_MS = 86_400_000;

/** Today's date in the UK (the network's day, whatever the device's time zone), as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return ukDateOf(now);
}

/** Whole days from `today` to `date` (both YYYY-MM-DD); negative when `date` has passed. */
export function daysBetween(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/** "18 January 2027" in running text; "18/01/2027" in a table (`formatTableDate`). */
export const formatDate = longDate;
export const formatTableDate = tableDate;

/** "18 January 2027 at 14:05", UK time. */
export const formatTime = dateAndTime;

/** The time of day alone, "19:11" UK time (the date is said beside it). */
export const formatClockTime = clockTime;

/** "due in 45 days", "due today", "due tomorrow", "was due 3 days ago". */
export function describeDue(date: string, today: string): string {
  const days = daysBetween(today, date);
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  if (days > 1) return `due in ${days} days`;
  if (days === -1) return 'was due yesterday';
  return `was due ${-days} days ago`;
}
