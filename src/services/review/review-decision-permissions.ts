import { transitionRefusal } from '../../domain/assessment-state';
import { agreedRatingsMissingBecause, reviewStartProblem, type AgreementGap } from '../../domain/review-rules';
import type { Principal } from '../access-policy';
import { today, type Ports } from '../context';
import { type Permissions, permission } from '../permission';
import { notLeadBecause, reviewWindowOf, type LoadedReview } from './review-context';
import { storedTeamViolations } from './review-teams';

/**
 * The review's decisions with the reason each cannot be taken now, checked as the decisions themselves check them
 * (review-decisions.ts). The team rules are read only when starting is otherwise possible: they cost a pool read.
 */
export async function decisionPermissions(
  ports: Ports,
  principal: Principal,
  review: LoadedReview,
  gaps: readonly AgreementGap[],
): Promise<Permissions<'start' | 'return' | 'agree_review'>> {
  const { state } = review.assessment;
  const startRefusal = transitionRefusal(state, 'begin_review');
  const canStart = startRefusal === null && permission(principal, 'assessment.review', review.resource).allowed;
  const startProblem = canStart
    ? reviewStartProblem({
        cycleName: review.cycle.name,
        window: reviewWindowOf(review),
        today: today(ports),
        hasTeam: review.team !== undefined,
        violations: await storedTeamViolations(ports, review),
      })
    : null;
  return {
    start: permission(principal, 'assessment.review', review.resource, startRefusal, startProblem?.message ?? null),
    return: permission(
      principal,
      'assessment.review',
      review.resource,
      transitionRefusal(state, 'return'),
      review.team
        ? null
        : 'Only a review team returns an assessment for more information, and this one has no team yet.',
    ),
    agree_review: permission(
      principal,
      'assessment.review',
      review.resource,
      notLeadBecause(review, 'agree the review'),
      transitionRefusal(state, 'agree'),
      agreedRatingsMissingBecause(gaps),
    ),
  };
}
