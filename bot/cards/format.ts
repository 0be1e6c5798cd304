/** Plain-English dates and counts for cards, written as the tab and the reports write them. */
export { longDate as formatDate } from '../../src/domain/formatting/uk-dates';

export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return 'today';
  if (daysLeft === 1) return 'tomorrow';
  if (daysLeft > 1) return `in ${daysLeft} days`;
  return daysLeft === -1 ? 'yesterday' : `${-daysLeft} days ago`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
