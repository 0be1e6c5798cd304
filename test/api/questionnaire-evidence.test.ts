import { STARTER_QUESTIONNAIRES } from '../../src/domain/questionnaires/starter-questionnaires';
import { QUESTIONNAIRE_SECTION_HEADING } from '../../src/domain/questionnaires/questionnaire-report-section';
import type { QuestionnaireEvidenceView, QuestionnairesView } from '../../src/api/contracts';
import { loadServiceReportInput } from '../../src/services/reports/report-data';
import { buildServiceReportModel } from '../../src/domain/report-model';
import { serviceReportDocument } from '../../src/domain/service-report-document';
import { openAsCoastLead } from './questionnaire-setup';
import { EMAILS, startHarness, type Client, type Harness } from './harness';
import { readDocx } from './review-helpers';

const ASSESSMENT_ID = 'a-cur-svc-slam-coast';
const ASSESSMENT = `/api/v1/assessments/${ASSESSMENT_ID}`;
const PATIENTS = STARTER_QUESTIONNAIRES[1]!;
const ANSWER = {
  choices: { P1: 'agree', P2: 'yes', P3: 'no', P4: 'agree', P5: 'agree', P6: 'agree', P7: 'agree', P8: 'yes' },
};

describe('questionnaires beside the standards, through the API', () => {
  let h: Harness;
  let lead: Client;
  let runId: string;

  const paperAnswer = (choices: Record<string, string> = {}) =>
    lead.send('POST', `${ASSESSMENT}/questionnaire-runs/${encodeURIComponent(runId)}/paper-answers`, {
      choices: { ...ANSWER.choices, ...choices },
    });
  const evidence = () => lead.get<QuestionnaireEvidenceView>(`${ASSESSMENT}/questionnaire-evidence`);

  beforeAll(async () => {
    h = await startHarness();
    const started = await openAsCoastLead(h, PATIENTS);
    lead = started.lead;
    runId = started.opened.run.id;
  });
  afterAll(() => h.close());

  it("lists the service's runs with their counts, and what the lead may do with each", async () => {
    const page = await lead.get<QuestionnairesView>(`${ASSESSMENT}/questionnaires`);
    expect(page.status).toBe(200);
    expect(page.body.runs).toEqual([
      expect.objectContaining({ id: runId, title: PATIENTS.title, answers: 0, open: true, minimumAnswers: 5 }),
    ]);
    expect(page.body.runs[0]?.allowed).toEqual({
      close: { allowed: true },
      new_link: { allowed: true },
      paper_answer: { allowed: true },
      send_to_channel: {
        allowed: false,
        reason: 'Only a staff questionnaire is sent in Teams: patients and carers answer through its link or QR code.',
      },
    });
    // The one questionnaire of the framework version is running, so nothing more can be opened.
    expect(page.body.openableIds).toEqual([]);
    expect(page.body.allowed.open).toEqual({
      allowed: false,
      reason: 'Every questionnaire of this framework version is already running for the service in this cycle.',
    });
  });

  it('shows nothing beside the standards until the minimum is reached, then the items that inform each', async () => {
    for (let i = 0; i < 4; i += 1) expect((await paperAnswer()).status).toBe(201);
    const early = await evidence();
    expect(early.status).toBe(200);
    expect(early.body.standards).toEqual([]);

    expect((await paperAnswer({ P1: 'disagree' })).status).toBe(201);
    const shown = await evidence();
    const codes = shown.body.standards.map((s) => s.standardCode);
    expect(codes).toEqual(['1.1', '1.3', '1.4', '1.8', '2.1', '2.8', '2.9', '3.1', '3.2', '4.6', '5.7']);
    expect(shown.body.standards[0]?.items).toEqual([
      expect.objectContaining({ runId, itemCode: 'P1', audience: 'patients', answered: 5, sharePositive: 80 }),
    ]);
  });

  it('refuses the evidence to people who may not read the results, saying why', async () => {
    const contributor = await h.signIn(EMAILS.coastContributorTheme2);
    const refused = await contributor.get<{ detail: string }>(`${ASSESSMENT}/questionnaire-evidence`);
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toContain('questionnaire');
    const other = await h.signIn(EMAILS.cardioLead);
    expect((await other.get(`${ASSESSMENT}/questionnaire-evidence`)).status).toBe(403);
  });

  it("tells the self-assessment page whether the person may open the service's questionnaires", async () => {
    const detail = await lead.get<{ allowed: { read_questionnaires: { allowed: boolean } } }>(ASSESSMENT);
    expect(detail.body.allowed.read_questionnaires).toEqual({ allowed: true });
    const contributor = await h.signIn(EMAILS.coastContributorTheme2);
    const theirs = await contributor.get<{ allowed: { read_questionnaires: { allowed: boolean } } }>(ASSESSMENT);
    expect(theirs.body.allowed.read_questionnaires.allowed).toBe(false);
  });

  it("puts what people said in the review report, beside the standards' codes and titles", async () => {
    const assessment = await h.app.ports.store.get('assessment', ASSESSMENT_ID);
    const cycle = await h.app.ports.store.get('cycle', assessment!.cycleId);
    const { input } = await loadServiceReportInput(h.app.ports, assessment!, cycle!);
    const document = serviceReportDocument(buildServiceReportModel(input));
    const section = document.sections.find((s) => s.heading === QUESTIONNAIRE_SECTION_HEADING);
    const table = section?.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' ? table.rows[0] : undefined).toEqual([
      expect.stringMatching(/^1\.1 \S/),
      `${PATIENTS.title} (Patients)`,
      PATIENTS.items[0]!.text,
      5,
      80,
    ]);
    // The Word file carries the same table under the section's heading.
    const word = await readDocx(Buffer.from(await h.app.ports.reports!.docx(document)));
    expect(word.headings.map((x) => x.text)).toContain(QUESTIONNAIRE_SECTION_HEADING);
    const said = word.tables.find((t) => t.title === 'What people said, by standard');
    expect(said?.rows[1]?.slice(1)).toEqual([`${PATIENTS.title} (Patients)`, PATIENTS.items[0]!.text, '5', '80']);
  });
});
