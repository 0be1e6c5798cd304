import type { IsoDate } from './ids';
import type { ReviewTeam, VisitFormat } from './review';

/** What people are told about a review visit: when, how, and the Teams meeting to join when there is one. */
export interface VisitDetails {
  readonly date: IsoDate;
  /** "HH:mm" (Europe/London), or null when no start time is set. */
  readonly startTime: string | null;
  readonly format: VisitFormat;
  /** The Teams meeting's join link, or null when the review has none. */
  readonly joinUrl: string | null;
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The visit details of a saved team, read in one place so the optional start time and meeting link are wired once.
 * A start time that is not "HH:mm", or a join link that is not https, is left out rather than passed on.
 */
export function visitDetailsOf(team: ReviewTeam): VisitDetails {
  const startTime = team.visit.startTime;
  const joinUrl = team.meeting?.joinUrl;
  return {
    date: team.visit.date,
    startTime: startTime !== undefined && HH_MM.test(startTime) ? startTime : null,
    format: team.visit.format,
    joinUrl: joinUrl !== undefined && isHttps(joinUrl) ? joinUrl : null,
  };
}

function isHttps(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}
