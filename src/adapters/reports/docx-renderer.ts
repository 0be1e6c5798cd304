import {
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  PageBreak,
  PageNumber,
  Paragraph,
  TableOfContents,
  TabStopType,
  TextRun,
  type FileChild,
  type ISectionOptions,
  Packer,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import type { ChartBlock, ReportBlock, ReportDocument, ReportSection } from '../../domain/report-document';
import { renderChart } from './chart-png';
import { coverParagraphs } from './docx-cover';
import { PAGE_MARGINS, pageSize, textWidthPtOf, textWidthPx, type Orientation } from './docx-page';
import { MUTED, REPORT_STYLES } from './docx-styles';
import { docxTable, needsLandscape } from './docx-table';
import { xmlSafeDocument } from './xml-safe-text';

export { cellText } from './docx-table';

/**
 * The title of a table or chart, as a caption above it; left out when it only repeats the heading of the section
 * it is in (the section "Review team" holding the table "Review team" says it once).
 */
function caption(title: string, section: ReportSection): Paragraph[] {
  // "Scores by theme (%)" under "Scores by theme" repeats it too: the unit in brackets is not told apart.
  const plain = (text: string) =>
    text
      .replace(/\s*\([^)]*\)\s*$/, '')
      .trim()
      .toLowerCase();
  return plain(title) === plain(section.heading) ? [] : [new Paragraph({ style: 'Caption', text: title })];
}

/** A chart as SVG (Word 2016 on) with a PNG for other programs, its title and figures as its alternative text. */
function chart(block: ChartBlock, section: ReportSection, orientation: Orientation): FileChild[] {
  const drawn = renderChart(block, { withTitle: false });
  const scale = Math.min(1, textWidthPx(orientation) / drawn.width);
  return [
    ...caption(block.title, section),
    new Paragraph({
      children: [
        new ImageRun({
          type: 'svg',
          data: Buffer.from(drawn.svg, 'utf8'),
          fallback: { type: 'png', data: drawn.png },
          transformation: { width: Math.round(drawn.width * scale), height: Math.round(drawn.height * scale) },
          altText: { name: block.title, title: block.title, description: block.description },
        }),
      ],
    }),
  ];
}

function blockChildren(block: ReportBlock, section: ReportSection, orientation: Orientation): FileChild[] {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph(block.text)];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case 'table':
      return [...caption(block.title, section), docxTable(block, orientation)];
    case 'chart':
      return chart(block, section, orientation);
  }
}

/**
 * Laying the pages out to number the contents takes a moment per row: a report of a few hundred rows is laid out
 * in well under a second, the network report of 2,000 services would take several. Beyond this, the contents are
 * written without page numbers and Word fills them in when it opens the file.
 */
const ROWS_LAID_OUT = 600;

function tableRows(doc: ReportDocument): number {
  return doc.sections.flatMap((s) => s.blocks).reduce((n, b) => n + (b.kind === 'table' ? b.rows.length : 0), 0);
}

function orientationOf(section: ReportSection): Orientation {
  return section.blocks.some((b) => b.kind === 'table' && needsLandscape(b)) ? 'landscape' : 'portrait';
}

/** "Peer review report: Rheumatology service" on the left of every page's foot, "Page 3 of 12" on the right. */
function footer(doc: ReportDocument, orientation: Orientation): Footer {
  const right = Math.floor(textWidthPtOf(orientation) * 20); // twips: the right-aligned tab stop at the margin
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: right }],
        children: [
          new TextRun({ text: doc.title, color: MUTED, size: 16 }),
          new TextRun({
            children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
            color: MUTED,
            size: 16,
          }),
        ],
      }),
    ],
  });
}

/** The opening pages: the cover and the contents (a TOC field Word and LibreOffice update), or a plain title. */
function opening(doc: ReportDocument): FileChild[] {
  if (!doc.cover) {
    return [
      new Paragraph({ heading: HeadingLevel.TITLE, text: doc.title }),
      new Paragraph({ children: [new TextRun({ text: doc.subtitle, italics: true })] }),
    ];
  }
  return [
    ...coverParagraphs(doc.cover),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ style: 'TOCHeading', text: 'Contents' }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-1' }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/**
 * The report as a Word document: a cover and contents (for reports to send on), then each section under a
 * Heading 1, its tables and charts captioned; page numbers in every page's foot but the cover's. A section with a
 * table too wide for a portrait page is set on landscape pages. Consecutive sections of the same orientation share
 * one Word section.
 */
export async function renderDocx(report: ReportDocument): Promise<Uint8Array> {
  const doc = xmlSafeDocument(report);
  const groups: { orientation: Orientation; children: FileChild[] }[] = [
    { orientation: 'portrait', children: opening(doc) },
  ];
  for (const section of doc.sections) {
    const orientation = orientationOf(section);
    let group = groups[groups.length - 1];
    if (!group || group.orientation !== orientation) {
      group = { orientation, children: [] };
      groups.push(group);
    }
    group.children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }));
    for (const block of section.blocks) group.children.push(...blockChildren(block, section, orientation));
  }
  const sections: ISectionOptions[] = groups.map((group, i) => ({
    properties: {
      titlePage: i === 0 && doc.cover !== undefined,
      page: { size: pageSize(group.orientation), margin: PAGE_MARGINS },
    },
    footers: {
      default: footer(doc, group.orientation),
      ...(i === 0 && doc.cover ? { first: new Footer({ children: [new Paragraph({})] }) } : {}),
    },
    children: group.children,
  }));
  const document = new Document({
    creator: 'Mind & Body Quality Improvement Network',
    title: doc.title,
    description: doc.subtitle,
    styles: REPORT_STYLES,
    ...(doc.cover && tableRows(doc) <= ROWS_LAID_OUT
      ? // The contents' page numbers are worked out as Word lays the pages out, so they are right when the file is
        // opened; Word and LibreOffice update them again when asked.
        { pageNumbers: estimatePageNumbersWith({ guess: true }) }
      : {}),
    sections,
  });
  return Packer.toBuffer(document);
}
