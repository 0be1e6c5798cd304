import type { IsoDate } from '../../domain/ids';
import { addDays } from './period';

/** Days of the week, as configured (REMINDER_WORKING_DAYS=mon,tue,wed,thu,fri). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * When reminders may reach people: working days, working hours, in the network's time zone (Europe/London, so the
 * window follows the clock changes). Microsoft's bot guidance and NHS staff alike ask for no messages at night or
 * at weekends; anything due outside the window waits for the next one.
 */
export interface SendingWindow {
  /** An IANA time zone; Europe/London for the NHS. */
  readonly timeZone: string;
  readonly workingDays: readonly Weekday[];
  /** Local time the window opens, "HH:MM" (inclusive). */
  readonly opens: string;
  /** Local time the window closes, "HH:MM" (exclusive). */
  readonly closes: string;
}

export const DEFAULT_SENDING_WINDOW: SendingWindow = {
  timeZone: 'Europe/London',
  workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  opens: '08:00',
  closes: '18:00',
};

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of "HH:MM", or null when it is not a time of day. */
export function minutesOfDay(hhmm: string): number | null {
  const match = HH_MM.exec(hhmm);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** True when the runtime knows the time zone (Node ships the full time zone database). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** What the wall clock says in `timeZone` at `instant`. */
export interface LocalTime {
  readonly date: IsoDate;
  readonly weekday: Weekday;
  readonly minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function weekdayOf(date: IsoDate): Weekday {
  const sundayFirst = new Date(`${date}T00:00:00.000Z`).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7] as Weekday;
}

export function localTime(instant: Date, timeZone: string): LocalTime {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const date = `${parts['year']}-${parts['month']}-${parts['day']}`;
  return { date, weekday: weekdayOf(date), minutes: Number(parts['hour']) * 60 + Number(parts['minute']) };
}

export function isWorkingDay(date: IsoDate, window: SendingWindow): boolean {
  return window.workingDays.includes(weekdayOf(date));
}

/** True when a reminder may be sent at `instant`. */
export function isInSendingWindow(instant: Date, window: SendingWindow): boolean {
  const local = localTime(instant, window.timeZone);
  const opens = minutesOfDay(window.opens) ?? 0;
  const closes = minutesOfDay(window.closes) ?? 24 * 60;
  return isWorkingDay(local.date, window) && local.minutes >= opens && local.minutes < closes;
}

/** The first working day after `date` (Friday -> Monday). With no working days configured, simply the next day. */
export function nextWorkingDay(date: IsoDate, window: SendingWindow): IsoDate {
  for (let days = 1; days <= 7; days += 1) {
    const candidate = addDays(date, days);
    if (isWorkingDay(candidate, window)) return candidate;
  }
  return addDays(date, 1);
}

/** The first working day of the week after the one `date` is in. */
export function firstWorkingDayOfNextWeek(date: IsoDate, window: SendingWindow): IsoDate {
  const monday = addDays(date, 7 - WEEKDAYS.indexOf(weekdayOf(date)));
  return isWorkingDay(monday, window) ? monday : nextWorkingDay(monday, window);
}
