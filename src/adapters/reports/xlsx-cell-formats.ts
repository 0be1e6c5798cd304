import type { Cell } from '../../domain/report-document';

/**
 * How a report's cell is written to Excel, so it sorts, sums and charts as what it is. The report's tables follow
 * naming conventions this reads: a column whose name ends in "%" holds percentages from 0 to 100 (written as a
 * fraction in a percent format, as Excel keeps percentages); "(£)" holds pounds; a text that is an ISO date
 * (2027-01-25) is a date. Whole numbers are counts.
 */
export interface ExcelCell {
  readonly value: string | number | Date | null;
  readonly numFmt?: string;
}

export const PERCENT_FORMAT = '0.0%';
export const POUNDS_FORMAT = '£#,##0.00';
export const DATE_FORMAT = 'd mmm yyyy';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isPercentColumn(column: string): boolean {
  return /%\s*$/.test(column);
}

export function excelCell(column: string, cell: Cell): ExcelCell {
  if (cell === null || cell === '') return { value: null };
  if (typeof cell === 'string') {
    return ISO_DATE.test(cell) ? { value: new Date(`${cell}T00:00:00Z`), numFmt: DATE_FORMAT } : { value: cell };
  }
  if (isPercentColumn(column)) return { value: cell / 100, numFmt: PERCENT_FORMAT };
  if (column.includes('(£)')) return { value: cell, numFmt: POUNDS_FORMAT };
  return { value: cell, numFmt: Number.isInteger(cell) ? '0' : '0.0#' };
}

/** How many characters wide the cell reads once formatted, for sizing its column. */
export function displayLength(cell: ExcelCell): number {
  if (cell.value === null) return 0;
  if (cell.value instanceof Date) return 11;
  if (typeof cell.value === 'number') return String(cell.value).length + (cell.numFmt === POUNDS_FORMAT ? 3 : 1);
  return cell.value.length;
}
