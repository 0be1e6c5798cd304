import { STARTER_QUESTIONNAIRES } from '../../src/domain/questionnaires/starter-questionnaires';
import { openAsCoastLead } from './questionnaire-setup';
import { EMAILS, startHarness, type Client, type Harness } from './harness';

const ASSESSMENT = '/api/v1/assessments/a-cur-svc-slam-coast';
const STAFF = STARTER_QUESTIONNAIRES[0]!;
const CHOICES = {
  S1: 'agree',
  S2: 'agree',
  S3: 'neither',
  S4: 'yes',
  S5: 'agree',
  S6: 'disagree',
  S7: 'agree',
  S8: 'no',
  S9: 'strongly_agree',
};

interface Problem {
  readonly code: string;
  readonly detail: string;
  readonly errors?: { field: string; message: string }[];
}
interface StaffForm {
  readonly title: string;
  readonly answered: boolean;
  readonly open: boolean;
  readonly questions: { code: string; options: { value: string; label: string }[] }[];
  readonly answer: { allowed: boolean; reason?: string };
}

describe('staff answer their service’s staff questionnaire', () => {
  let h: Harness;
  let lead: Client;
  let runId: string;
  const form = (who: Client) => who.get<StaffForm>(`/api/v1/staff-questionnaires/${encodeURIComponent(runId)}`);
  const answer = (who: Client, body: unknown) =>
    who.send<Problem>('POST', `/api/v1/staff-questionnaires/${encodeURIComponent(runId)}/answers`, body);

  beforeAll(async () => {
    h = await startHarness();
    const started = await openAsCoastLead(h, STAFF);
    lead = started.lead;
    runId = started.opened.run.id;
  });
  afterAll(() => h.close());

  it('lists the questionnaire on My work for the service’s staff until they answer, then not', async () => {
    const contributor = await h.signIn(EMAILS.coastContributorTheme4);
    const before = await contributor.get<{ runId: string; title: string }[]>('/api/v1/me/staff-questionnaires');
    expect(before.body).toEqual([expect.objectContaining({ runId, title: STAFF.title })]);

    const shown = await form(contributor);
    expect(shown.status).toBe(200);
    expect(shown.body.answer).toEqual({ allowed: true });
    expect(shown.body.questions[0]?.options[0]).toEqual({ value: 'strongly_agree', label: 'Strongly agree' });

    const saved = await answer(contributor, { choices: CHOICES, texts: { S10: 'More time to learn together.' } });
    expect(saved.status).toBe(201);

    const after = await contributor.get<unknown[]>('/api/v1/me/staff-questionnaires');
    expect(after.body).toEqual([]);
  });

  it('keeps the answer anonymous: only "has answered" names the person, in a commit of its own', async () => {
    const store = h.app.ports.store;
    const answers = await store.query('questionnaireAnswer', { runId });
    expect(answers).toHaveLength(1);
    expect(answers[0]?.source).toBe('teams');
    // No audit event either: its place in the log, just after the marker's, would name the person.
    expect(await store.auditForEntity('questionnaireAnswer', answers[0]!.id)).toEqual([]);
    expect(JSON.stringify(answers)).not.toContain('p-contrib-coast-1');

    const markers = await store.query('questionnaireMarker', { runId });
    expect(markers.map((m) => m.personId)).toEqual(['p-contrib-coast-1']);
    expect(JSON.stringify(markers)).not.toContain(answers[0]!.id);
  });

  it('refuses a second answer from the same person kindly, and counts the first only', async () => {
    const contributor = await h.signIn(EMAILS.coastContributorTheme4);
    const again = await answer(contributor, { choices: CHOICES, texts: {} });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('already_answered');
    expect(again.body.detail).toContain('You have already answered this questionnaire: thank you.');
    expect((await form(contributor)).body.answer).toEqual({ allowed: false, reason: again.body.detail });
    expect((await h.app.ports.store.get('questionnaireTally', runId))?.answers).toBe(1);
  });

  it('stores nothing, not even "has answered", when an answer is missing', async () => {
    const contributor = await h.signIn(EMAILS.coastContributorTheme2);
    const missing = await answer(contributor, { choices: { S1: 'agree' } });
    expect(missing.status).toBe(422);
    expect(missing.body.code).toBe('answer_incomplete');
    expect(missing.body.errors?.[0]).toEqual({ field: 'S2', message: 'Please answer question 2.' });
    expect(await h.app.ports.store.query('questionnaireMarker', { runId })).toHaveLength(1);
    expect((await form(contributor)).body.answer).toEqual({ allowed: true });
  });

  it('does not show another service’s staff questionnaire to someone who is not its staff', async () => {
    const other = await h.signIn(EMAILS.cardioLead);
    const res = await form(other);
    expect(res.status).toBe(403);
    expect((res.body as unknown as Problem).detail).toContain("answer this service's staff questionnaire");
    expect((await other.get<unknown[]>('/api/v1/me/staff-questionnaires')).body).toEqual([]);
  });
  it('lets the lead send it to the staff now, through the reminder run, and nobody else', async () => {
    const path = `${ASSESSMENT}/questionnaire-runs/${encodeURIComponent(runId)}/send-to-staff`;
    const sent = await lead.send<{ outcome: string }>('POST', path);
    expect(sent.status).toBe(202);
    expect(sent.body.outcome).toBe('completed');
    const contributor = await h.signIn(EMAILS.coastContributorTheme4);
    expect((await contributor.send('POST', path)).status).toBe(403);
  });
});
