import {
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { Cell, ChartBlock, ReportBlock, ReportDocument, TableBlock } from '../../domain/report-document';
import { xmlSafeDocument } from './xml-safe-text';
import { CHART_GEOMETRY, renderBarChart, SERIES_COLOUR_NAMES } from './png-chart';

/** How a cell reads in Word: numbers as they are (83.3), a missing figure as an en dash. */
export function cellText(cell: Cell): string {
  return cell === null ? '–' : String(cell);
}

function table(block: TableBlock): FileChild[] {
  const header = new TableRow({
    tableHeader: true,
    children: block.columns.map(
      (c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold: true })] })] }),
    ),
  });
  const rows = block.rows.map(
    (row) =>
      new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cellText(cell))] })) }),
  );
  return [
    new Paragraph({ text: block.title, heading: HeadingLevel.HEADING_3 }),
    new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } }),
  ];
}

function chart(block: ChartBlock): FileChild[] {
  const { width, height } = CHART_GEOMETRY;
  const legend = block.series.map((s, i) => `${s.name} (${SERIES_COLOUR_NAMES[i % SERIES_COLOUR_NAMES.length] ?? ''})`);
  return [
    new Paragraph({ text: block.title, heading: HeadingLevel.HEADING_3 }),
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: renderBarChart(block),
          transformation: { width: Math.round(width * 0.85), height: Math.round(height * 0.85) },
          altText: { name: block.title, title: block.title, description: block.description },
        }),
      ],
    }),
    new Paragraph({
      children: [new TextRun({ text: `Bars, left to right in each group: ${legend.join(', ')}.`, italics: true })],
    }),
  ];
}

function blockChildren(block: ReportBlock): FileChild[] {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph(block.text)];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case 'table':
      return table(block);
    case 'chart':
      return chart(block);
  }
}

/** The report as a Word document: title, one heading per section, then its paragraphs, lists, tables and charts. */
export async function renderDocx(report: ReportDocument): Promise<Uint8Array> {
  const doc = xmlSafeDocument(report);
  const children: FileChild[] = [
    new Paragraph({ text: doc.title, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ children: [new TextRun({ text: doc.subtitle, italics: true })] }),
  ];
  for (const section of doc.sections) {
    children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_2 }));
    for (const block of section.blocks) children.push(...blockChildren(block));
  }
  const document = new Document({
    creator: 'Mind & Body Quality Improvement Network',
    title: doc.title,
    description: doc.subtitle,
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
