/** The first steps of most questionnaire tests: the admin imports a questionnaire, the coast service's lead opens it. */
import type { QuestionnaireDraft } from '../../src/domain/questionnaires/questionnaire';
import { exportQuestionnaireJson } from '../../src/domain/questionnaires/questionnaire-json';
import { EMAILS, type Client, type Harness } from './harness';

/** The coast service's assessment, whose lead opens the questionnaires. */
export const COAST_ASSESSMENT = '/api/v1/assessments/a-cur-svc-slam-coast';

/** What opening a questionnaire answers: the run, and its public token and link (given only this once). */
export interface OpenedRun {
  readonly token: string;
  readonly publicLink: string;
  readonly run: { readonly id: string; readonly version: number; readonly answers: number };
}

/** Imports a questionnaire as the network admin, for the demo framework version; answers its id. */
export async function importQuestionnaire(h: Harness, questionnaire: QuestionnaireDraft): Promise<string> {
  const admin = await h.signIn(EMAILS.admin);
  const imported = await admin.send<{ id: string }>('POST', '/api/v1/questionnaires/import', {
    format: 'json',
    content: exportQuestionnaireJson(questionnaire),
    frameworkId: 'fw-mind-body-v1',
  });
  if (imported.status !== 201) throw new Error(`importing the questionnaire answered ${imported.status}`);
  return imported.body.id;
}

/** Imports `questionnaire` and opens it for the coast service as its lead, until the end of 2026. */
export async function openAsCoastLead(
  h: Harness,
  questionnaire: QuestionnaireDraft,
): Promise<{ readonly lead: Client; readonly questionnaireId: string; readonly opened: OpenedRun }> {
  const questionnaireId = await importQuestionnaire(h, questionnaire);
  const lead = await h.signIn(EMAILS.coastLead);
  const res = await lead.send<OpenedRun>('POST', `${COAST_ASSESSMENT}/questionnaire-runs`, {
    questionnaireId,
    closesAt: '2026-12-31T17:00:00Z',
  });
  if (res.status !== 201) throw new Error(`opening the questionnaire answered ${res.status}`);
  return { lead, questionnaireId, opened: res.body };
}
