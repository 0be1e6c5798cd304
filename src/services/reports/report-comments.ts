import { checkCommentWindow, checkDecisionReason, checkPassage, type ReportComment } from '../../domain/report-comment';
import { DomainError } from '../../domain/errors';
import { serviceReportId } from '../../domain/report';
import { authorize, type Principal } from '../access-policy';
import { loadAssessment } from '../assessment/assessment-context';
import { putOne, type Ports } from '../context';
import { NotFoundError } from '../errors';
import { buildReport } from './report-filing';

export interface CommentInput {
  readonly section: string;
  readonly passage: string;
  readonly whatIsWrong: string;
  readonly shouldSay: string;
  readonly evidenceUrl: string | null;
}

async function loadReport(ports: Ports, assessmentId: string) {
  const report = await ports.store.get('report', serviceReportId(assessmentId));
  if (!report) throw new NotFoundError('report for this assessment', assessmentId);
  return report;
}

/** The service's leads comment on one passage of the report, during its factual-accuracy check only. */
export async function commentOnReport(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  input: CommentInput,
): Promise<ReportComment> {
  const loaded = await loadAssessment(ports, assessmentId);
  authorize(principal, 'report.check', loaded.resource);
  const report = await loadReport(ports, assessmentId);
  checkCommentWindow(report.state);
  const built = await buildReport(ports, loaded.assessment, loaded.cycle);
  checkPassage(built.document, input.section, input.passage);
  const comment: ReportComment = {
    id: ports.ids.newId(),
    version: 0,
    assessmentId,
    cycleId: loaded.assessment.cycleId,
    section: input.section,
    passage: input.passage,
    whatIsWrong: input.whatIsWrong.trim(),
    shouldSay: input.shouldSay.trim(),
    evidenceUrl: input.evidenceUrl,
    status: 'open',
    commentedBy: principal.person.id,
    commentedAt: ports.clock.now().toISOString(),
    decision: null,
  };
  return putOne(ports, principal, 'reportComment', comment, 0);
}

/**
 * The lead reviewer accepts or rejects a comment, with a reason, while the check is open; an accepted comment
 * corrects its passage when the report is next generated.
 */
export async function decideReportComment(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  commentId: string,
  input: { readonly decision: 'accepted' | 'rejected'; readonly reason: string; readonly version: number },
): Promise<ReportComment> {
  const loaded = await loadAssessment(ports, assessmentId);
  authorize(principal, 'report.manage', loaded.resource);
  const report = await loadReport(ports, assessmentId);
  const comment = await ports.store.get('reportComment', commentId);
  if (!comment || comment.assessmentId !== assessmentId) throw new NotFoundError('report comment', commentId);
  if (report.state !== 'factual_accuracy_check' && report.state !== 'draft') checkCommentWindow(report.state);
  if (comment.status !== 'open') {
    throw new DomainError(
      'comment_decided',
      `This comment was ${comment.status} already. The service can comment again if the passage is still wrong.`,
      'decision',
    );
  }
  checkDecisionReason(input.reason);
  const decided: ReportComment = {
    ...comment,
    status: input.decision,
    decision: { by: principal.person.id, at: ports.clock.now().toISOString(), reason: input.reason.trim() },
  };
  return putOne(ports, principal, 'reportComment', decided, input.version);
}

/** The comments of a report's check, oldest first. */
export async function reportComments(ports: Ports, assessmentId: string): Promise<ReportComment[]> {
  return (await ports.store.query('reportComment', { assessmentId })).sort((a, b) =>
    a.commentedAt.localeCompare(b.commentedAt),
  );
}
