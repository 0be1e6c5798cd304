import ExcelJS from 'exceljs';
import type { ChartBlock, ReportDocument, TableBlock } from '../../domain/report-document';
import { renderChart } from './chart-png';
import { displayLength, excelCell } from './xlsx-cell-formats';
import { xmlSafeDocument } from './xml-safe-text';

const SUMMARY = 'Summary';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
/** Columns are sized to their longest text, between these widths (in characters); longer text wraps. */
const NARROWEST = 8;
const WIDEST = 60;

/**
 * The report as a workbook: a Summary sheet with the cover and the text, then each table on its named sheet (a
 * title row, a header row frozen in place and repeated on printed pages, one row per line; percentages, pounds,
 * dates and counts as numbers in their formats, so they sort, sum and chart), and each chart as a picture to the
 * right of the table it illustrates.
 */
export async function renderXlsx(report: ReportDocument): Promise<Uint8Array> {
  const doc = xmlSafeDocument(report);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Mind & Body Quality Improvement Network';
  workbook.title = doc.title;
  const summary = workbook.addWorksheet(SUMMARY);
  summary.getColumn(1).width = 120;
  summary.addRow([doc.title]).font = { bold: true, size: 16 };
  summary.addRow([doc.subtitle]).font = { italic: true };
  for (const fact of doc.cover?.facts ?? []) summary.addRow([`${fact.label}: ${fact.value}`]);
  const charts: ChartBlock[] = [];
  for (const section of doc.sections) {
    summary.addRow([]);
    summary.addRow([section.heading]).font = { bold: true, size: 13 };
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') summary.addRow([block.text]).alignment = { wrapText: true };
      else if (block.kind === 'bullets')
        for (const item of block.items) summary.addRow([`• ${item}`]).alignment = { wrapText: true };
      else if (block.kind === 'table') addTable(workbook, block);
      else charts.push(block);
    }
  }
  for (const chart of charts) addChart(workbook, chart);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

function sheetFor(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  return workbook.getWorksheet(name) ?? workbook.addWorksheet(name);
}

function addTable(workbook: ExcelJS.Workbook, block: TableBlock): void {
  const sheet = sheetFor(workbook, block.sheet);
  const first = sheet.rowCount === 0;
  if (!first) sheet.addRow([]);
  sheet.addRow([block.title]).font = { bold: true, size: 13 };
  const header = sheet.addRow([...block.columns]);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.eachCell((c) => {
    c.fill = HEADER_FILL;
  });
  const lengths = block.columns.map((c) => Math.max(...c.split(' ').map((w) => w.length), Math.min(c.length, 16)));
  for (const row of block.rows) {
    const cells = block.columns.map((column, i) => excelCell(column, row[i] ?? null));
    const added = sheet.addRow(cells.map((c) => c.value));
    added.alignment = { vertical: 'top', wrapText: true };
    cells.forEach((c, i) => {
      if (c.numFmt) added.getCell(i + 1).numFmt = c.numFmt;
      lengths[i] = Math.max(lengths[i] ?? 0, displayLength(c));
    });
  }
  lengths.forEach((length, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = Math.max(col.width ?? NARROWEST, Math.min(WIDEST, Math.max(NARROWEST, length + 2)));
  });
  if (first) {
    // The first table's header stays in view while scrolling, and heads every printed page.
    sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: header.number, topLeftCell: `A${header.number + 1}` }];
    sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
    sheet.autoFilter = {
      from: { row: header.number, column: 1 },
      to: { row: header.number + block.rows.length, column: block.columns.length },
    };
  }
}

function addChart(workbook: ExcelJS.Workbook, chart: ChartBlock): void {
  const sheet = sheetFor(workbook, chart.sheet);
  const drawn = renderChart(chart, { withTitle: true });
  const imageId = workbook.addImage({ buffer: Buffer.from(drawn.png) as unknown as ExcelJS.Buffer, extension: 'png' });
  sheet.addImage(imageId, {
    tl: { col: sheet.columnCount + 1, row: 1 },
    ext: { width: drawn.width, height: drawn.height },
  });
}
