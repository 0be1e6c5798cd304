import { DomainError } from '../../domain/errors';
import {
  commentViews,
  MIN_HIDE_REASON_LENGTH,
  questionnaireResults,
  type CommentView,
  type QuestionnaireResults,
} from '../../domain/questionnaires/questionnaire-results';
import { questionnaireWorkbook } from '../../domain/questionnaires/questionnaire-workbook';
import { emptyTally } from '../../domain/questionnaires/questionnaire-tally';
import { authorize, isAllowed, type Principal } from '../access-policy';
import { commitContext, putChange, type Ports } from '../context';
import { NotFoundError } from '../errors';
import { runOfService, serviceOfAssessment } from './questionnaire-runs';

export interface RunResults extends QuestionnaireResults {
  /** The free text, for the service and its reviewers only (absent for others); empty under the minimum. */
  readonly comments?: readonly CommentView[];
  readonly mayHideComments: boolean;
}

/** A run's results from its counts (two reads: the run and its counts, plus the questionnaire), and its comments. */
export async function runResults(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  runId: string,
): Promise<RunResults> {
  const service = await serviceOfAssessment(ports, assessmentId);
  authorize(principal, 'questionnaire.results', service.resource);
  const [run, tally] = await Promise.all([
    runOfService(ports, service, runId),
    ports.store.get('questionnaireTally', runId),
  ]);
  const questionnaire = await ports.store.get('questionnaire', run.questionnaireId);
  if (!questionnaire) throw new NotFoundError('questionnaire', run.questionnaireId);
  const counts = tally ?? emptyTally(run.id);
  const results = questionnaireResults(questionnaire, run, counts);
  const mayReadComments = isAllowed(principal, 'questionnaire.comments', service.resource);
  if (!mayReadComments) return { ...results, mayHideComments: false };
  const comments =
    counts.answers < run.minimumAnswers ? [] : await ports.store.query('questionnaireComment', { runId: run.id });
  return { ...results, comments: commentViews(run, counts, comments), mayHideComments: true };
}

/** Hides a comment that names someone; the reason, who and when are recorded with it, and its text is never shown again. */
export async function hideComment(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  runId: string,
  commentId: string,
  request: { readonly reason: string; readonly version: number },
): Promise<CommentView> {
  const service = await serviceOfAssessment(ports, assessmentId);
  authorize(principal, 'questionnaire.comments', service.resource);
  const run = await runOfService(ports, service, runId);
  const comment = await ports.store.get('questionnaireComment', commentId);
  if (!comment || comment.runId !== run.id) throw new NotFoundError('comment', commentId);
  const reason = request.reason.trim();
  if (reason.length < MIN_HIDE_REASON_LENGTH) {
    throw new DomainError(
      'hide_reason_required',
      'Say in a few words why the comment is hidden (for example "names a member of staff"); the reason is kept on record.',
      'reason',
    );
  }
  const at = ports.clock.now().toISOString();
  const [stored] = await ports.store.commit(commitContext(ports, principal), [
    putChange(
      'questionnaireComment',
      { ...comment, hidden: { reason, byPersonId: principal.person.id, at } },
      request.version,
    ),
  ]);
  return { id: stored.id, itemCode: stored.itemCode, version: stored.version, hidden: { reason, at } };
}

/** The results as an Excel workbook (the reports' xlsx writer), with the comments for those who may read them. */
export async function exportRunResults(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  runId: string,
): Promise<{ fileName: string; contentType: string; body: Uint8Array }> {
  const results = await runResults(ports, principal, assessmentId, runId);
  if (!ports.reports) {
    throw new DomainError(
      'reports_unavailable',
      'Excel files cannot be made on this server: read the results on screen.',
    );
  }
  const run = await ports.store.get('questionnaireRun', runId);
  const service = run ? await ports.store.get('service', run.serviceId) : undefined;
  const document = questionnaireWorkbook(results, service?.name ?? '', results.comments);
  return {
    fileName: `${document.fileStem}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: await ports.reports.xlsx(document),
  };
}
