import type { AnswerOption } from '../../src/domain/questionnaires/questionnaire';
import { exportQuestionnaireJson } from '../../src/domain/questionnaires/questionnaire-json';
import type { QuestionnaireAnswer, QuestionnaireComment } from '../../src/domain/questionnaires/questionnaire-answer';
import { addToTally, emptyTally, type QuestionnaireTally } from '../../src/domain/questionnaires/questionnaire-tally';
import { STARTER_QUESTIONNAIRES } from '../../src/domain/questionnaires/starter-questionnaires';
import { EMAILS, type Client } from '../api/harness';
import type { AppOnSharePoint } from './app-on-sharepoint';
import { seedDirectly } from './harness';

const ASSESSMENT = 'a-cur-svc-slam-coast';
const CHOICES: Readonly<Record<string, AnswerOption>> = {
  P1: 'agree',
  P2: 'yes',
  P3: 'no',
  P4: 'agree',
  P5: 'agree',
  P6: 'agree',
  P7: 'agree',
  P8: 'yes',
};
const ANSWERED_ON = '2026-06-01';

/** A run on SharePoint with many answers, and how its service lead reads its results. */
export interface SeededRun {
  readonly lead: Client;
  readonly resultsUrl: string;
}

/**
 * Opens a patient questionnaire on the Coast service through the API, then puts `answers` answers (and a comment
 * with each of the first `comments`) and their counts straight into the simulator's lists: answering them one by one
 * through Graph would take minutes and is not what is measured.
 */
export async function seedRunWithAnswers(app: AppOnSharePoint, answers: number, comments: number): Promise<SeededRun> {
  const admin = await app.api.signIn(EMAILS.admin);
  const imported = await admin.send<{ id: string }>('POST', '/api/v1/questionnaires/import', {
    format: 'json',
    content: exportQuestionnaireJson(STARTER_QUESTIONNAIRES[1]!),
    frameworkId: 'fw-mind-body-v1',
  });
  const lead = await app.api.signIn(EMAILS.coastLead);
  const opened = await lead.send<{ run: { id: string } }>(
    'POST',
    `/api/v1/assessments/${ASSESSMENT}/questionnaire-runs`,
    { questionnaireId: imported.body.id, closesAt: '2026-12-31T17:00:00Z' },
  );
  if (opened.status !== 201 && opened.status !== 200) throw new Error(`opening the run: ${opened.status}`);
  const runId = opened.body.run.id;

  const answerRows: QuestionnaireAnswer[] = [];
  const commentRows: QuestionnaireComment[] = [];
  let tally: QuestionnaireTally = emptyTally(runId);
  for (let i = 0; i < answers; i += 1) {
    const texts: Record<string, string> = i < comments ? { P9: `Comment ${i}` } : {};
    answerRows.push({ id: `ans-${i}`, version: 1, runId, source: 'online', answeredOn: ANSWERED_ON, choices: CHOICES });
    if (i < comments) {
      commentRows.push({
        id: `com-${i}`,
        version: 1,
        runId,
        itemCode: 'P9',
        text: `Comment ${i}`,
        answeredOn: ANSWERED_ON,
      });
    }
    tally = addToTally(tally, { choices: CHOICES, texts }, 'online');
  }
  seedDirectly(app.site, 'questionnaireAnswer', answerRows);
  seedDirectly(app.site, 'questionnaireComment', commentRows);
  seedDirectly(app.site, 'questionnaireTally', [{ ...tally, version: 1 }]);
  return {
    lead,
    resultsUrl: `/api/v1/assessments/${ASSESSMENT}/questionnaire-runs/${encodeURIComponent(runId)}/results`,
  };
}

/** The Graph requests one read of the results takes (every HTTP request to Graph: batches, pages, retries). */
export async function graphRequestsOfResults(
  app: AppOnSharePoint,
  run: SeededRun,
): Promise<{ requests: number; answers: number; comments: number }> {
  app.graph.graph.counter.reset();
  const res = await run.lead.get<{ answers: number; comments?: unknown[] }>(run.resultsUrl);
  if (res.status !== 200) throw new Error(`results: ${res.status} ${JSON.stringify(res.body)}`);
  return {
    requests: app.graph.graph.counter.total,
    answers: res.body.answers,
    comments: res.body.comments?.length ?? 0,
  };
}
