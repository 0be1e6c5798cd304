import { DomainError } from '../../domain/errors';
import {
  commentViews,
  hideReasonProblems,
  questionnaireResults,
  type CommentView,
  type QuestionnaireResults,
} from '../../domain/questionnaires/questionnaire-results';
import { questionnaireWorkbook } from '../../domain/questionnaires/questionnaire-workbook';
import { emptyTally } from '../../domain/questionnaires/questionnaire-tally';
import { authorize, isAllowed, type Principal } from '../access-policy';
import { commitContext, putChange, type Ports } from '../context';
import { NotFoundError } from '../errors';
import { pageOf } from '../query-page';
import { questionnaireOfRun } from './questionnaire-answers';
import { runOfService, serviceOfAssessment } from './questionnaire-runs';
import type { QuestionnaireRun } from '../../domain/questionnaires/questionnaire-run';

/** Comments are read and sent a page at a time: a questionnaire may have thousands. */
export const COMMENTS_PAGE = 50;

export interface RunResults extends QuestionnaireResults {
  /** The first page of free text, for the service and its reviewers only (absent for others); empty under the minimum. */
  readonly comments?: readonly CommentView[];
  /** How many free-text answers there are in all (from the counts), and the cursor of the next page, if any. */
  readonly commentsTotal?: number;
  readonly nextComments?: string | null;
  readonly mayHideComments: boolean;
}

/** A page of a run's comments after the first (see RunResults.nextComments). */
export interface CommentsPage {
  readonly comments: readonly CommentView[];
  readonly next: string | null;
}

/**
 * The run of a service's assessment with its counts and, for those who may read them, the first page of comments.
 * The assessment, the run and its counts are read together (one round trip on SharePoint, where reads in the same
 * tick share a `$batch`), the questionnaire comes from a short cache, then one page of comments: two Graph requests.
 */
async function runWithCounts(ports: Ports, assessmentId: string, runId: string) {
  const [service, run, tally] = await Promise.all([
    serviceOfAssessment(ports, assessmentId),
    ports.store.get('questionnaireRun', runId),
    ports.store.get('questionnaireTally', runId),
  ]);
  return { service, run, counts: tally ?? emptyTally(runId) };
}

function ownRun(
  service: { readonly serviceId: string; readonly cycleId: string },
  run: QuestionnaireRun | undefined,
  runId: string,
): QuestionnaireRun {
  if (!run || run.serviceId !== service.serviceId || run.cycleId !== service.cycleId) {
    throw new NotFoundError('questionnaire run', runId);
  }
  return run;
}

/** A run's results from its counts (never its answers), with the first page of its comments. */
export async function runResults(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  runId: string,
): Promise<RunResults> {
  const loaded = await runWithCounts(ports, assessmentId, runId);
  const { service, counts } = loaded;
  authorize(principal, 'questionnaire.results', service.resource);
  const run = ownRun(service, loaded.run, runId);
  const questionnaire = await questionnaireOfRun(ports, run);
  const results = questionnaireResults(questionnaire, run, counts);
  const mayReadComments = isAllowed(principal, 'questionnaire.comments', service.resource);
  if (!mayReadComments) return { ...results, mayHideComments: false };
  if (counts.answers < run.minimumAnswers) {
    return { ...results, comments: [], commentsTotal: 0, nextComments: null, mayHideComments: true };
  }
  const page = await pageOf(ports.store, 'questionnaireComment', { runId: run.id }, { limit: COMMENTS_PAGE });
  return {
    ...results,
    comments: commentViews(run, counts, page.items),
    commentsTotal: Object.values(counts.texts).reduce((sum, n) => sum + n, 0),
    nextComments: page.next,
    mayHideComments: true,
  };
}

/** The next page of a run's comments, for those who may read them, once the minimum is reached. */
export async function runComments(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  runId: string,
  cursor: string,
): Promise<CommentsPage> {
  const loaded = await runWithCounts(ports, assessmentId, runId);
  authorize(principal, 'questionnaire.comments', loaded.service.resource);
  const run = ownRun(loaded.service, loaded.run, runId);
  if (loaded.counts.answers < run.minimumAnswers) return { comments: [], next: null };
  const page = await pageOf(ports.store, 'questionnaireComment', { runId: run.id }, { limit: COMMENTS_PAGE, cursor });
  return { comments: commentViews(run, loaded.counts, page.items), next: page.next };
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
  const [problem] = hideReasonProblems(request.reason);
  if (problem !== undefined) throw new DomainError('hide_reason_required', problem, 'reason');
  const reason = request.reason.trim();
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
  // The workbook carries every comment, not the first page the screen shows.
  const tally = run && results.comments ? await ports.store.get('questionnaireTally', run.id) : undefined;
  const comments =
    run && tally && results.nextComments
      ? commentViews(run, tally, await ports.store.query('questionnaireComment', { runId: run.id }))
      : results.comments;
  const document = questionnaireWorkbook(results, service?.name ?? '', comments);
  return {
    fileName: `${document.fileStem}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: await ports.reports.xlsx(document),
  };
}
