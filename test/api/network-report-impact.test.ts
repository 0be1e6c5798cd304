import { download, readDocx, readXlsx, sheetTable } from './review-helpers';
import { EMAILS, startHarness, type Client, type Harness } from './harness';

/** The network report carries the impact over time section, in the Word file and in the workbook. */
let h: Harness;
let admin: Client;

beforeAll(async () => {
  h = await startHarness();
  admin = await h.signIn(EMAILS.admin);
});
afterAll(() => h.close());

describe('impact over time in the network report', () => {
  it('is a section of the Word report with standards met per cycle and the standards that moved', async () => {
    const file = await download(h, admin.token, '/api/v1/network/report/files/docx?cycleId=cycle-current');
    expect(file.status).toBe(200);
    const doc = await readDocx(file.bytes);
    expect(doc.headings.map((x) => x.text)).toContain('Impact over time');
    const perCycle = doc.tables.find((t) => t.title === 'Standards met and time from review to action completion');
    expect(perCycle?.rows[0]).toEqual([
      'Cycle',
      'Services',
      'Standards met %',
      'Actions completed',
      'Median days to completion',
      'Lower quartile days',
      'Upper quartile days',
    ]);
    expect(perCycle?.rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['Cycle 2025/26', '4'],
      ['Cycle 2026/27', '9'],
    ]);
    const titles = doc.tables.map((t) => t.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Most improved standards',
        'Standards most often still not met',
        'Services that moved recognition level',
      ]),
    );
  });

  it('has its own sheet in the workbook', async () => {
    const workbook = await readXlsx(
      (await download(h, admin.token, '/api/v1/network/report/files/xlsx?cycleId=cycle-current')).bytes,
    );
    const sheet = workbook.getWorksheet('Impact');
    if (!sheet) throw new Error('no Impact sheet');
    expect(sheetTable(sheet, 'Standards met and time from review to action completion').rows).toHaveLength(2);
  });
});
