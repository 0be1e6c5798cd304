import type { IsoDate } from './ids';

/** Reviewers refresh their training every two years (our choice; see docs/adr/0003-reviewer-pool.md). */
export const TRAINING_VALID_YEARS = 2;

/** The day training done on `trainedOn` stops counting: the same day, two years on (29 February becomes 1 March). */
export function trainingExpiresOn(trainedOn: IsoDate): IsoDate {
  const [year, month, day] = trainedOn.split('-').map(Number) as [number, number, number];
  const expiry = new Date(Date.UTC(year + TRAINING_VALID_YEARS, month - 1, day));
  return expiry.toISOString().slice(0, 10);
}

/** Whether training done on `trainedOn` still counts on `date` (it counts up to the day before it expires). */
export function trainingValidOn(trainedOn: IsoDate, date: IsoDate): boolean {
  return date < trainingExpiresOn(trainedOn);
}

/** A date as people read it in the UK: "25 January 2027". */
export { longDate } from './formatting/uk-dates';
