import { ukDateOf, ukHourAt } from '../formatting/uk-dates';
import { DEFAULT_MINIMUM_ANSWERS } from './questionnaire-run';

/** The highest minimum number of answers a lead may ask for before results are shown. */
export const MAX_MINIMUM_ANSWERS = 1000;

/** What a lead fills in to open a questionnaire, as typed. */
export interface OpenRunDraft {
  readonly questionnaireId: string;
  /** YYYY-MM-DD: the last day answers are taken (UK time). */
  readonly closingDate: string;
  /** As typed; empty means the default minimum. */
  readonly minimumAnswers: string;
}

/** What the API receives to open a questionnaire: the closing moment itself, and the minimum as a number. */
export interface OpenRunRequestValues {
  readonly questionnaireId: string;
  /** An ISO date and time. */
  readonly closesAt: string;
  readonly minimumAnswers?: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLOSING_DATE_IN_THE_PAST = 'Choose a closing date in the future.';

/**
 * Everything that stops a questionnaire being opened, all at once, in the words the API uses: a questionnaire,
 * a closing date from today on, and a minimum of at least the default (fewer answers could tell who wrote them).
 */
export function openRunProblems(draft: OpenRunDraft, today: string): string[] {
  const problems: string[] = [];
  if (draft.questionnaireId === '') problems.push('Choose which questionnaire to open.');
  if (draft.closingDate === '') problems.push('Choose a closing date.');
  else if (!ISO_DATE.test(draft.closingDate) || Number.isNaN(Date.parse(draft.closingDate))) {
    problems.push('Enter the closing date as a date, for example 31/01/2027.');
  } else if (draft.closingDate < today) problems.push(CLOSING_DATE_IN_THE_PAST);
  const minimum = draft.minimumAnswers.trim();
  if (minimum !== '') {
    const value = Number(minimum);
    if (!Number.isInteger(value) || value < DEFAULT_MINIMUM_ANSWERS) {
      problems.push(
        `The minimum number of answers must be a whole number of at least ${DEFAULT_MINIMUM_ANSWERS}, so that nobody can be recognised.`,
      );
    } else if (value > MAX_MINIMUM_ANSWERS) {
      problems.push(`The minimum number of answers can be at most ${MAX_MINIMUM_ANSWERS.toLocaleString('en-GB')}.`);
    }
  }
  return problems;
}

/**
 * The same rules for a request to the API, in the same words: the closing moment's UK date stands for the closing
 * date, and a moment already gone earlier today is in the past too.
 */
export function openRunRequestProblems(request: OpenRunRequestValues, now: Date): string[] {
  const problems = openRunProblems(
    {
      questionnaireId: request.questionnaireId,
      closingDate: ukDateOf(new Date(request.closesAt)),
      minimumAnswers: request.minimumAnswers === undefined ? '' : String(request.minimumAnswers),
    },
    ukDateOf(now),
  );
  const closedAlready = Date.parse(request.closesAt) <= now.getTime();
  if (closedAlready && !problems.includes(CLOSING_DATE_IN_THE_PAST)) problems.push(CLOSING_DATE_IN_THE_PAST);
  return problems;
}

/**
 * The moment a questionnaire closes for a closing date: one minute before midnight at the end of that day in the
 * UK (23:59 GMT or BST), so it reads as that day wherever it is shown.
 */
export function closingTimeOf(closingDate: string): string {
  const [year, month, day] = closingDate.split('-').map(Number) as [number, number, number];
  const utcMidnightAfter = Date.UTC(year, month - 1, day + 1);
  const londonHour = ukHourAt(utcMidnightAfter);
  // At UTC midnight London reads 00:00 in winter and 01:00 in summer; its own midnight is that many hours earlier.
  return new Date(utcMidnightAfter - londonHour * 3_600_000 - 60_000).toISOString();
}
