import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { ReportCover } from '../../domain/report-document';
import { ACCENT, MUTED } from './docx-styles';

/**
 * The cover: the network, the kind of report as the document's Title, who it is about in large type, then each
 * fact (organisation, cycle, date, recognition) as a label above its value. Paragraphs, not a layout table, so a
 * screen reader reads it in order.
 */
export function coverParagraphs(cover: ReportCover): Paragraph[] {
  return [
    new Paragraph({
      spacing: { before: 1200, after: 600 },
      children: [new TextRun({ text: cover.publisher, bold: true, color: MUTED, size: 24 })],
      border: { bottom: { style: 'single', size: 12, color: ACCENT, space: 8 } },
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, text: cover.kind }),
    new Paragraph({ style: 'CoverSubject', text: cover.subject }),
    ...cover.facts.flatMap((fact) => [
      new Paragraph({ style: 'CoverLabel', text: fact.label }),
      new Paragraph({ style: 'CoverValue', text: fact.value }),
    ]),
  ];
}
