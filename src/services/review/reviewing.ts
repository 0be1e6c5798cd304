import { appliesTo, findStandard } from '../../domain/applicability';
import type { Rating } from '../../domain/assessment';
import { DomainError } from '../../domain/errors';
import { reviewerRatingId, type Finding, type FindingKind, type ReviewerRating } from '../../domain/review';
import { checkUnderReview, validateFindingText, validateReviewerRating } from '../../domain/review-rules';
import { authorize, type Principal } from '../access-policy';
import { commitContext, putOne, type Ports } from '../context';
import { NotFoundError } from '../errors';
import { loadFramework } from '../network/frameworks';
import { loadReview, notFindingAuthorBecause, requireMember, type LoadedReview } from './review-context';

/** The standard must be one the assessment rates: reviewers rate what the service rated. */
export async function requireApplicableStandard(ports: Ports, review: LoadedReview, code: string): Promise<void> {
  const framework = await loadFramework(ports, review.assessment.frameworkVersionId);
  const standard = findStandard(framework, code);
  if (standard && appliesTo(standard.level, review.assessment.subject.kind)) return;
  throw new DomainError(
    'unknown_standard',
    standard
      ? `Standard ${code} does not apply to a ${review.assessment.subject.kind} assessment.`
      : `There is no standard ${code} in ${framework.name}.`,
    'standardCode',
  );
}

/** A team member's own rating and comment for one standard; a stale version is a conflict, never an overwrite. */
export async function rateStandard(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  standardCode: string,
  input: { rating: Rating; comment: string; version: number },
): Promise<ReviewerRating> {
  const review = await loadReview(ports, principal, assessmentId);
  authorize(principal, 'review.rate', review.resource);
  const role = requireMember(review, 'rate standards in this review');
  checkUnderReview(review.assessment.state);
  await requireApplicableStandard(ports, review, standardCode);
  validateReviewerRating(input);
  const rating: ReviewerRating = {
    id: reviewerRatingId(assessmentId, standardCode, principal.person.id),
    version: input.version,
    assessmentId,
    cycleId: review.assessment.cycleId,
    standardCode,
    reviewerId: principal.person.id,
    reviewerRole: role,
    rating: input.rating,
    comment: input.comment.trim(),
    updatedAt: ports.clock.now().toISOString(),
  };
  return putOne(ports, principal, 'reviewRating', rating, input.version);
}

export interface FindingInput {
  readonly standardCode: string;
  readonly kind: FindingKind;
  readonly text: string;
}

export async function addFinding(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  input: FindingInput,
): Promise<Finding> {
  const review = await loadReview(ports, principal, assessmentId);
  authorize(principal, 'review.rate', review.resource);
  requireMember(review, 'record findings in this review');
  checkUnderReview(review.assessment.state);
  await requireApplicableStandard(ports, review, input.standardCode);
  validateFindingText(input.text);
  const finding: Finding = {
    id: ports.ids.newId(),
    version: 0,
    assessmentId,
    cycleId: review.assessment.cycleId,
    standardCode: input.standardCode,
    kind: input.kind,
    text: input.text.trim(),
    recordedBy: principal.person.id,
    recordedAt: ports.clock.now().toISOString(),
  };
  return putOne(ports, principal, 'finding', finding, 0);
}

/** A finding is changed by whoever recorded it, or by the lead reviewer who pulls the team's findings together. */
async function loadOwnFinding(ports: Ports, principal: Principal, assessmentId: string, findingId: string) {
  const review = await loadReview(ports, principal, assessmentId);
  authorize(principal, 'review.rate', review.resource);
  requireMember(review, 'change findings in this review');
  checkUnderReview(review.assessment.state);
  const finding = await ports.store.get('finding', findingId);
  if (!finding || finding.assessmentId !== assessmentId) throw new NotFoundError('finding', findingId);
  const notAuthor = notFindingAuthorBecause(review, principal, finding);
  if (notAuthor !== null) throw new DomainError('not_your_finding', notAuthor, 'findingId');
  return { review, finding };
}

export async function updateFinding(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  findingId: string,
  input: { kind: FindingKind; text: string; version: number },
): Promise<Finding> {
  const { finding } = await loadOwnFinding(ports, principal, assessmentId, findingId);
  validateFindingText(input.text);
  return putOne(ports, principal, 'finding', { ...finding, kind: input.kind, text: input.text.trim() }, input.version);
}

export async function deleteFinding(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  findingId: string,
  version: number,
): Promise<void> {
  await loadOwnFinding(ports, principal, assessmentId, findingId);
  await ports.store.commit(commitContext(ports, principal), [
    { op: 'delete', kind: 'finding', id: findingId, expectedVersion: version },
  ]);
}
