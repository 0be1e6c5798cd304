/** Counts and sizes as people read them in British English. */

const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const MEBIBYTE = 2 ** 20;

/** "12,000": a count with thousands separated. */
export function wholeNumber(value: number): string {
  return WHOLE.format(value);
}

/** "4.5 MB" for a file (binary megabytes, as Windows and SharePoint show them); whole for a limit ("250 MB"). */
export function fileSize(bytes: number, precision: 'tenths' | 'whole' = 'tenths'): string {
  const mebibytes = bytes / MEBIBYTE;
  return `${precision === 'whole' ? WHOLE.format(mebibytes) : ONE_DECIMAL.format(mebibytes)} MB`;
}

/** "£1,234.50": an amount held in pence. */
export function pounds(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  return `${sign}£${WHOLE.format(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, '0')}`;
}
