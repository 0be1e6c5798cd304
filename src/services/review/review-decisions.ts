import type { ActionItem } from '../../domain/action-plan';
import type { Assessment, Rating } from '../../domain/assessment';
import { nextState } from '../../domain/assessment-state';
import { DomainError } from '../../domain/errors';
import type { ReportRecord } from '../../domain/report';
import { agreedRatingId, type AgreedRating, type ReviewTeam } from '../../domain/review';
import {
  agreedRatingGaps,
  checkReviewCanBeAgreed,
  checkReviewCanStart,
  checkUnderReview,
  validateAgreedRating,
} from '../../domain/review-rules';
import { newInformationRequest, type NewItem } from '../../domain/information-requests';
import { authorize, type Principal } from '../access-policy';
import { proposeActions } from '../actions/action-proposals';
import { commitContext, putChange, putOne, today, type Ports } from '../context';
import { loadFramework } from '../network/frameworks';
import { loadReview, requireLead, reviewWindowOf } from './review-context';
import { storedTeamViolations } from './review-teams';
import { requireApplicableStandard } from './reviewing';
import { fileReport } from '../reports/report-filing';

/** Starts the review: inside the peer review window only, and with a team that keeps every rule. */
export async function startReview(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  expectedVersion: number,
): Promise<Assessment> {
  const review = await loadReview(ports, principal, assessmentId);
  authorize(principal, 'assessment.review', review.resource);
  const state = nextState(review.assessment.state, 'begin_review');
  checkReviewCanStart({
    cycleName: review.cycle.name,
    window: reviewWindowOf(review),
    today: today(ports),
    hasTeam: review.team !== undefined,
    violations: await storedTeamViolations(ports, review),
  });
  const now = ports.clock.now().toISOString();
  return putOne(ports, principal, 'assessment', { ...review.assessment, state, updatedAt: now }, expectedVersion);
}

/** The lead reviewer records the team's agreed rating of a standard, with the rationale for it. */
export async function recordAgreedRating(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  standardCode: string,
  input: { rating: Rating; rationale: string; version: number },
): Promise<AgreedRating> {
  const review = await loadReview(ports, principal, assessmentId);
  authorize(principal, 'review.agree', review.resource);
  requireLead(review, 'record agreed ratings');
  checkUnderReview(review.assessment.state);
  await requireApplicableStandard(ports, review, standardCode);
  validateAgreedRating(input);
  const agreed: AgreedRating = {
    id: agreedRatingId(assessmentId, standardCode),
    version: input.version,
    assessmentId,
    cycleId: review.assessment.cycleId,
    standardCode,
    rating: input.rating,
    rationale: input.rationale.trim(),
    agreedBy: principal.person.id,
    agreedAt: ports.clock.now().toISOString(),
  };
  return putOne(ports, principal, 'agreedRating', agreed, input.version);
}

/** Hands the assessment back to the service with what the team needs; the service resumes, adds, resubmits. */
export async function returnForInformation(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  input: { message: string; items?: readonly NewItem[]; version: number },
): Promise<Assessment> {
  const review = await loadReview(ports, principal, assessmentId);
  authorize(principal, 'assessment.review', review.resource);
  const state = nextState(review.assessment.state, 'return');
  if (!review.team) {
    throw new DomainError(
      'no_review_team',
      'Only a review team returns an assessment for more information, and this one has no team yet.',
      'team',
    );
  }
  const now = ports.clock.now().toISOString();
  const asked = input.items ?? [];
  await Promise.all(
    [...new Set(asked.flatMap((i) => (i.standardCode ? [i.standardCode] : [])))].map((code) =>
      requireApplicableStandard(ports, review, code),
    ),
  );
  const request = newInformationRequest(review.team.informationRequests, {
    message: input.message,
    items: asked,
    by: principal.person.id,
    at: now,
  });
  const team: ReviewTeam = {
    ...review.team,
    informationRequests: [...review.team.informationRequests, request],
  };
  const [stored] = await ports.store.commit(commitContext(ports, principal), [
    putChange('assessment', { ...review.assessment, state, updatedAt: now }, input.version),
    putChange('reviewTeam', team, review.team.version),
  ]);
  return stored;
}

export interface AgreedReview {
  readonly assessment: Assessment;
  /** One proposed action per area for improvement and immediate concern (where an owner could be found). */
  readonly proposedActions: readonly ActionItem[];
  /** The draft report, generated at once; null when generation failed (see reportProblem). */
  readonly report: ReportRecord | null;
  readonly reportProblem: string | null;
}

/**
 * Agrees the review once every applicable standard has an agreed rating. In the same commit each area for
 * improvement and immediate concern gets a proposed action; then the draft report is generated and filed at once.
 * A failed report does not undo the agreement (it was agreed): it is reported, and can be generated again.
 */
export async function agreeReview(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  expectedVersion: number,
): Promise<AgreedReview> {
  const review = await loadReview(ports, principal, assessmentId);
  authorize(principal, 'assessment.review', review.resource);
  requireLead(review, 'agree the review');
  const state = nextState(review.assessment.state, 'agree');
  const [framework, agreed, findings] = await Promise.all([
    loadFramework(ports, review.assessment.frameworkVersionId),
    ports.store.query('agreedRating', { assessmentId }),
    ports.store.query('finding', { assessmentId }),
  ]);
  checkReviewCanBeAgreed(agreedRatingGaps(framework, review.assessment.subject.kind, agreed));
  const now = ports.clock.now().toISOString();
  // The agreement date is kept: impact over time measures the time from it to each action's completion.
  const assessment: Assessment = { ...review.assessment, state, agreedAt: now, updatedAt: now };
  const actions = await proposeActions(ports, assessment, findings, now);
  const [agreedAssessment, ...proposedActions] = await ports.store.commit(commitContext(ports, principal), [
    putChange('assessment', assessment, expectedVersion),
    ...actions.map((a) => putChange('action', a, 0)),
  ]);
  try {
    const report = await fileReport(ports, principal.person.id, agreedAssessment, review.cycle);
    return {
      assessment: agreedAssessment,
      proposedActions,
      report,
      reportProblem: null,
    };
  } catch (error) {
    return {
      assessment: agreedAssessment,
      proposedActions,
      report: null,
      reportProblem: `The review is agreed, but its report could not be generated: ${(error as Error).message} A network admin can generate it again.`,
    };
  }
}
