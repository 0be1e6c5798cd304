import { DomainError } from './errors';
import type { IsoDate, IsoDateTime, Versioned } from './ids';
import type { ReviewVisit } from './review';

/**
 * The visit day of one peer review (at most one, id `visit:<assessmentId>`): the Teams meeting it happens in and
 * the preliminary feedback the team gives the service at the end of the day. Kept apart from the review team,
 * whose record is about who reviews, so scheduling or writing feedback never races a change to the team.
 */
export interface VisitDay extends Versioned {
  readonly assessmentId: string;
  readonly cycleId: string;
  readonly meeting: VisitMeeting | null;
  readonly feedback: FeedbackSummary | null;
}

export function visitDayId(assessmentId: string): string {
  return `visit:${assessmentId}`;
}

/**
 * The Teams meeting of the visit. `scheduled` is an event the app put in the lead reviewer's calendar through
 * Microsoft Graph (re-scheduling changes that same event); `linked` is a meeting the lead made in Teams and
 * pasted the join link of (where the app cannot reach Microsoft 365).
 */
export type VisitMeeting =
  | {
      readonly source: 'scheduled';
      readonly eventId: string;
      readonly joinUrl: string;
      /** Local start and end, "YYYY-MM-DDTHH:mm" in Europe/London, as sent to the calendar. */
      readonly start: string;
      readonly end: string;
      readonly invited: readonly string[];
      readonly by: string;
      readonly at: IsoDateTime;
    }
  | { readonly source: 'linked'; readonly joinUrl: string; readonly by: string; readonly at: IsoDateTime };

/** A review-day note about one theme, by one team member (id `<assessmentId>:<themeCode>:<personId>`). */
export interface VisitNote extends Versioned {
  readonly assessmentId: string;
  readonly cycleId: string;
  readonly themeCode: string;
  readonly personId: string;
  readonly text: string;
  readonly updatedAt: IsoDateTime;
}

export function visitNoteId(assessmentId: string, themeCode: string, personId: string): string {
  return `${assessmentId}:${themeCode}:${personId}`;
}

export const FEEDBACK_SECTIONS = ['goodPractice', 'areasForImprovement', 'immediateConcerns', 'fromTheDay'] as const;
export type FeedbackSection = (typeof FEEDBACK_SECTIONS)[number];

/**
 * The preliminary feedback summary: four plain-text sections the lead reviewer edits. Drafts stay with the
 * team; once the lead shares it, the service sees it (never the network or the public).
 */
export interface FeedbackSummary {
  readonly sections: Readonly<Record<FeedbackSection, string>>;
  readonly editedBy: string;
  readonly editedAt: IsoDateTime;
  readonly sharedBy: string | null;
  readonly sharedAt: IsoDateTime | null;
}

/** The time a visit starts when the team has not said: a working morning after travel. */
export const DEFAULT_VISIT_START = '09:30';
/** A visit takes the working day: it ends at five unless it starts too late for that. */
export const VISIT_DAY_ENDS = '17:00';

export const NOTE_MAX_CHARS = 20_000;
export const FEEDBACK_SECTION_MAX_CHARS = 10_000;

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isTimeOfDay(value: string): boolean {
  return HH_MM.test(value);
}

/** The visit's start and end in Europe/London wall-clock time ("YYYY-MM-DDTHH:mm"), for a calendar event. */
export function visitTimes(visit: ReviewVisit): { start: string; end: string; date: IsoDate; startTime: string } {
  const startTime = visit.startTime && isTimeOfDay(visit.startTime) ? visit.startTime : DEFAULT_VISIT_START;
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const endMinutes = Math.max(minutes(VISIT_DAY_ENDS), Math.min(minutes(startTime) + 60, 23 * 60 + 59));
  const endTime = `${String(Math.floor(endMinutes / 60)).padStart(2, '0')}:${String(endMinutes % 60).padStart(2, '0')}`;
  return { date: visit.date, startTime, start: `${visit.date}T${startTime}`, end: `${visit.date}T${endTime}` };
}

/** Hosts that serve Teams meeting join links: commercial, consumer and the US government clouds. */
const TEAMS_HOSTS = new Set([
  'teams.microsoft.com',
  'teams.live.com',
  'gov.teams.microsoft.us',
  'dod.teams.microsoft.us',
]);

/**
 * Whether a link is the join link of a Teams meeting ("Copy join link" in Teams): https, a Teams host, and a
 * meeting path (`/l/meetup-join/...` or the newer `/meet/<id>`). Anything else would send the service to the
 * wrong place on the day.
 */
export function isTeamsMeetingUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return false;
  if (!TEAMS_HOSTS.has(url.hostname.toLowerCase())) return false;
  return /^\/l\/meetup-join\/[^/]+/.test(url.pathname) || /^\/meet\/\d+/.test(url.pathname);
}

export function validateJoinUrl(value: string): string {
  const trimmed = value.trim();
  if (!isTeamsMeetingUrl(trimmed)) {
    throw new DomainError(
      'not_a_teams_meeting_link',
      'That is not a Teams meeting link. In Teams, open the meeting, choose "Copy join link" and paste it here; ' +
        'it starts with https://teams.microsoft.com/l/meetup-join/ or https://teams.microsoft.com/meet/.',
      'joinUrl',
    );
  }
  return trimmed;
}

export function validateNoteText(text: string): void {
  if (text.length > NOTE_MAX_CHARS) {
    throw new DomainError(
      'note_too_long',
      `A note can hold up to ${NOTE_MAX_CHARS.toLocaleString('en-GB')} characters; split it or shorten it.`,
      'text',
    );
  }
}
