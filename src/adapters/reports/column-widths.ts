import { textWidthPt } from './text-width';

/** What a column holds: its header (set in bold) and its cells' texts. */
export interface ColumnText {
  readonly header: string;
  readonly cells: readonly string[];
}

export interface ColumnSizing {
  /** The type size of the table's text, in points. */
  readonly sizePt: number;
  /** The cell's inner margins, left and right together, in points. */
  readonly paddingPt: number;
  /** The width the table may take, in points. */
  readonly availablePt: number;
}

/** Where a line may break: after a space, a hyphen or a slash, as Word and LibreOffice break lines. */
const BREAKS = /(?<=[\s/-])/;

function longestPiece(text: string, sizePt: number, bold: boolean): number {
  return Math.max(0, ...text.split(BREAKS).map((piece) => textWidthPt(piece.trim(), sizePt, bold)));
}

/** The narrowest a column can be without breaking a word: its longest word (or hyphenated part). */
export function minimumWidthPt(column: ColumnText, sizing: Pick<ColumnSizing, 'sizePt' | 'paddingPt'>): number {
  return (
    Math.max(
      longestPiece(column.header, sizing.sizePt, true),
      ...column.cells.map((c) => longestPiece(c, sizing.sizePt, false)),
    ) + sizing.paddingPt
  );
}

/** The width at which every cell of the column would fit on one line. */
function naturalWidthPt(column: ColumnText, sizing: ColumnSizing): number {
  return (
    Math.max(
      textWidthPt(column.header, sizing.sizePt, true),
      ...column.cells.map((c) => textWidthPt(c, sizing.sizePt, false)),
    ) + sizing.paddingPt
  );
}

/** The width of the table with every cell on one line. */
export function naturalTableWidthPt(columns: readonly ColumnText[], sizing: ColumnSizing): number {
  return columns.reduce((sum, c) => sum + naturalWidthPt(c, sizing), 0);
}

/** Whether every column can be as wide as its longest word within the width available. */
export function fitsWithoutBreakingWords(columns: readonly ColumnText[], sizing: ColumnSizing): boolean {
  return columns.reduce((sum, c) => sum + minimumWidthPt(c, sizing), 0) <= sizing.availablePt;
}

/**
 * Column widths in points from the columns' content, filling the width available: each column gets at least its
 * longest word, so no ordinary word is broken; the space left goes to the columns whose text would otherwise wrap,
 * in proportion to how much more they would need to sit on one line; a table whose text all fits on one line
 * shares the spare width out in proportion to the columns' widths. Only a table too wide even for its longest words
 * is scaled down, and then words in it may break.
 */
export function columnWidthsPt(columns: readonly ColumnText[], sizing: ColumnSizing): number[] {
  const minimum = columns.map((c) => minimumWidthPt(c, sizing));
  const natural = columns.map((c, i) => Math.max(naturalWidthPt(c, sizing), minimum[i] ?? 0));
  const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);
  const available = sizing.availablePt;
  if (sum(minimum) >= available) return minimum.map((w) => (w * available) / sum(minimum));
  if (sum(natural) <= available) return natural.map((w) => (w * available) / sum(natural));
  const wanted = natural.map((w, i) => w - (minimum[i] ?? 0));
  const share = (available - sum(minimum)) / sum(wanted);
  return minimum.map((w, i) => w + (wanted[i] ?? 0) * share);
}
