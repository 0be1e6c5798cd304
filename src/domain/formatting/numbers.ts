/** Counts and money as people read them in British English. */

const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** "12,000": a count with thousands separated. */
export function wholeNumber(value: number): string {
  return WHOLE.format(value);
}

/** "£1,234.50": an amount held in pence. */
export function pounds(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  return `${sign}£${WHOLE.format(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, '0')}`;
}
