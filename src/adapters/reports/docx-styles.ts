import { LineRuleType, type IStylesOptions } from 'docx';

/**
 * The report's type: Arial throughout (Word has it everywhere; LibreOffice sets it in Liberation Sans, which is as
 * wide), real Heading styles so Word's navigation pane, the contents and screen readers find the sections, and a
 * Caption style for the titles of tables and charts, which are not headings and stay out of the contents.
 */
export const BODY_FONT = 'Arial';
export const BODY_SIZE_PT = 10.5;
export const TABLE_SIZE_PT = 9;
export const ACCENT = '1F4E79';
export const MUTED = '595959';
export const HEADER_FILL = 'E8EEF4';
export const RULE = 'A6A6A6';

const halfPoints = (pt: number) => Math.round(pt * 2);

export const REPORT_STYLES: IStylesOptions = {
  default: {
    document: {
      // British English, so screen readers pronounce it so and spelling is checked against it.
      run: { font: BODY_FONT, size: halfPoints(BODY_SIZE_PT), language: { value: 'en-GB' } },
      // lineRule said outright: LibreOffice reads a line spacing without it as exact, which clips pictures.
      paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
    },
    title: {
      run: { font: BODY_FONT, size: halfPoints(30), bold: true, color: ACCENT },
      paragraph: { spacing: { after: 240 } },
    },
    heading1: {
      run: { font: BODY_FONT, size: halfPoints(16), bold: true, color: ACCENT },
      paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true },
    },
    heading2: {
      run: { font: BODY_FONT, size: halfPoints(13), bold: true, color: ACCENT },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
    },
    caption: {
      run: { font: BODY_FONT, size: halfPoints(BODY_SIZE_PT), bold: true, color: '404040' },
      paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
    },
  },
  paragraphStyles: [
    {
      id: 'TOCHeading',
      name: 'TOC Heading',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: BODY_FONT, size: halfPoints(16), bold: true, color: ACCENT },
      paragraph: { spacing: { after: 200 } },
    },
    {
      id: 'CoverSubject',
      name: 'Cover subject',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: BODY_FONT, size: halfPoints(24), color: '262626' },
      paragraph: { spacing: { after: 600 } },
    },
    {
      id: 'CoverLabel',
      name: 'Cover label',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: BODY_FONT, size: halfPoints(9), color: MUTED, allCaps: true },
      paragraph: { spacing: { before: 160, after: 0 }, keepNext: true },
    },
    {
      id: 'CoverValue',
      name: 'Cover value',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: BODY_FONT, size: halfPoints(13) },
      paragraph: { spacing: { after: 0 } },
    },
    {
      id: 'TableText',
      name: 'Table text',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: BODY_FONT, size: halfPoints(TABLE_SIZE_PT) },
      paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
    },
  ],
};
