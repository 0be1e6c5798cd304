import { applicableStandards } from '../../domain/applicability';
import { responseId, type Rating } from '../../domain/assessment';
import type { Standard } from '../../domain/framework';
import type { IsoDate } from '../../domain/ids';
import { notUnderReviewBecause } from '../../domain/review-rules';
import { reviewerRatingId, type ReviewerRating, type ReviewerRole } from '../../domain/review';
import { authorize, type Principal } from '../access-policy';
import { today, type Ports } from '../context';
import { NotFoundError } from '../errors';
import { loadFramework } from '../network/frameworks';
import { permission, type Permission } from '../permission';
import { daysBetween } from '../reminders/period';
import { loadReview, notMemberBecause, reviewWindowOf, type LoadedReview } from './review-context';

/** One standard as a reviewer sees it to rate in chat: what the service said, their own rating, and whether they may. */
export interface StandardForReview {
  readonly assessmentId: string;
  readonly subjectName: string;
  readonly organisationName: string;
  readonly cycleName: string;
  readonly standard: Standard;
  readonly themeTitle: string;
  /** The service's own rating and narrative from its self-assessment. */
  readonly self: { readonly rating: Rating | null; readonly narrative: string; readonly naReason: string };
  /** This reviewer's rating and comment so far, or null before they rate. */
  readonly mine: ReviewerRating | null;
  /** The version a save must carry: the rating read here (0 before the first one). */
  readonly version: number;
  readonly myRole: ReviewerRole | null;
  readonly windowEnd: IsoDate;
  readonly daysLeft: number;
  /** Whether this person may record a rating now, and if not, why not. */
  readonly rate: Permission;
  /** Applicable standards this reviewer has still to rate, in framework order. */
  readonly stillToRate: readonly string[];
}

async function myRatings(ports: Ports, principal: Principal, assessmentId: string): Promise<Set<string>> {
  const ratings = await ports.store.query('reviewRating', { assessmentId });
  return new Set(ratings.filter((r) => r.reviewerId === principal.person.id).map((r) => r.standardCode));
}

function ratePermission(principal: Principal, review: LoadedReview): Permission {
  return permission(
    principal,
    'review.rate',
    review.resource,
    notMemberBecause(review, 'rate standards in this review'),
    notUnderReviewBecause(review.assessment.state),
  );
}

/**
 * A standard of a review for one reviewer to rate: the one named, or (without one) the first applicable standard
 * they have not rated yet. Null when they have rated every standard.
 */
export async function standardForReview(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  standardCode?: string,
): Promise<StandardForReview | null> {
  const review = await loadReview(ports, principal, assessmentId);
  authorize(principal, 'review.read', review.resource);
  const { assessment, cycle } = review;
  const [framework, rated] = await Promise.all([
    loadFramework(ports, assessment.frameworkVersionId),
    myRatings(ports, principal, assessmentId),
  ]);
  const applicable = applicableStandards(framework, assessment.subject.kind);
  const stillToRate = applicable.map((s) => s.code).filter((code) => !rated.has(code));
  const code = standardCode ?? stillToRate[0];
  if (code === undefined) return null;
  // Reviewers rate what the service rated: a standard that does not apply to it is not in the review.
  const standard = applicable.find((s) => s.code === code);
  if (!standard) throw new NotFoundError('standard in this review', code);
  const subject = assessment.subject;
  const [response, mine, organisation, service] = await Promise.all([
    ports.store.get('response', responseId(assessmentId, code)),
    ports.store.get('reviewRating', reviewerRatingId(assessmentId, code, principal.person.id)),
    ports.store.get('organisation', subject.organisationId),
    subject.kind === 'service' ? ports.store.get('service', subject.serviceId) : undefined,
  ]);
  const windowEnd = reviewWindowOf(review).end;
  return {
    assessmentId,
    subjectName: service?.name ?? organisation?.name ?? '',
    organisationName: organisation?.name ?? '',
    cycleName: cycle.name,
    standard,
    themeTitle: framework.themes.find((t) => t.code === standard.themeCode)?.title ?? '',
    self: {
      rating: response?.rating ?? null,
      narrative: response?.narrative ?? '',
      naReason: response?.naReason ?? '',
    },
    mine: mine ?? null,
    version: mine?.version ?? 0,
    myRole: review.memberRole,
    windowEnd,
    daysLeft: daysBetween(today(ports), windowEnd),
    rate: ratePermission(principal, review),
    stillToRate,
  };
}
