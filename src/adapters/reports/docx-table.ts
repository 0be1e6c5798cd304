import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Cell, TableBlock } from '../../domain/report-document';
import { columnWidthsPt, fitsWithoutBreakingWords, naturalTableWidthPt, type ColumnText } from './column-widths';
import { textWidthPtOf, type Orientation } from './docx-page';
import { HEADER_FILL, RULE, TABLE_SIZE_PT } from './docx-styles';

/** Word's default cell margins (0.075 inch each side), and a little room for the difference between fonts. */
const CELL_PADDING_PT = 10.8 + 3;
/** A table whose text on one line would be this many times the page's width wraps into tall rows: landscape. */
const CRAMPED = 2;

/** How a cell reads in Word: numbers as they are (83.3), a missing figure as an en dash. */
export function cellText(cell: Cell): string {
  return cell === null ? '–' : String(cell);
}

function columnsOf(block: TableBlock): ColumnText[] {
  return block.columns.map((header, i) => ({ header, cells: block.rows.map((row) => cellText(row[i] ?? null)) }));
}

function sizing(orientation: Orientation) {
  return { sizePt: TABLE_SIZE_PT, paddingPt: CELL_PADDING_PT, availablePt: textWidthPtOf(orientation) };
}

/**
 * A table too wide for a portrait page without breaking words, or whose rows would wrap into many lines there,
 * goes on a landscape page.
 */
export function needsLandscape(block: TableBlock): boolean {
  const columns = columnsOf(block);
  const portrait = sizing('portrait');
  return (
    !fitsWithoutBreakingWords(columns, portrait) ||
    naturalTableWidthPt(columns, portrait) > CRAMPED * portrait.availablePt
  );
}

/** A column of figures (and dashes for missing ones) is aligned right, so the figures line up. */
function isFigures(block: TableBlock, column: number): boolean {
  const cells = block.rows.map((row) => row[column] ?? null);
  return cells.some((c) => typeof c === 'number') && cells.every((c) => c === null || typeof c === 'number');
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: RULE };

/**
 * A table sized to its content (see column-widths.ts), with a fixed layout so Word and LibreOffice keep the widths,
 * the header row repeated at the top of every page the table runs onto, and no row split across two pages.
 */
export function docxTable(block: TableBlock, orientation: Orientation): Table {
  const widths = columnWidthsPt(columnsOf(block), sizing(orientation)).map((pt) => Math.floor(pt * 20));
  const figures = block.columns.map((_, i) => isFigures(block, i));
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } } : {}),
      children: [
        new Paragraph({
          style: 'TableText',
          ...(figures[i] ? { alignment: AlignmentType.RIGHT } : {}),
          children: [header ? new TextRun({ text, bold: true }) : new TextRun(text)],
        }),
      ],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) => cell(c, i, true)),
  });
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: block.columns.map((_, i) => cell(cellText(row[i] ?? null), i, false)),
      }),
  );
  return new Table({
    rows: [header, ...rows],
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
  });
}
