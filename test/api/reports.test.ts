import type { ReportView } from '../../src/api/contracts';
import { seedAgreedReview } from '../../src/cli/seed-review';
import { agreementByTheme } from '../../src/domain/agreement';
import { parseCsv } from '../../src/domain/csv';
import type { FrameworkVersion } from '../../src/domain/framework';
import { ratingWord } from '../../src/domain/report-document';
import { scoreAssessment, type ScoreReport } from '../../src/domain/scoring';
import { putChange } from '../../src/services/context';
import { EMAILS, request, startHarness, type Client, type Harness } from './harness';
import {
  docxSvgs,
  download,
  readDocx,
  readXlsx,
  RHEUM,
  sheetTable,
  svgText,
  PEER_REVIEW_DAY,
  REPORTING_DAY,
} from './review-helpers';

/** Reports of an agreed review: Word and Excel files read back and compared with the store, states, publishing. */
let h: Harness;
let admin: Client;
let serviceLead: Client;
let framework: FrameworkVersion;
let agreed: ScoreReport;
let self: ScoreReport;
let previous: ScoreReport;
const A = `/api/v1/assessments/${RHEUM}`;

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
  self = scoreAssessment(framework, 'service', await store.query('response', { assessmentId: RHEUM }));
  previous = scoreAssessment(
    framework,
    'service',
    await store.query('response', { assessmentId: 'a-prev-svc-gstt-rheum' }),
  );
  const generated = await admin.send('POST', `${A}/report`);
  expect(generated.status).toBe(201);
});
afterAll(() => h.close());

const text = (n: number | null) => (n === null ? '–' : String(n));
/** A percentage as the workbook holds it (0.571) back as the report's figure (57.1). */
const percentOf = (value: unknown) => (typeof value === 'number' ? Math.round(value * 1000) / 10 : null);

describe('the service report as a Word document', () => {
  it("has a cover, a heading per section, and tables whose figures are the store's", async () => {
    const file = await download(h, serviceLead.token, `${A}/report/files/docx`);
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(file.disposition).toMatch(/peer-review-report-rheumatology-service-cycle-2026-27\.docx/);
    const doc = await readDocx(file.bytes);
    expect(doc.title).toBe('Peer review report');
    expect(doc.headings.filter((x) => x.level === 1).map((x) => x.text)).toEqual([
      'Summary',
      'Review team',
      'Scores by theme',
      'Scores by type',
      'Recognition level',
      'Strengths',
      'Areas for improvement',
      'Immediate concerns',
      'Self-assessment and peer review agreement',
      'Previous cycle',
      'What people said (questionnaires)',
      'Ratings by standard',
    ]);
    const themes = doc.tables.find((t) => t.title === 'Scores by theme');
    expect(themes?.rows.slice(1).map((r) => r.slice(0, 4))).toEqual(
      agreed.byTheme.map((t, i) => [
        `${t.themeCode}. ${t.title}`,
        text(self.byTheme[i]?.score.percent ?? null),
        text(t.score.percent),
        text(previous.byTheme[i]?.score.percent ?? null),
      ]),
    );
    const types = doc.tables.find((t) => t.title === 'Scores by type');
    expect(types?.rows.slice(1).map((r) => [r[0], r[1]])).toEqual(
      agreed.byType.map((t) => [t.type, text(t.score.percent)]),
    );
    const team = doc.tables.find((t) => t.title === 'Review team');
    expect(team?.rows.slice(1).map((r) => r[0])).toEqual(['Dr Catherine Lowe', 'Kwame Asante', 'Maria Santos']);
    const ratings = doc.tables.find((t) => t.title === 'Ratings by standard');
    const stored = await h.app.ports.store.query('agreedRating', { assessmentId: RHEUM });
    const agreedWord = new Map(stored.map((a) => [a.standardCode, ratingWord(a.rating)]));
    expect(ratings?.rows).toHaveLength(1 + 29);
    for (const row of ratings?.rows.slice(1) ?? []) expect(row[6]).toBe(agreedWord.get(row[0] ?? ''));
    expect(doc.html).toContain(`Recognition level: ${agreed.recognition.level}.`);
  });

  it('draws the charts with the theme names, a legend and the figures, and describes them in their alternative text', async () => {
    const bytes = (await download(h, serviceLead.token, `${A}/report/files/docx`)).bytes;
    const doc = await readDocx(bytes);
    expect(doc.images.map((i) => i.alt.split('.')[0])).toEqual([
      'Bar chart of scores by theme',
      'Bar chart of scores by type of standard',
    ]);
    expect(doc.images[1]?.alt).toContain(
      `Agreed: ${agreed.byType.map((t) => `${t.type} ${t.score.percent ?? 'none'}`).join(', ')}`,
    );
    expect(doc.images[0]?.alt).toMatch(/^Bar chart of scores by theme\. 1\. Integrated patient care: self-assessment /);
    // Programs without SVG get the same chart as a PNG, drawn at twice the size for print.
    expect(doc.images[0]?.png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(doc.images[0]?.png.readUInt32BE(16)).toBe(1280);
    const [themes, types] = (await docxSvgs(bytes)).map(svgText);
    for (const t of framework.themes) expect(themes).toContain(`${t.code}. ${t.title}`);
    for (const legend of ['Self-assessment', 'Agreed', 'Cycle 2025/26']) expect(themes).toContain(legend);
    for (const t of agreed.byTheme) expect(themes).toContain(String(t.score.percent));
    expect(types).toMatch(/Essential.*Expected.*Desirable/);
  });
});

describe('the service report as an Excel workbook', () => {
  it('carries the same tables, as numbers in their formats, with the chart on the themes sheet', async () => {
    const file = await download(h, serviceLead.token, `${A}/report/files/xlsx`);
    const workbook = await readXlsx(file.bytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Team',
      'Themes',
      'Types',
      'Recognition',
      'Agreement',
      'Previous cycle',
      'Ratings',
    ]);
    const themes = workbook.getWorksheet('Themes');
    if (!themes) throw new Error('no Themes sheet');
    const table = sheetTable(themes, 'Scores by theme');
    expect(table.header.slice(0, 3)).toEqual(['Theme', 'Self-assessment %', 'Agreed %']);
    // Percentages are Excel percentages (0.571 shown as 57.1%), so they sort, sum and chart as such.
    expect(table.rows.map((r) => [r[1], r[2], r[3]].map(percentOf))).toEqual(
      agreed.byTheme.map((t, i) => [
        self.byTheme[i]?.score.percent ?? null,
        t.score.percent,
        previous.byTheme[i]?.score.percent ?? null,
      ]),
    );
    expect(themes.getRow(3).getCell(3).numFmt).toBe('0.0%');
    expect(themes.getRow(3).getCell(5).numFmt).toBe('0');
    expect(themes.getImages()).toHaveLength(1);
    expect(workbook.getWorksheet('Types')?.getImages()).toHaveLength(1);
    const store = h.app.ports.store;
    const expected = agreementByTheme(
      framework,
      'service',
      await store.query('response', { assessmentId: RHEUM }),
      await store.query('agreedRating', { assessmentId: RHEUM }),
    );
    const agreementSheet = workbook.getWorksheet('Agreement');
    if (!agreementSheet) throw new Error('no Agreement sheet');
    const agreement = sheetTable(agreementSheet, 'Self-assessment and review agreement');
    expect(agreement.rows.map((r) => [r[1], r[2], percentOf(r[3]), r[4] ?? null])).toEqual(
      [...expected.byTheme.map((t) => t.measure), expected.overall].map((m) => [
        m.pairs,
        m.matching,
        m.sharePercent,
        m.kappa,
      ]),
    );
  });

  it("freezes each sheet's header row, titles it, and sizes the columns to their content", async () => {
    const workbook = await readXlsx((await download(h, serviceLead.token, `${A}/report/files/xlsx`)).bytes);
    for (const sheet of workbook.worksheets.filter((w) => w.name !== 'Summary')) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      expect(sheet.getRow(1).font?.bold).toBe(true);
    }
    const ratings = workbook.getWorksheet('Ratings');
    if (!ratings) throw new Error('no Ratings sheet');
    expect(ratings.getRow(1).getCell(1).value).toBe('Ratings by standard');
    const widths = [1, 2, 3].map((c) => ratings.getColumn(c).width ?? 0);
    // The code column is narrow, the standard's title wide enough for most titles on one line.
    expect(widths[0]).toBeLessThan(10);
    expect(widths[1]).toBeGreaterThan(30);
    expect(ratings.pageSetup.printTitlesRow).toBe('2:2');
  });

  it("is filed, byte for byte, in the service's evidence folder", async () => {
    const report = (await serviceLead.get<ReportView>(`${A}/report`)).body.report;
    for (const f of report.files) {
      expect(f.storageKey.startsWith('cycle-current/org-gstt/svc-gstt-rheum/')).toBe(true);
      const { stream } = await h.app.ports.evidence.get(f.storageKey);
      const chunks: Buffer[] = [];
      for await (const c of stream) chunks.push(Buffer.from(c));
      const downloaded = await download(h, serviceLead.token, `${A}/report/files/${f.format}`);
      expect(Buffer.concat(chunks).equals(downloaded.bytes)).toBe(true);
    }
  });

  it('exports every raw rating as CSV', async () => {
    const file = await download(h, serviceLead.token, `${A}/report/ratings.csv`);
    expect(file.type).toMatch(/^text\/csv/);
    const { records } = parseCsv(file.bytes.toString('utf8'));
    expect(records[0]?.cells).toEqual([
      'standard_code',
      'theme_code',
      'standard_type',
      'source',
      'rater',
      'rating',
      'comment',
    ]);
    const agreedRows = records.filter((r) => r.cells[3] === 'agreed');
    const stored = await h.app.ports.store.query('agreedRating', { assessmentId: RHEUM });
    expect(agreedRows.map((r) => [r.cells[0], r.cells[5]]).sort()).toEqual(
      stored.map((a) => [a.standardCode, a.rating]).sort(),
    );
    expect(records.filter((r) => r.cells[3] === 'expert_by_experience')).toHaveLength(29);
  });
});

describe('report states and publishing', () => {
  it('keeps a draft with the service until published, then shows it to the network and the public', async () => {
    const other = await h.signIn(EMAILS.cardioLead);
    expect((await other.get(`${A}/report`)).status).toBe(403);
    expect((await request(h.baseUrl, 'GET', '/api/v1/public/services/svc-gstt-rheum/summary')).status).toBe(404);

    const move = async (who: Client, action: string, note = '', publicSummaryConfirmed = false) => {
      const current = (await admin.get<ReportView>(`${A}/report`)).body.report;
      return who.send<ReportView & { code?: string; detail?: string }>('POST', `${A}/report/transitions`, {
        action,
        note,
        version: current.version,
        publicSummaryConfirmed,
      });
    };
    expect((await move(serviceLead, 'send_for_check')).status).toBe(403);
    expect((await move(admin, 'send_for_check')).body.report.state).toBe('factual_accuracy_check');
    expect((await move(serviceLead, 'request_corrections')).body.code).toBe('note_required');
    expect((await move(serviceLead, 'request_corrections', 'The clinic runs 3 days, not 2.')).body.report.state).toBe(
      'draft',
    );
    const regenerated = await admin.send<ReportView>('POST', `${A}/report`);
    expect(regenerated.body.report.history.map((e) => e.action)).toEqual([
      'generate',
      'send_for_check',
      'request_corrections',
      'generate',
    ]);
    await move(admin, 'send_for_check');
    expect((await move(admin, 'finalise')).body.report.state).toBe('final');
    const frozen = await admin.send<{ code: string }>('POST', `${A}/report`);
    expect(frozen.body.code).toBe('report_frozen');
    const unconfirmed = await move(admin, 'publish');
    expect(unconfirmed.status).toBe(422);
    expect(unconfirmed.body.code).toBe('public_summary_not_confirmed');
    expect((await move(admin, 'publish', '', true)).body.report.state).toBe('published');

    expect((await other.get(`${A}/report`)).status).toBe(200);
    const summary = await request<{
      serviceName: string;
      recognitionLevel: string;
      doesWell: string[];
      improving: string[];
    }>(h.baseUrl, 'GET', '/api/v1/public/services/svc-gstt-rheum/summary');
    expect(summary.status).toBe(200);
    expect(summary.body).toMatchObject({
      serviceName: 'Rheumatology service',
      recognitionLevel: agreed.recognition.level,
    });
    expect(summary.body.doesWell).toEqual(['Every patient is asked about their mood and sleep at each clinic visit.']);
    expect(summary.body.improving).toHaveLength(1);
    const html = await request<string>(h.baseUrl, 'GET', '/api/v1/public/services/svc-gstt-rheum/summary?format=html');
    expect(html.contentType).toMatch(/text\/html/);
    expect(html.body).toContain('<h2>What the service does well</h2>');
  });

  it('withdraws a published report with a reason, which stays on its record, and takes its summary down', async () => {
    const current = (await admin.get<ReportView>(`${A}/report`)).body.report;
    expect(current.state).toBe('published');
    const withdraw = (note: string) =>
      admin.send<ReportView & { code?: string }>('POST', `${A}/report/transitions`, {
        action: 'withdraw',
        note,
        version: current.version,
      });
    expect((await withdraw('  ')).body.code).toBe('note_required');
    const withdrawn = await withdraw('The service asked for the visit date to be corrected.');
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.report.state).toBe('final');
    expect(withdrawn.body.report.history.at(-1)).toMatchObject({
      action: 'withdraw',
      note: 'The service asked for the visit date to be corrected.',
    });
    expect((await request(h.baseUrl, 'GET', '/api/v1/public/services/svc-gstt-rheum/summary')).status).toBe(404);
    const audit = await h.app.ports.store.auditForEntity('report', current.id);
    expect(audit.at(-1)?.after).toMatchObject({ state: 'final', publishedAt: null });
    expect(audit.at(-1)?.before).toMatchObject({ state: 'published' });
  });

  it('says for each step whether this person may take it now, and why not', async () => {
    const { body } = await serviceLead.get<ReportView>(`${A}/report`);
    expect(body.report.state).toBe('final');
    expect(body.transitions.publish).toEqual({
      allowed: false,
      reason: 'You are not allowed to generate reports or move them on. Your roles in the network do not include this.',
    });
    expect(body.transitions.request_corrections).toEqual({
      allowed: false,
      reason: 'The report is final. Corrections are asked for during the factual-accuracy check.',
    });
    const asAdmin = (await admin.get<ReportView>(`${A}/report`)).body;
    expect(asAdmin.transitions.publish).toEqual({ allowed: true });
    expect(asAdmin.allowedActions).toEqual(['publish']);
    expect(asAdmin.document.sections.map((x) => x.heading)).toContain('Immediate concerns');
    expect(asAdmin.publicSummaryProblems).toEqual([]);
    expect(JSON.stringify(asAdmin.report.publicSummary)).not.toMatch(/Dr |Catherine Lowe/);
  });

  it('refuses to publish a public summary that would show an immediate concern, saying what it would show', async () => {
    const store = h.app.ports.store;
    const current = (await admin.get<ReportView>(`${A}/report`)).body.report;
    const concerns = (await store.query('finding', { assessmentId: RHEUM })).filter(
      (f) => f.kind === 'immediate_concern',
    );
    const concern = concerns[0]?.text.trim().split(/(?<=[.!?])\s/)[0] ?? '';
    expect(concern).not.toBe('');
    const summary = current.publicSummary;
    if (!summary) throw new Error('no public summary');
    await store.commit({ actorId: 'test', at: REPORTING_DAY.toISOString() }, [
      putChange('report', { ...current, publicSummary: { ...summary, improving: [concern] } }, current.version),
    ]);
    const seen = (await admin.get<ReportView>(`${A}/report`)).body;
    expect(seen.publicSummaryProblems).toEqual([`an immediate concern ("${concern}")`]);
    expect(seen.transitions.publish.allowed).toBe(false);
    const refused = await admin.send<{ code: string; detail: string }>('POST', `${A}/report/transitions`, {
      action: 'publish',
      note: '',
      version: seen.report.version,
      publicSummaryConfirmed: true,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('public_summary_not_fit');
    expect(refused.body.detail).toContain(concern);
    await store.commit({ actorId: 'test', at: REPORTING_DAY.toISOString() }, [
      putChange('report', { ...seen.report, publicSummary: summary }, seen.report.version),
    ]);
  });

  it('is closed to reviewers once their window has passed', async () => {
    h.now.value = REPORTING_DAY;
    const lead = await h.signIn(EMAILS.leadReviewer);
    expect((await lead.get(`${A}/review`)).status).toBe(403);
    expect((await serviceLead.get(`${A}/review`)).status).toBe(200);
    h.now.value = PEER_REVIEW_DAY;
  });
});
