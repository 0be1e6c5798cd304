import type { ReportView } from '../../src/api/contracts';
import { seedAgreedReview } from '../../src/cli/seed-review';
import type { FrameworkVersion } from '../../src/domain/framework';
import { mergeBuckets, scoreAssessment, type ScoreReport } from '../../src/domain/scoring';
import { EMAILS, startHarness, type Client, type Harness } from './harness';
import { download, PEER_REVIEW_DAY, readDocx, readXlsx, RHEUM, sheetTable } from './review-helpers';

/** The organisation report (services rolled up) and the network report for admins. */
let h: Harness;
let admin: Client;
let serviceLead: Client;
let framework: FrameworkVersion;
let agreed: ScoreReport;

beforeAll(async () => {
  h = await startHarness();
  h.now.value = PEER_REVIEW_DAY;
  const store = h.app.ports.store;
  await seedAgreedReview(store, RHEUM, PEER_REVIEW_DAY.toISOString());
  [admin, serviceLead] = await Promise.all([h.signIn(EMAILS.admin), h.signIn(EMAILS.rheumLead)]);
  const fw = await store.get('framework', 'fw-mind-body-v1');
  if (!fw) throw new Error('framework missing');
  framework = fw;
  agreed = scoreAssessment(framework, 'service', await store.query('agreedRating', { assessmentId: RHEUM }));
});
afterAll(() => h.close());

const text = (n: number | null) => (n === null ? '–' : String(n));

describe('the organisation report', () => {
  it('rolls up the reviewed services with the organisation-level standards', async () => {
    const store = h.app.ports.store;
    await seedAgreedReview(store, 'a-cur-org-gstt', PEER_REVIEW_DAY.toISOString());
    const res = await admin.send<ReportView>('POST', '/api/v1/assessments/a-cur-org-gstt/report');
    expect(res.status).toBe(201);
    const doc = await readDocx(
      (await download(h, admin.token, '/api/v1/assessments/a-cur-org-gstt/report/files/docx')).bytes,
    );
    expect(doc.title).toBe('Organisation report');
    expect(doc.html).toContain("Guy's and St Thomas' NHS Foundation Trust");
    expect(doc.headings[0]?.text).toBe('Summary');
    const services = doc.tables.find((t) => t.title === 'Services');
    expect(services?.rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['Persistent pain service', 'No'],
      ['Renal and dialysis service', 'No'],
      ['Rheumatology service', 'Yes'],
    ]);
    const org = scoreAssessment(
      framework,
      'organisation',
      await store.query('agreedRating', { assessmentId: 'a-cur-org-gstt' }),
    );
    const themes = doc.tables.find((t) => t.title === 'Scores by theme');
    expect(themes?.rows.slice(1).map((r) => r[1])).toEqual(
      agreed.byTheme.map((t, i) => text(mergeBuckets(t.score, org.byTheme[i]?.score ?? t.score).percent)),
    );
  });
});

describe('the network report', () => {
  it('gives admins every service, anonymised quartiles, trends and priorities, as JSON and as a workbook', async () => {
    const res = await admin.get<{
      services: { serviceName: string; basis: string; overallPercent: number | null }[];
      byTheme: { quartiles: { count: number } }[];
      trends: { cycleId: string; services: number }[];
      priorities: { notMetPercent: number }[];
    }>('/api/v1/network/report?cycleId=cycle-current');
    expect(res.status).toBe(200);
    expect(res.body.services).toHaveLength(9);
    const rheum = res.body.services.find((s) => s.serviceName === 'Rheumatology service');
    expect(rheum).toMatchObject({ basis: 'agreed', overallPercent: agreed.overall.percent });
    expect(res.body.byTheme).toHaveLength(5);
    expect(res.body.trends.map((t) => [t.cycleId, t.services])).toEqual([
      ['cycle-previous', 4],
      ['cycle-current', 9],
    ]);
    const shares = res.body.priorities.map((p) => p.notMetPercent);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    expect((await serviceLead.get('/api/v1/network/report?cycleId=cycle-current')).status).toBe(403);
    const workbook = await readXlsx(
      (await download(h, admin.token, '/api/v1/network/report/files/xlsx?cycleId=cycle-current')).bytes,
    );
    const sheet = workbook.getWorksheet('Services');
    if (!sheet) throw new Error('no Services sheet');
    expect(sheetTable(sheet, 'All services').rows).toHaveLength(9);
  });
});
