import JSZip from 'jszip';
import { renderDocx } from '../../../src/adapters/reports/docx-renderer';
import type { ReportDocument, TableBlock } from '../../../src/domain/report-document';

/** The Word report's layout read back from its XML: cover, contents, page numbers, headings, tables, charts. */
const RATINGS: TableBlock = {
  kind: 'table',
  title: 'Ratings by standard',
  sheet: 'Ratings',
  columns: [
    'Code',
    'Standard',
    'Type',
    'Self-assessment',
    'Peer reviewers',
    'Experts by experience',
    'Agreed',
    'Rationale',
  ],
  rows: Array.from({ length: 40 }, (_, i) => [
    `1.${i + 1}`,
    'Physical health checks for people with severe mental illness',
    i % 2 ? 'expected' : 'desirable',
    'Partly met',
    'Dr Catherine Lowe: Partly met; Kwame Asante: Partly met',
    'Maria Santos: Met',
    'Partly met',
    'The evidence covered part of the service only.',
  ]),
};

const REPORT: ReportDocument = {
  title: 'Peer review report: Rheumatology service',
  subtitle: "Guy's and St Thomas' NHS Foundation Trust, Cycle 2026/27",
  fileStem: 'report',
  cover: {
    publisher: 'Mind & Body Quality Improvement Network',
    kind: 'Peer review report',
    subject: 'Rheumatology service',
    facts: [
      { label: 'Organisation', value: "Guy's and St Thomas' NHS Foundation Trust" },
      { label: 'Cycle', value: 'Cycle 2026/27' },
      { label: 'Recognition level', value: 'Developing' },
      { label: 'Report date', value: '1 February 2027' },
    ],
  },
  sections: [
    {
      heading: 'Review team',
      blocks: [
        {
          kind: 'table',
          title: 'Review team',
          sheet: 'Team',
          columns: ['Name', 'Role', 'Organisation'],
          rows: [['Dr Catherine Lowe', 'Lead reviewer', "King's College Hospital NHS Foundation Trust"]],
        },
      ],
    },
    {
      heading: 'Scores by theme',
      blocks: [
        {
          kind: 'chart',
          title: 'Scores by theme (%)',
          sheet: 'Themes',
          description: 'Bar chart of scores by theme. 1. Integrated patient care: self-assessment 64.3, agreed 57.1.',
          categories: ['1. Integrated patient care', '2. Patient and community involvement'],
          series: [
            { name: 'Self-assessment', values: [64.3, 81.3] },
            { name: 'Agreed', values: [57.1, null] },
          ],
          max: 100,
        },
        {
          kind: 'table',
          title: 'Change since the previous cycle',
          sheet: 'Themes',
          columns: ['Theme', 'Agreed %'],
          rows: [['1. Integrated patient care', 57.1]],
        },
      ],
    },
    { heading: 'Ratings by standard', blocks: [RATINGS] },
  ],
};

async function parts(bytes: Uint8Array): Promise<{ body: string; footers: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  const footers = Object.keys(zip.files).filter((n) => /^word\/footer\d+\.xml$/.test(n));
  return { body: await read('word/document.xml'), footers: await Promise.all(footers.map(read)) };
}

/** The text of each paragraph written in `style`. */
function paragraphsIn(body: string, style: string): string[] {
  return [...body.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<\/w:p>/gs)]
    .map((m) => m[0])
    .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
    .map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

/** The field instructions written (TOC, PAGEREF, PAGE...), as Word reads them. */
function fields(xml: string): string[] {
  return [...xml.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) =>
    (m[1] ?? '').replace(/&quot;/g, '"').trim(),
  );
}

let body: string;
let footers: string[];
beforeAll(async () => {
  ({ body, footers } = await parts(await renderDocx(REPORT)));
});

describe('the Word report read back', () => {
  it('opens with a cover: the network, the kind of report as its title, the subject and the facts', () => {
    expect(paragraphsIn(body, 'Title')).toEqual(['Peer review report']);
    expect(paragraphsIn(body, 'CoverSubject')).toEqual(['Rheumatology service']);
    expect(paragraphsIn(body, 'CoverLabel')).toEqual(['Organisation', 'Cycle', 'Recognition level', 'Report date']);
    expect(paragraphsIn(body, 'CoverValue')).toContain('Developing');
    // The cover's page has a foot of its own, without a page number.
    expect(body).toMatch(/<w:titlePg\/>/);
  });

  it('has contents as a TOC field over the Heading 1 sections, filled in with their pages', () => {
    const toc = fields(body).find((f) => f.startsWith('TOC'));
    expect(toc).toMatch(/\\o "1-1"/);
    expect(toc).toMatch(/\\h/);
    const entries = body.slice(body.indexOf('<w:sdt>'), body.indexOf('</w:sdt>'));
    for (const heading of ['Review team', 'Scores by theme', 'Ratings by standard']) expect(entries).toContain(heading);
    // Each entry's page is a PAGEREF to the bookmarked heading, written with its page worked out.
    expect(fields(entries).filter((f) => f.startsWith('PAGEREF'))).toHaveLength(3);
    expect(entries).toMatch(
      /PAGEREF _Toc1 \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t[^>]*>\d+<\/w:t>/,
    );
  });

  it('numbers the pages in the foot: page and number of pages as fields', () => {
    const numbered = footers.filter((f) => fields(f).includes('PAGE') && fields(f).includes('NUMPAGES'));
    expect(numbered.length).toBeGreaterThan(0);
    expect(numbered.every((f) => f.includes('Peer review report: Rheumatology service'))).toBe(true);
  });

  it('is written in British English, for screen readers and spelling', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(REPORT));
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="en-GB"\/>/s);
  });

  it('prints each heading once, as a real Heading 1, and captions only what the heading does not already say', () => {
    expect(paragraphsIn(body, 'Heading1')).toEqual(['Review team', 'Scores by theme', 'Ratings by standard']);
    expect(paragraphsIn(body, 'Caption')).toEqual(['Change since the previous cycle']);
  });

  it('repeats each table’s header row on every page and keeps rows whole', () => {
    const tables = [...body.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0]);
    expect(tables).toHaveLength(3);
    for (const table of tables) {
      const rows = [...table.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((m) => m[0]);
      expect(rows[0]).toContain('<w:tblHeader/>');
      expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
      expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
    }
  });

  it('sizes columns to their content with a fixed layout, and sets a wide table on a landscape page', () => {
    const grids = [...body.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/gs)].map((m) =>
      [...(m[1] ?? '').matchAll(/w:w="(\d+)"/g)].map((w) => Number(w[1])),
    );
    const ratings = grids[2] ?? [];
    const [code = 0, standard = 0, type = 0] = ratings;
    expect(code).toBeLessThan(standard / 3);
    // "desirable" at 9 pt is about 37 pt wide: the column holds it and its cell margins.
    expect(type).toBeGreaterThan(47 * 20);
    expect(body).toContain('<w:tblLayout w:type="fixed"/>');
    // A4 landscape less 2 cm margins: 14,570 twips.
    expect(ratings.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(14570);
    expect(ratings.reduce((a, b) => a + b, 0)).toBeGreaterThan(14500);
    expect(body).toMatch(/<w:pgSz[^>]*w:orient="landscape"/);
  });

  it('gives a chart its title and its figures as alternative text', () => {
    const docPr = /<wp:docPr [^>]*>/.exec(body)?.[0] ?? '';
    expect(docPr).toContain('title="Scores by theme (%)"');
    expect(docPr).toContain(
      'descr="Bar chart of scores by theme. 1. Integrated patient care: self-assessment 64.3, agreed 57.1."',
    );
  });

  it('leaves a very long report’s contents for Word to number when it opens the file', async () => {
    const rows = Array.from({ length: 700 }, (_, i) => [`Service ${i}`, 50]);
    const long: ReportDocument = {
      ...REPORT,
      sections: [{ heading: 'All services', blocks: [{ ...RATINGS, columns: ['Service', 'Overall %'], rows }] }],
    };
    const xml = (await parts(await renderDocx(long))).body;
    expect(xml).toMatch(/<w:fldChar w:fldCharType="begin" w:dirty="true"\/><w:instrText[^>]*>TOC/);
    expect(paragraphsIn(xml, 'TOC1')).toEqual(['All services']);
  });

  it('gives working papers without a cover a plain title and no contents', async () => {
    const { cover: _, ...agenda } = REPORT;
    const plain = (await parts(await renderDocx(agenda))).body;
    expect(paragraphsIn(plain, 'Title')).toEqual(['Peer review report: Rheumatology service']);
    expect(fields(plain).filter((f) => f.startsWith('TOC'))).toEqual([]);
  });
});

describe('the Word report’s table cells', () => {
  it('say only what differs from Word’s defaults: the header bold, figures aligned right, nothing else restated', () => {
    const table = [...body.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0])[1] ?? '';
    const [header = '', row = ''] = [...table.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((m) => m[0]);
    expect(header).toContain('<w:b/>');
    // "1. Integrated patient care" and 57.1: text as Word would set it anyway, the figure aligned right.
    expect(row).not.toMatch(/<w:b |<w:bCs |<w:jc w:val="left"\/>|<w:rPr>/);
    expect(row).toContain('<w:jc w:val="right"/>');
    // A network report has a row per service: 2,000 services are 24,000 such cells, so each restated default
    // would add tens of thousands of elements for Word to read and the server to write.
    expect(body).not.toMatch(/<w:b w:val="false"\/>|<w:jc w:val="left"\/>/);
  });
});
