/** Plain-English dates and counts for cards, written as the tab and the reports write them. */
export { daysLeftText, longDate as formatDate } from '../../src/domain/formatting/uk-dates';

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
