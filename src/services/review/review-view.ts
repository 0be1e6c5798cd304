import { agreementByTheme, type AgreementReport } from '../../domain/agreement';
import { applicableStandards } from '../../domain/applicability';
import type { AssessmentState, Rating } from '../../domain/assessment';
import type { StandardType } from '../../domain/framework';
import type { AgreedRating, Finding, InformationRequest, ReviewerRole, ReviewVisit } from '../../domain/review';
import { agreedRatingGaps, notUnderReviewBecause, type AgreementGap } from '../../domain/review-rules';
import { authorize, type Principal } from '../access-policy';
import type { Ports } from '../context';
import { loadFramework } from '../network/frameworks';
import { type Permissions, permission } from '../permission';
import { loadReview, notLeadBecause, notMemberBecause } from './review-context';

export interface ReviewerOpinionView {
  readonly reviewerId: string;
  readonly name: string;
  readonly role: ReviewerRole;
  readonly rating: Rating;
  readonly comment: string;
  readonly version: number;
}

export interface StandardReviewLine {
  readonly standardCode: string;
  readonly title: string;
  /** The standard in everyday words (experts by experience read this first); null when the framework has none. */
  readonly plainEnglish: string | null;
  readonly themeCode: string;
  readonly type: StandardType;
  readonly self: { readonly rating: Rating | null; readonly narrative: string; readonly naReason: string };
  /** Lead and peer reviewers. */
  readonly peer: readonly ReviewerOpinionView[];
  /** Experts by experience: kept and shown apart. */
  readonly expertByExperience: readonly ReviewerOpinionView[];
  readonly agreed: AgreedRating | null;
  readonly findings: readonly Finding[];
}

export interface ReviewView {
  readonly assessmentId: string;
  readonly state: AssessmentState;
  readonly team: readonly { personId: string; name: string; role: ReviewerRole }[];
  readonly visit: ReviewVisit | null;
  readonly informationRequests: readonly InformationRequest[];
  readonly myRole: ReviewerRole | null;
  readonly standards: readonly StandardReviewLine[];
  /** Self-assessment vs agreed ratings, per theme and overall. */
  readonly agreement: AgreementReport;
  /** Standards still without an agreed rating. */
  readonly missingAgreed: readonly AgreementGap[];
  /** What this person may do in the review now, and why not for the rest. */
  readonly allowed: Permissions<ReviewAct>;
}

/** What a person may do in a peer review: rate standards, record findings, record agreed ratings. */
export type ReviewAct = 'rate' | 'record_finding' | 'agree';

/** Self, peer and expert-by-experience ratings side by side, with the agreed rating and agreement measured. */
export async function getReviewView(ports: Ports, principal: Principal, assessmentId: string): Promise<ReviewView> {
  const review = await loadReview(ports, principal, assessmentId);
  authorize(principal, 'review.read', review.resource);
  const { assessment, team } = review;
  const [framework, responses, ratings, agreed, findings] = await Promise.all([
    loadFramework(ports, assessment.frameworkVersionId),
    ports.store.query('response', { assessmentId }),
    ports.store.query('reviewRating', { assessmentId }),
    ports.store.query('agreedRating', { assessmentId }),
    ports.store.query('finding', { assessmentId }),
  ]);
  const people = await ports.store.getMany('person', [
    ...new Set([...(team?.members.map((m) => m.personId) ?? []), ...ratings.map((r) => r.reviewerId)]),
  ]);
  const nameOf = new Map(people.map((p) => [p.id, p.displayName]));
  const responseBy = new Map(responses.map((r) => [r.standardCode, r]));
  const agreedBy = new Map(agreed.map((a) => [a.standardCode, a]));
  const opinion = (r: (typeof ratings)[number]): ReviewerOpinionView => ({
    reviewerId: r.reviewerId,
    name: nameOf.get(r.reviewerId) ?? r.reviewerId,
    role: r.reviewerRole,
    rating: r.rating,
    comment: r.comment,
    version: r.version,
  });
  const standards = applicableStandards(framework, assessment.subject.kind).map((s): StandardReviewLine => {
    const own = ratings.filter((r) => r.standardCode === s.code);
    const response = responseBy.get(s.code);
    return {
      standardCode: s.code,
      title: s.title,
      plainEnglish: s.plainEnglish ?? null,
      themeCode: s.themeCode,
      type: s.type,
      self: {
        rating: response?.rating ?? null,
        narrative: response?.narrative ?? '',
        naReason: response?.naReason ?? '',
      },
      peer: own.filter((r) => r.reviewerRole !== 'expert_by_experience').map(opinion),
      expertByExperience: own.filter((r) => r.reviewerRole === 'expert_by_experience').map(opinion),
      agreed: agreedBy.get(s.code) ?? null,
      findings: findings
        .filter((f) => f.standardCode === s.code)
        .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt)),
    };
  });
  return {
    assessmentId,
    state: assessment.state,
    team: (team?.members ?? []).map((m) => ({
      personId: m.personId,
      name: nameOf.get(m.personId) ?? m.personId,
      role: m.role,
    })),
    visit: team?.visit ?? null,
    informationRequests: team?.informationRequests ?? [],
    myRole: review.memberRole,
    standards,
    agreement: agreementByTheme(framework, assessment.subject.kind, responses, agreed),
    missingAgreed: agreedRatingGaps(framework, assessment.subject.kind, agreed),
    allowed: {
      rate: permission(
        principal,
        'review.rate',
        review.resource,
        notMemberBecause(review, 'rate standards in this review'),
        notUnderReviewBecause(assessment.state),
      ),
      record_finding: permission(
        principal,
        'review.rate',
        review.resource,
        notMemberBecause(review, 'record findings in this review'),
        notUnderReviewBecause(assessment.state),
      ),
      agree: permission(
        principal,
        'review.agree',
        review.resource,
        notLeadBecause(review, 'record agreed ratings'),
        notUnderReviewBecause(assessment.state),
      ),
    },
  };
}

/**
 * What the review team asked for when it returned the assessment: the service reads it (with the assessment
 * itself) to know what to add before resubmitting.
 */
export async function getInformationRequests(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
): Promise<readonly InformationRequest[]> {
  const review = await loadReview(ports, principal, assessmentId);
  authorize(principal, 'assessment.read', review.resource);
  return review.team?.informationRequests ?? [];
}
