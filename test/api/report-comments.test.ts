import mammoth from 'mammoth';
import type { ReportComment, ReportView } from '../../src/api/contracts';
import { seedAgreedReview } from '../../src/cli/seed-review';
import { REPORT_COMMENT_TEXT_FIELDS, textFieldProblems } from '../../src/domain/text-field-rules';
import { EMAILS, startHarness, type Client, type Harness } from './harness';
import { download, RHEUM, PEER_REVIEW_DAY } from './review-helpers';

/** The factual-accuracy check: the service comments on passages, the lead reviewer decides, the report is corrected. */
let h: Harness;
let admin: Client;
let lead: Client;
let serviceLead: Client;
const A = `/api/v1/assessments/${RHEUM}`;

beforeAll(async () => {
  h = await startHarness();
  h.now.value = PEER_REVIEW_DAY;
  await seedAgreedReview(h.app.ports.store, RHEUM, PEER_REVIEW_DAY.toISOString());
  [admin, lead, serviceLead] = await Promise.all([
    h.signIn(EMAILS.admin),
    h.signIn(EMAILS.leadReviewer),
    h.signIn(EMAILS.rheumLead),
  ]);
  expect((await admin.send('POST', `${A}/report`)).status).toBe(201);
});
afterAll(() => h.close());

const current = async () => (await lead.get<ReportView>(`${A}/report`)).body;
const move = async (who: Client, action: string) =>
  who.send<ReportView & { code?: string }>('POST', `${A}/report/transitions`, {
    action,
    note: '',
    version: (await current()).report.version,
  });
const comment = (passage: string, section: string, shouldSay: string) =>
  serviceLead.send<ReportComment & { code?: string; detail?: string }>('POST', `${A}/report/comments`, {
    section,
    passage,
    whatIsWrong: 'This is not what happened.',
    shouldSay,
    evidenceUrl: 'https://gstt.sharepoint.com/sites/rheum/visit-log.docx',
  });
const decide = (c: ReportComment, decision: 'accepted' | 'rejected', reason: string) =>
  lead.send<ReportComment & { code?: string }>('POST', `${A}/report/comments/${c.id}/decision`, {
    decision,
    reason,
    version: c.version,
  });
const docxText = async () => {
  const file = await download(h, serviceLead.token, `${A}/report/files/docx`);
  return (await mammoth.extractRawText({ buffer: file.bytes })).value;
};

describe("the service's factual-accuracy check", () => {
  it('refuses a comment before the check opens, saying when it will', async () => {
    const refused = await comment('Anything', 'Summary', 'Something else');
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('report_not_in_check');
    expect(refused.body.detail).toMatch(/comments open when the lead reviewer sends it to the service/);
  });

  it('refuses a comment missing its section, passage and correction, each in the words the tab uses', async () => {
    const body = { section: ' ', passage: '', whatIsWrong: 'This is not what happened.', shouldSay: '' };
    const res = await serviceLead.send<{ code: string; errors: { field: string; message: string }[] }>(
      'POST',
      `${A}/report/comments`,
      body,
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_input');
    expect(Object.fromEntries(res.body.errors.map((e) => [e.field, e.message]))).toEqual(
      textFieldProblems(REPORT_COMMENT_TEXT_FIELDS, body),
    );
  });

  it('takes two comments, one accepted and one rejected with reasons, and the regenerated report carries the correction', async () => {
    const sent = await move(lead, 'send_for_check');
    expect(sent.status).toBe(200);
    expect(sent.body.report.state).toBe('factual_accuracy_check');
    const view = await current();
    const summary = view.document.sections.find((s) => s.heading === 'Summary');
    const visitLine = summary?.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).find((t) => /visited/.test(t));
    if (!visitLine) throw new Error('no visit line in the summary');
    const firstLine = summary?.blocks[0]?.kind === 'paragraph' ? summary.blocks[0].text : '';

    const wrongPassage = await comment('Words that are not in the report.', 'Summary', 'Other words.');
    expect(wrongPassage.body.code).toBe('passage_not_found');

    const corrected = 'The review team visited online, over two mornings.';
    const first = await comment(visitLine, 'Summary', corrected);
    expect(first.status).toBe(201);
    const second = await comment(firstLine, 'Summary', 'A different description of the service.');
    expect(second.status).toBe(201);
    expect((await serviceLead.get<ReportView>(`${A}/report`)).body.comments.map((c) => c.status)).toEqual([
      'open',
      'open',
    ]);

    expect((await decide(first.body, 'accepted', '  ')).body.code).toBe('note_required');
    const accepted = await decide(first.body, 'accepted', 'The visit log confirms it.');
    expect(accepted.body.status).toBe('accepted');
    const rejected = await decide(second.body, 'rejected', 'The description is the one the service registered.');
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      decision: { reason: 'The description is the one the service registered.' },
    });
    expect((await decide(rejected.body, 'accepted', 'Changed my mind.')).body.code).toBe('comment_decided');

    expect((await current()).allowed.regenerate).toEqual({ allowed: true });
    expect((await lead.send('POST', `${A}/report`)).status).toBe(201);
    const text = await docxText();
    expect(text).toContain(corrected);
    expect(text).not.toContain(visitLine);
    expect(text).toContain(firstLine);
    const shown = (await current()).document.sections.find((s) => s.heading === 'Summary');
    expect(JSON.stringify(shown)).toContain(corrected);

    const trail = await h.app.ports.store.auditForAssessment(RHEUM);
    const steps = trail.filter((e) => e.entityKind === 'reportComment').map((e) => [e.entityId, e.action]);
    expect(steps).toEqual([
      [first.body.id, 'create'],
      [second.body.id, 'create'],
      [first.body.id, 'update'],
      [second.body.id, 'update'],
    ]);
  });

  it('refuses a comment once the check is over, saying whom to contact', async () => {
    expect((await move(lead, 'finalise')).body.report.state).toBe('final');
    const late = await comment('Anything', 'Summary', 'Something else');
    expect(late.status).toBe(422);
    expect(late.body.detail).toMatch(/Contact the lead reviewer/);
    const view = (await serviceLead.get<ReportView>(`${A}/report`)).body;
    expect(view.allowed.comment).toEqual({
      allowed: false,
      reason: 'The report takes comments only while the service checks its facts.',
    });
  });
});
