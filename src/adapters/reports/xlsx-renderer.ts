import ExcelJS from 'exceljs';
import type { ChartBlock, ReportDocument, TableBlock } from '../../domain/report-document';
import { xmlSafeDocument } from './xml-safe-text';
import { renderChart } from './chart-png';

const SUMMARY = 'Summary';

/**
 * The report as a workbook: a Summary sheet with the text, then each table on its named sheet (title row, header
 * row, one row per line; figures as numbers, so they can be charted and sorted), and each chart as a picture to
 * the right of the table it illustrates.
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
  if (sheet.rowCount > 0) sheet.addRow([]);
  sheet.addRow([block.title]).font = { bold: true, size: 13 };
  sheet.addRow([...block.columns]).font = { bold: true };
  for (const row of block.rows) sheet.addRow(row.map((cell) => (cell === null ? null : cell)));
  block.columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    const longest = Math.max(column.length, ...block.rows.slice(0, 200).map((r) => String(r[i] ?? '').length));
    col.width = Math.max(col.width ?? 8, Math.min(60, longest + 2));
  });
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
