/**
 * Dates and times as the NHS writes them, in the UK whatever the reader's browser, server or locale says: the network
 * works on UK time (Europe/London, with British Summer Time) and in British English. Every date or time a person
 * reads, in the tab, a card or a report, is formatted here and nowhere else.
 *
 * A value is either a calendar date ("2027-01-18", the day itself, with no time zone to shift it) or an instant
 * (an ISO timestamp, shown as the day and time it was in London).
 */

export const UK_TIME_ZONE = 'Europe/London';
const UK_LOCALE = 'en-GB';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formatters are built once per shape and zone: building one is far slower than using it. */
function formatter(shape: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${shape}:${options.timeZone ?? ''}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(UK_LOCALE, options);
    formatters.set(key, found);
  }
  return found;
}

/** The moment to format, and the zone that keeps its day: a calendar date is read at noon UTC so it never moves. */
function parse(value: string): { at: Date; timeZone: string } | null {
  const dateOnly = DATE_ONLY.test(value);
  const at = new Date(dateOnly ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(at.getTime())) return null;
  return { at, timeZone: dateOnly ? 'UTC' : UK_TIME_ZONE };
}

function format(value: string, shape: string, options: Intl.DateTimeFormatOptions): string {
  const parsed = parse(value);
  if (!parsed) return value;
  return formatter(shape, { ...options, timeZone: parsed.timeZone }).format(parsed.at);
}

/** The hour (0-23) a UK clock shows at an instant: 0 at midnight UTC in winter (GMT), 1 in summer (BST). */
export function ukHourAt(instant: number): number {
  return Number(formatter('uk-hour', { timeZone: UK_TIME_ZONE, hour: '2-digit', hourCycle: 'h23' }).format(instant));
}

/** "18 January 2027": a date in running text. */
export function longDate(value: string): string {
  return format(value, 'long', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** "18/01/2027": a date in a table column, where a fixed width reads and sorts by eye. */
export function tableDate(value: string): string {
  return format(value, 'table', { day: '2-digit', month: '2-digit', year: 'numeric' });
}

/** "Monday 18 January 2027": a day people plan around, such as a visit. */
export function weekdayDate(value: string): string {
  return format(value, 'weekday', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).replace(',', '');
}

/** "Monday": the weekday alone (the date is said beside it). */
export function weekdayName(value: string): string {
  return format(value, 'weekday-name', { weekday: 'long' });
}

/** "14:05": the time of day in the UK, 24-hour (the date is said beside it). */
export function clockTime(instant: string): string {
  if (DATE_ONLY.test(instant)) return instant;
  return format(instant, 'clock', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** "18 January 2027 at 14:05": when something happened, in the UK. */
export function dateAndTime(instant: string): string {
  if (DATE_ONLY.test(instant)) return longDate(instant);
  return parse(instant) ? `${longDate(instant)} at ${clockTime(instant)}` : instant;
}

/** The calendar date ("2027-01-18") an instant falls on in the UK: "today" for a person in the network. */
export function ukDateOf(instant: Date): string {
  const parts = formatter('iso-parts', {
    timeZone: UK_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A number of days from today as people say it: "today", "tomorrow", "in 5 days", "yesterday", "3 days ago". */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return 'today';
  if (daysLeft === 1) return 'tomorrow';
  if (daysLeft > 1) return `in ${daysLeft} days`;
  return daysLeft === -1 ? 'yesterday' : `${-daysLeft} days ago`;
}
