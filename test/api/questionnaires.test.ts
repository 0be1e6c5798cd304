import { ukDateOf } from '../../src/domain/formatting/uk-dates';
import { closingTimeOf, openRunProblems } from '../../src/domain/questionnaires/open-run-rules';
import { hideReasonProblems } from '../../src/domain/questionnaires/questionnaire-results';
import { STARTER_QUESTIONNAIRES } from '../../src/domain/questionnaires/starter-questionnaires';
import { openAsCoastLead } from './questionnaire-setup';
import { EMAILS, startHarness, type Client, type Harness } from './harness';

const ASSESSMENT = '/api/v1/assessments/a-cur-svc-slam-coast';
const PATIENTS = STARTER_QUESTIONNAIRES[1]!;
const GOOD = {
  choices: { P1: 'agree', P2: 'yes', P3: 'no', P4: 'agree', P5: 'agree', P6: 'agree', P7: 'agree', P8: 'yes' },
};

interface Problem {
  readonly code: string;
  readonly detail: string;
  readonly errors?: { field: string; message: string }[];
}
interface Opened {
  readonly token: string;
  readonly run: { id: string; version: number; answers: number };
}

describe('questionnaires through the API', () => {
  let h: Harness;
  let lead: Client;
  let opened: Opened;
  let questionnaireId: string;
  /** A public answer from `address`, as the App Service front end (one trusted proxy) reports it. */
  const answer = async (token: string, body: unknown, address = '198.51.100.7') => {
    const res = await fetch(`${h.baseUrl}/api/v1/public/questionnaires/${token}/answers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Problem };
  };
  const count = async (): Promise<number> => {
    const runs = await lead.get<{ id: string; answers: number }[]>(`${ASSESSMENT}/questionnaire-runs`);
    return runs.body.find((r) => r.id === opened.run.id)?.answers ?? -1;
  };

  beforeAll(async () => {
    h = await startHarness({ env: { TRUSTED_PROXY_HOPS: '1' } });
    ({ lead, questionnaireId, opened } = await openAsCoastLead(h, PATIENTS));
  });
  afterAll(() => h.close());

  it('gives the lead an unguessable token once and stores only its digest', async () => {
    expect(opened.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const run = await h.app.ports.store.get('questionnaireRun', opened.run.id);
    expect(JSON.stringify(run)).not.toContain(opened.token);
  });

  it("refuses to open a questionnaire in the same words as the lead's form says before sending", async () => {
    const today = ukDateOf(h.now.value);
    const attempts = [
      { closingDate: '2026-12-31', minimumAnswers: 3 },
      { closingDate: '2026-12-31', minimumAnswers: 4.5 },
      { closingDate: '2026-12-31', minimumAnswers: 1001 },
      { closingDate: '2026-11-25', minimumAnswers: 2 },
    ];
    for (const { closingDate, minimumAnswers } of attempts) {
      const refused = await lead.send<Problem>('POST', `${ASSESSMENT}/questionnaire-runs`, {
        questionnaireId,
        closesAt: closingTimeOf(closingDate),
        minimumAnswers,
      });
      const formSays = openRunProblems({ questionnaireId, closingDate, minimumAnswers: String(minimumAnswers) }, today);
      expect(formSays).not.toEqual([]);
      expect({ status: refused.status, detail: refused.body.detail }).toEqual({
        status: 422,
        detail: formSays.join(' '),
      });
    }
  });

  it('refuses each bad public answer in plain English and stores nothing', async () => {
    const unknown = await answer('not-a-real-token', GOOD);
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toBe(
      'This questionnaire link is not valid. Check the link or QR code you were given, or ask the service for a new one.',
    );

    const honeypot = await answer(opened.token, { ...GOOD, website: 'http://spam.example' });
    expect(honeypot.status).toBe(422);
    expect(honeypot.body.code).toBe('answer_refused');

    const missing = await answer(opened.token, { choices: { P1: 'agree' } });
    expect(missing.status).toBe(422);
    expect(missing.body.code).toBe('answer_incomplete');
    expect(missing.body.errors?.[0]).toEqual({ field: 'P2', message: 'Please answer question 2.' });

    const long = await answer(opened.token, { ...GOOD, texts: { P9: 'x'.repeat(2001) } });
    expect(long.status).toBe(422);
    expect(long.body.detail).toContain('please shorten it to 2,000 characters or fewer');

    expect(await count()).toBe(0);
  });

  it('shows only the count until five have answered, then the results and the comments', async () => {
    for (let i = 0; i < 4; i += 1) {
      expect((await answer(opened.token, { ...GOOD, texts: { P9: `Comment ${i}` } }, `203.0.113.${i}`)).status).toBe(
        201,
      );
    }
    const early = await lead.get<{ answers: number; suppressed: boolean; comments: unknown[] }>(
      `${ASSESSMENT}/questionnaire-runs/${encodeURIComponent(opened.run.id)}/results`,
    );
    expect(early.body).toMatchObject({ answers: 4, suppressed: true, comments: [] });

    const paper = await lead.send(
      'POST',
      `${ASSESSMENT}/questionnaire-runs/${encodeURIComponent(opened.run.id)}/paper-answers`,
      {
        ...GOOD,
        choices: { ...GOOD.choices, P1: 'disagree' },
      },
    );
    expect(paper.status).toBe(201);
    const results = await lead.get<{
      answers: number;
      paperAnswers: number;
      suppressed: boolean;
      items: { code: string; sharePositive: number | null }[];
      comments: { id: string; version: number; text?: string }[];
    }>(`${ASSESSMENT}/questionnaire-runs/${encodeURIComponent(opened.run.id)}/results`);
    expect(results.body).toMatchObject({ answers: 5, paperAnswers: 1, suppressed: false });
    expect(results.body.items.find((i) => i.code === 'P1')?.sharePositive).toBe(80);
    expect(results.body.comments.map((c) => c.text).sort()).toEqual([
      'Comment 0',
      'Comment 1',
      'Comment 2',
      'Comment 3',
    ]);

    const comment = results.body.comments[0]!;
    const hidePath = `${ASSESSMENT}/questionnaire-runs/${encodeURIComponent(opened.run.id)}/comments/${comment.id}/hide`;
    const noReason = await lead.send<Problem>('POST', hidePath, { reason: '', version: comment.version });
    expect(noReason.body.code).toBe('hide_reason_required');
    // The tab says the same words before sending, from the same rule.
    expect(noReason.body.detail).toBe(hideReasonProblems('')[0]);
    const hidden = await lead.send('POST', hidePath, { reason: 'Names a nurse', version: comment.version });
    expect(hidden.status).toBe(200);
    const after = await lead.get<{ comments: { id: string; text?: string; hidden?: { reason: string } }[] }>(
      `${ASSESSMENT}/questionnaire-runs/${encodeURIComponent(opened.run.id)}/results`,
    );
    expect(after.body.comments.find((c) => c.id === comment.id)).toMatchObject({ hidden: { reason: 'Names a nurse' } });
    expect(after.body.comments.find((c) => c.id === comment.id)?.text).toBeUndefined();
  });

  it('exports the results as an Excel workbook', async () => {
    const res = await fetch(
      `${h.baseUrl}${ASSESSMENT}/questionnaire-runs/${encodeURIComponent(opened.run.id)}/results/export`,
      { headers: { authorization: `Bearer ${lead.token}` } },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    // An xlsx file is a zip archive: it starts with "PK".
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it("does not show another service's lead the results", async () => {
    const other = await h.signIn(EMAILS.cardioLead);
    const res = await other.get(`${ASSESSMENT}/questionnaire-runs/${encodeURIComponent(opened.run.id)}/results`);
    expect(res.status).toBe(403);
  });

  it('refuses answers from one address beyond its limit, saying how long to wait, and stores none of them', async () => {
    const before = await count();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) statuses.push((await answer(opened.token, GOOD, '192.0.2.99')).status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    const refused = await answer(opened.token, GOOD, '192.0.2.99');
    expect(refused.status).toBe(429);
    expect(refused.body.detail).toMatch(/Please wait \d+ seconds and send your answer again/);
    expect(await count()).toBe(before + 10);
  });

  it('refuses answers after the closing date', async () => {
    h.now.value = new Date('2027-01-01T09:00:00Z');
    const late = await answer(opened.token, GOOD, '198.51.100.200');
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('questionnaire_closed');
    expect(late.body.detail).toBe(
      'This questionnaire has closed, so answers are no longer taken. Thank you for wanting to take part.',
    );
  });
});
