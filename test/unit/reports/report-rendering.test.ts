import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalFolderEvidenceStore } from '../../../src/adapters/evidence/local-folder-evidence-store';
import { OfficeReportRenderer } from '../../../src/adapters/reports/office-report-renderer';
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import { seedDemoNetwork } from '../../../src/cli/seed-demo';
import { seedAgreedReview } from '../../../src/cli/seed-review';
import type { ReportDocument } from '../../../src/domain/report-document';
import type { Ports } from '../../../src/services/context';
import { networkReport } from '../../../src/services/reports/network-report';
import { networkReportDocument } from '../../../src/services/reports/network-report-document';
import { buildReport } from '../../../src/services/reports/report-filing';
import { libreOfficeAvailable, pngSize, renderWordFile, type RenderedPdf } from './libreoffice';

/**
 * The demo's service report and the network report, opened in LibreOffice and printed to PDF, read as a board
 * member would: a cover, contents whose page numbers are right, theme names in the charts, page numbers, and no
 * word broken in two by a narrow column. Each page is kept as a PNG in test-artifacts/report-pages/ to look at.
 */
const PAGES_DIR = join(__dirname, '../../../test-artifacts/report-pages');
const NOW = new Date('2027-02-01T10:00:00Z');
const describeRendered = libreOfficeAvailable() ? describe : describe.skip;
// Not a speed budget: LibreOffice takes several seconds to start and lay a report out on a busy machine.
jest.setTimeout(300_000);

let workDir: string;
let service: { document: ReportDocument; pdf: RenderedPdf };
let network: { document: ReportDocument; pdf: RenderedPdf };

async function demoReports(): Promise<{ service: ReportDocument; network: ReportDocument }> {
  const store = SqliteStore.open(':memory:');
  try {
    await seedDemoNetwork(store, new Date('2026-11-26T10:00:00Z'));
    await seedAgreedReview(store, 'a-cur-svc-gstt-rheum', NOW.toISOString());
    const ports: Ports = {
      store,
      evidence: new LocalFolderEvidenceStore(join(workDir, 'evidence')),
      clock: { now: () => NOW },
      ids: { newId: () => 'id-1' },
    };
    const [assessment, cycle] = await Promise.all([
      store.get('assessment', 'a-cur-svc-gstt-rheum'),
      store.get('cycle', 'cycle-current'),
    ]);
    const admin = (await store.query('person', {})).find((p) => p.email === 'amara.okafor@kch.nhs.example');
    if (!assessment || !cycle || !admin) throw new Error('demo data missing');
    const roles = await store.query('roleAssignment', { personId: admin.id });
    return {
      service: (await buildReport(ports, assessment, cycle)).document,
      network: networkReportDocument(await networkReport(ports, { person: admin, roles }, 'cycle-current')),
    };
  } finally {
    await store.close();
  }
}

/** The contents as the PDF shows them: each entry's heading and page number. */
function contentsOf(pdf: RenderedPdf): Map<string, number> {
  const page = pdf.pageTexts.find((t) => /^Contents$/m.test(t)) ?? '';
  return new Map(
    [...page.matchAll(/^(.+?)\.{3,}\s*(\d+)$/gm)].map((m) => [(m[1] ?? '').trim(), Number(m[2])] as const),
  );
}

/** The page (from 1) a section's heading is printed on, after the contents. */
function pageOfHeading(pdf: RenderedPdf, heading: string): number {
  const contents = pdf.pageTexts.findIndex((t) => /^Contents$/m.test(t));
  const line = new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm');
  return pdf.pageTexts.findIndex((t, i) => i > contents && line.test(t)) + 1;
}

/**
 * Words split across two lines: the end of one line and the start of the next that together make a word of the
 * document's tables, where the first part alone is not a word (so "Self-" / "assessment" is a fair break).
 */
function brokenWords(pdf: RenderedPdf, document: ReportDocument): string[] {
  const words = new Set<string>();
  for (const section of document.sections)
    for (const block of section.blocks)
      if (block.kind === 'table')
        for (const text of [...block.columns, ...block.rows.flat().map((c) => String(c ?? ''))])
          for (const word of text.split(/[\s/-]+/)) if (/^[A-Za-z]{4,}$/.test(word)) words.add(word);
  const lines = pdf.pageTexts
    .join('\n')
    .split('\n')
    .map((l) => l.trim());
  const broken: string[] = [];
  lines.forEach((line, i) => {
    const head = line.split(' ').pop() ?? '';
    const tail = (lines[i + 1] ?? '').split(' ')[0] ?? '';
    if (head && tail && !words.has(head) && words.has(head + tail)) broken.push(`${head}|${tail}`);
  });
  return broken;
}

describeRendered('the Word reports, rendered by LibreOffice', () => {
  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'qin-report-rendering-'));
    rmSync(PAGES_DIR, { recursive: true, force: true });
    mkdirSync(PAGES_DIR, { recursive: true });
    const documents = await demoReports();
    const renderer = new OfficeReportRenderer();
    // One after the other: LibreOffice is one process per profile.
    const servicePdf = await renderWordFile(
      await renderer.docx(documents.service),
      'service-report',
      workDir,
      PAGES_DIR,
    );
    const networkPdf = await renderWordFile(
      await renderer.docx(documents.network),
      'network-report',
      workDir,
      PAGES_DIR,
    );
    service = { document: documents.service, pdf: servicePdf };
    network = { document: documents.network, pdf: networkPdf };
  });
  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('lays the service report out on a sensible number of pages, each kept as a picture', async () => {
    expect(service.pdf.pages).toBeGreaterThanOrEqual(5);
    expect(service.pdf.pages).toBeLessThanOrEqual(12);
    expect(service.pdf.images).toHaveLength(service.pdf.pages);
    expect((await pngSize(service.pdf.images[0] ?? '')).height).toBeGreaterThan(600);
  });

  it('opens the service report with a cover saying whose report it is, then the contents', () => {
    const [cover, contents] = service.pdf.pageTexts;
    for (const line of [
      'Mind & Body Quality Improvement Network',
      'Peer review report',
      'Rheumatology service',
      "Guy's and St Thomas' NHS Foundation Trust",
      'Cycle 2026/27',
      'Developing',
      '1 February 2027',
    ])
      expect(cover).toContain(line);
    expect(cover).not.toMatch(/Page \d+ of/);
    expect(contents).toMatch(/^Contents$/m);
  });

  it('lists every section in the contents with the page it starts on', () => {
    for (const report of [service, network]) {
      const contents = contentsOf(report.pdf);
      expect([...contents.keys()]).toEqual(report.document.sections.map((s) => s.heading));
      const pages = [...contents.values()];
      expect(pages).toEqual([...pages].sort((a, b) => a - b));
      // The numbers are worked out as Word lays the pages out (Word and LibreOffice update them on request);
      // LibreOffice's lines differ a little, so a section starting at the foot of a page in one may start at the
      // head of the next in the other.
      for (const [heading, page] of contents) {
        const printed = pageOfHeading(report.pdf, heading);
        expect([heading, Math.abs(page - printed) <= 1]).toEqual([heading, true]);
      }
    }
  });

  it('numbers every page after the cover in its foot', () => {
    for (const report of [service, network]) {
      const { pages, pageTexts } = report.pdf;
      pageTexts.slice(1).forEach((text, i) => expect(text).toContain(`Page ${i + 2} of ${pages}`));
    }
  });

  it('names the themes in full and prints each heading once', () => {
    const text = service.pdf.pageTexts.join('\n');
    for (const theme of [
      '1. Integrated patient care',
      '3. Staff learning and development',
      '4. Staff health and wellbeing',
    ])
      expect(text).toContain(theme);
    for (const section of service.document.sections) {
      // Once as the heading (the contents' entry has its dots and page number); a table under it is not titled again.
      const lines = text.split('\n').filter((l) => l.trim() === section.heading);
      expect([section.heading, lines.length]).toEqual([section.heading, 1]);
    }
  });

  it('breaks no word in two in the tables of either report', () => {
    expect(brokenWords(service.pdf, service.document)).toEqual([]);
    expect(brokenWords(network.pdf, network.document)).toEqual([]);
  });

  it('lays the network report out with its cover, contents and theme names', () => {
    expect(network.pdf.pages).toBeGreaterThanOrEqual(4);
    expect(network.pdf.pages).toBeLessThanOrEqual(12);
    expect(network.pdf.pageTexts[0]).toContain('Network report');
    const text = network.pdf.pageTexts.join('\n').replace(/\s+/g, ' ');
    for (const theme of ['1. Integrated patient care', '5. Governance and organisational processes'])
      expect(text).toContain(theme);
  });
});
