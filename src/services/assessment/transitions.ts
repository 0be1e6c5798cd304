import type { Assessment } from '../../domain/assessment';
import { nextState, type AssessmentAction } from '../../domain/assessment-state';
import { DomainError } from '../../domain/errors';
import { submissionGaps } from '../../domain/response-rules';
import { authorize, type Principal } from '../access-policy';
import { ACTION_PERMISSION } from './assessment-permissions';
import { loadAssessment } from './assessment-context';
import { putOne, type Ports } from '../context';
import { loadFramework } from '../network/frameworks';
import { agreeReview, startReview } from '../review/review-decisions';

/** Moves an assessment through its cycle states; submit is refused while any applicable standard is unrated. */
export async function transitionAssessment(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  action: AssessmentAction,
  expectedVersion: number,
): Promise<Assessment> {
  // Starting and agreeing a review carry the peer review rules (window, team, agreed ratings, report).
  if (action === 'begin_review') return startReview(ports, principal, assessmentId, expectedVersion);
  if (action === 'agree') return (await agreeReview(ports, principal, assessmentId, expectedVersion)).assessment;
  // Read together, so a batching store answers in one round trip (submit: one read, one write).
  const [{ assessment, resource }, responses] = await Promise.all([
    loadAssessment(ports, assessmentId),
    action === 'submit' ? ports.store.query('response', { assessmentId }) : Promise.resolve([]),
  ]);
  authorize(principal, ACTION_PERMISSION[action], resource);
  const state = nextState(assessment.state, action);
  if (action === 'submit') {
    const framework = await loadFramework(ports, assessment.frameworkVersionId);
    const gaps = submissionGaps(framework, assessment.subject.kind, responses);
    if (gaps.length > 0) {
      throw new DomainError(
        'incomplete_assessment',
        `${gaps.length} standard${gaps.length === 1 ? ' needs' : 's need'} attention before you can submit: ${gaps
          .slice(0, 10)
          .map((g) => `${g.standardCode} (${g.problem === 'not_rated' ? 'not rated' : 'N/A without a reason'})`)
          .join(', ')}${gaps.length > 10 ? ', ...' : ''}.`,
        'responses',
        { gaps },
      );
    }
  }
  const now = ports.clock.now().toISOString();
  const updated: Assessment = {
    ...assessment,
    state,
    updatedAt: now,
    submittedAt: action === 'submit' ? now : assessment.submittedAt,
  };
  return putOne(ports, principal, 'assessment', updated, expectedVersion);
}
