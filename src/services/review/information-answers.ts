import type { Assessment, AssessmentState } from '../../domain/assessment';
import { nextState } from '../../domain/assessment-state';
import { DomainError } from '../../domain/errors';
import {
  answerInformationItem,
  unansweredBecause,
  withItems,
  type InformationRequestWithItems,
} from '../../domain/information-requests';
import { submissionGaps } from '../../domain/response-rules';
import type { ReviewTeam } from '../../domain/review';
import { authorize, type Principal } from '../access-policy';
import { commitContext, putChange, type Ports } from '../context';
import { loadFramework } from '../network/frameworks';
import { permission, type Permissions } from '../permission';
import { loadReview, type LoadedReview } from './review-context';

/** What the service may do with the team's requests: answer them, and hand the assessment back. */
export type InformationAct = 'answer' | 'hand_back';

export interface InformationRequestsView {
  readonly assessmentId: string;
  readonly state: AssessmentState;
  readonly requests: readonly InformationRequestWithItems[];
  readonly allowed: Permissions<InformationAct>;
}

/** Answers are given while the assessment is with the service: returned, or resumed and not yet resubmitted. */
function notWithServiceBecause(state: AssessmentState): string | null {
  if (state === 'returned' || state === 'in_progress') return null;
  return `This assessment is ${state.replace(/_/g, ' ')}, not with the service, so there is nothing to answer or hand back now.`;
}

function noRequestsBecause(review: LoadedReview): string | null {
  return (review.team?.informationRequests.length ?? 0) > 0
    ? null
    : 'The review team has not asked for more information.';
}

/** The team's requests, each a list of items with the service's answers, and what the person may do with them. */
export async function getInformationRequestsView(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
): Promise<InformationRequestsView> {
  const review = await loadReview(ports, principal, assessmentId);
  authorize(principal, 'assessment.read', review.resource);
  const requests = review.team?.informationRequests ?? [];
  const state = review.assessment.state;
  const reasons = [notWithServiceBecause(state), noRequestsBecause(review)];
  return {
    assessmentId,
    state,
    requests: withItems(requests),
    allowed: {
      answer: permission(principal, 'information.answer', review.resource, ...reasons),
      hand_back: permission(principal, 'information.answer', review.resource, ...reasons, unansweredBecause(requests)),
    },
  };
}

function requireRequests(review: LoadedReview): ReviewTeam {
  const reason = notWithServiceBecause(review.assessment.state) ?? noRequestsBecause(review);
  if (reason !== null || !review.team) {
    throw new DomainError(
      'unknown_information_item',
      reason ?? 'The review team has not asked for more information.',
      'itemId',
    );
  }
  return review.team;
}

/**
 * The service answers one thing the team asked (a second answer replaces the first). The answer is kept on the
 * team's record beside the question, so the team reads both together; the commit's audit event records who.
 */
export async function answerInformationRequest(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  itemId: string,
  input: { text: string },
): Promise<readonly InformationRequestWithItems[]> {
  const review = await loadReview(ports, principal, assessmentId);
  authorize(principal, 'information.answer', review.resource);
  const team = requireRequests(review);
  const requests = answerInformationItem(team.informationRequests, itemId, {
    text: input.text,
    by: principal.person.id,
    at: ports.clock.now().toISOString(),
  });
  const [stored] = await ports.store.commit(commitContext(ports, principal), [
    putChange('reviewTeam', { ...team, informationRequests: requests }, team.version),
  ]);
  return withItems(stored.informationRequests);
}

/**
 * Hands the assessment back to the review team: every item answered and every applicable standard rated, it
 * moves returned -> in progress -> submitted (the state machine's two steps, in one commit).
 */
export async function handBack(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  expectedVersion: number,
): Promise<Assessment> {
  const review = await loadReview(ports, principal, assessmentId);
  authorize(principal, 'information.answer', review.resource);
  const team = requireRequests(review);
  const unanswered = unansweredBecause(team.informationRequests);
  if (unanswered !== null) throw new DomainError('information_unanswered', unanswered, 'items');
  const { assessment } = review;
  const resumed = assessment.state === 'returned' ? nextState(assessment.state, 'resume') : assessment.state;
  const state = nextState(resumed, 'submit');
  const [framework, responses] = await Promise.all([
    loadFramework(ports, assessment.frameworkVersionId),
    ports.store.query('response', { assessmentId }),
  ]);
  const gaps = submissionGaps(framework, assessment.subject.kind, responses);
  if (gaps.length > 0) {
    throw new DomainError(
      'incomplete_assessment',
      `${gaps.length} standard${gaps.length === 1 ? ' needs' : 's need'} a rating (or a reason for not applicable) before the assessment can go back to the review team: ${gaps
        .slice(0, 10)
        .map((g) => g.standardCode)
        .join(', ')}${gaps.length > 10 ? ', ...' : ''}.`,
      'responses',
      { gaps },
    );
  }
  const now = ports.clock.now().toISOString();
  const [stored] = await ports.store.commit(commitContext(ports, principal), [
    putChange('assessment', { ...assessment, state, updatedAt: now, submittedAt: now }, expectedVersion),
  ]);
  return stored;
}

/**
 * What the review team asked for when it returned the assessment: the service reads it (with the assessment
 * itself) to know what to add before resubmitting.
 */
export async function getInformationRequests(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
): Promise<readonly InformationRequestWithItems[]> {
  const review = await loadReview(ports, principal, assessmentId);
  authorize(principal, 'assessment.read', review.resource);
  return withItems(review.team?.informationRequests ?? []);
}
