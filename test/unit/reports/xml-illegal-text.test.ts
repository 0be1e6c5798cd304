import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { renderDocx } from '../../../src/adapters/reports/docx-renderer';
import { renderXlsx } from '../../../src/adapters/reports/xlsx-renderer';
import type { ReportDocument } from '../../../src/domain/report-document';

/** Code points XML 1.0 forbids, as pasted into comments from other systems: NUL, controls, U+FFFE, lone surrogates. */
const ILLEGAL = ['\u0000', '\u0001', '\u0008', '\u000B', '\u001F', '\uFFFE', '\uFFFF', '\uDC00', '\uD800'];
const dirty = (text: string) => ILLEGAL.map((c, i) => (i === 0 ? text : '') + c).join('') + ' end';
const clean = (text: string) => `${text} end`;

const DOC: ReportDocument = {
  title: dirty('Peer review report'),
  subtitle: dirty('Rheumatology service'),
  fileStem: 'report',
  sections: [
    {
      heading: dirty('Findings'),
      blocks: [
        { kind: 'paragraph', text: dirty('Mood asked at every visit') },
        { kind: 'bullets', items: [dirty('Carers 😀 involved')] },
        {
          kind: 'table',
          title: dirty('Ratings'),
          sheet: 'Ratings',
          columns: ['Standard', dirty('Comment')],
          rows: [['1.1', dirty('Audit seen')]],
        },
        {
          kind: 'chart',
          title: dirty('Theme scores'),
          description: dirty('Theme 1: 80%'),
          categories: [dirty('Theme 1')],
          series: [{ name: dirty('Agreed'), values: [80] }],
          max: 100,
          sheet: 'Ratings',
        },
      ],
    },
  ],
};

/** Every XML part of an Office file, which a strict XML reader would refuse if it held a forbidden code point. */
async function xmlParts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
  return Promise.all(names.map((n) => zip.file(n)?.async('string') ?? ''));
}

const XML_FORBIDDEN = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe('report files with text holding code points XML forbids', () => {
  it('makes a Word file that mammoth reads, with the text and without the forbidden code points', async () => {
    const bytes = await renderDocx(DOC);
    for (const part of await xmlParts(bytes)) expect(part).not.toMatch(XML_FORBIDDEN);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain(clean('Peer review report'));
    expect(value).toContain(clean('Mood asked at every visit'));
    expect(value).toContain(clean('Carers 😀 involved'));
    expect(value).toContain(clean('Audit seen'));
  });

  it('makes an Excel file that exceljs reads, with the text and without the forbidden code points', async () => {
    const bytes = await renderXlsx(DOC);
    for (const part of await xmlParts(bytes)) expect(part).not.toMatch(XML_FORBIDDEN);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const summary: string[] = [];
    workbook.getWorksheet('Summary')?.eachRow((row) => summary.push(String(row.getCell(1).value)));
    expect(summary).toContain(clean('Peer review report'));
    expect(summary).toContain(clean('Mood asked at every visit'));
    const ratings: string[] = [];
    workbook.getWorksheet('Ratings')?.eachRow((row) => ratings.push(String(row.getCell(2).value)));
    expect(ratings).toContain(clean('Audit seen'));
  });
});
