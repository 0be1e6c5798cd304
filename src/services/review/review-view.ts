import {
  agreementByTheme,
  reviewAgreementByTheme,
  type AgreementReport,
  type ThemeReviewAgreement,
} from '../../domain/agreement';
import { applicableStandards } from '../../domain/applicability';
import type { AssessmentState, Rating } from '../../domain/assessment';
import { withItems, type InformationRequestWithItems } from '../../domain/information-requests';
import type { StandardType } from '../../domain/framework';
import type { AgreedRating, Finding, ReviewerRole, ReviewVisit } from '../../domain/review';
import { agreedRatingGaps, notUnderReviewBecause, type AgreementGap } from '../../domain/review-rules';
import { authorize, type Principal } from '../access-policy';
import type { Ports } from '../context';
import { subjectIdOf, subjectNames } from '../network/cycle-reads';
import { loadFramework } from '../network/frameworks';
import { actionPlanNotOpenBecause } from '../../domain/action-plan';
import { type Permission, type Permissions, permission } from '../permission';
import { loadReview, notFindingAuthorBecause, notLeadBecause, notMemberBecause } from './review-context';
import { decisionPermissions } from './review-decision-permissions';
import { mayReadTeamFiles } from './review-evidence';
import { isReviewTeamEvidence } from '../../domain/evidence';

export interface ReviewerOpinionView {
  readonly reviewerId: string;
  readonly name: string;
  readonly role: ReviewerRole;
  readonly rating: Rating;
  readonly comment: string;
  readonly version: number;
  readonly updatedAt: string;
}

/** An evidence file as a reviewer sees it: its name to download it by (through the API), who added it and when. */
export interface EvidenceFileView {
  readonly id: string;
  readonly fileName: string;
  readonly sizeBytes: number;
  readonly uploadedBy: string;
  readonly uploadedByName: string;
  readonly uploadedAt: string;
}

/** A finding with who recorded it, and whether the person reading may change or delete it (and why not). */
export interface FindingView extends Finding {
  readonly recordedByName: string;
  readonly allowed: Permissions<'change'>;
}

/** How far one member of the team has got: standards they rated and standards still to rate. */
export interface ReviewerProgress {
  readonly personId: string;
  readonly name: string;
  readonly role: ReviewerRole;
  readonly rated: number;
  readonly toRate: number;
}

export interface StandardReviewLine {
  readonly standardCode: string;
  readonly title: string;
  /** The standard's full wording, as the framework gives it. */
  readonly text: string;
  /** The standard in everyday words (experts by experience read this first); null when the framework has none. */
  readonly plainEnglish: string | null;
  readonly themeCode: string;
  readonly type: StandardType;
  readonly self: { readonly rating: Rating | null; readonly narrative: string; readonly naReason: string };
  /** The service's evidence files linked to this standard (never the review team's own files). */
  readonly selfEvidence: readonly EvidenceFileView[];
  /** The signed-in reviewer's own rating and comment, or null before they rate. */
  readonly mine: ReviewerOpinionView | null;
  /** What the signed-in person may do on this standard, and why not. */
  readonly allowed: Permissions<'rate' | 'record_finding'>;
  /** Lead and peer reviewers. */
  readonly peer: readonly ReviewerOpinionView[];
  /** Experts by experience: kept and shown apart. */
  readonly expertByExperience: readonly ReviewerOpinionView[];
  readonly agreed: AgreedRating | null;
  readonly findings: readonly FindingView[];
}

export interface ReviewView {
  readonly assessmentId: string;
  /** The service (or organisation) under review. */
  readonly subjectName: string;
  readonly state: AssessmentState;
  readonly team: readonly { personId: string; name: string; role: ReviewerRole }[];
  readonly visit: ReviewVisit | null;
  /** Each request as a list of items, with the service's answers beside them. */
  readonly informationRequests: readonly InformationRequestWithItems[];
  readonly myRole: ReviewerRole | null;
  /** The framework's themes that hold standards of this assessment, in order, for theme-by-theme reading. */
  readonly themes: readonly { readonly code: string; readonly title: string }[];
  readonly standards: readonly StandardReviewLine[];
  /** Each team member's progress: rated and still to rate. */
  readonly progress: readonly ReviewerProgress[];
  /**
   * The review team's own files (visit notes, photos, documents), apart from the service's evidence. Empty for
   * anyone outside the team but the network admin.
   */
  readonly teamEvidence: readonly EvidenceFileView[];
  /** Self-assessment vs agreed ratings, per theme and overall. */
  readonly agreement: AgreementReport;
  /** Per theme: self vs peer reviewers and self vs agreed, with the figures in words. */
  readonly reviewAgreement: readonly ThemeReviewAgreement[];
  /** Standards still without an agreed rating. */
  readonly missingAgreed: readonly AgreementGap[];
  /** What this person may do in the review now, and why not for the rest. */
  readonly allowed: Permissions<ReviewAct>;
  /** Whether the person may open the recognition decision (linked from the review's pages once it is agreed). */
  readonly readRecognition: Permission;
  /** Whether the person may open the review's report (linked from the review's pages once it is agreed). */
  readonly readReport: Permission;
  /** Whether the person may read what the service's questionnaires say, beside the standards they inform. */
  readonly readQuestionnaires: Permission;
}

/**
 * What a person may do in a peer review: rate standards, record findings, record agreed ratings, add the team's
 * files, and the review's decisions (start it, return it for information, agree it).
 */
export type ReviewAct =
  'rate' | 'record_finding' | 'agree' | 'add_evidence' | 'start' | 'return' | 'agree_review' | 'read_actions';

/** Self, peer and expert-by-experience ratings side by side, with the agreed rating and agreement measured. */
export async function getReviewView(ports: Ports, principal: Principal, assessmentId: string): Promise<ReviewView> {
  const review = await loadReview(ports, principal, assessmentId);
  authorize(principal, 'review.read', review.resource);
  const { assessment, team } = review;
  const [framework, responses, ratings, agreed, findings, evidence] = await Promise.all([
    loadFramework(ports, assessment.frameworkVersionId),
    ports.store.query('response', { assessmentId }),
    ports.store.query('reviewRating', { assessmentId }),
    ports.store.query('agreedRating', { assessmentId }),
    ports.store.query('finding', { assessmentId }),
    ports.store.query('evidence', { assessmentId }),
  ]);
  const [people, subjects] = await Promise.all([
    ports.store.getMany('person', [
      ...new Set([
        ...(team?.members.map((m) => m.personId) ?? []),
        ...ratings.map((r) => r.reviewerId),
        ...findings.map((f) => f.recordedBy),
        ...evidence.map((e) => e.uploadedBy),
      ]),
    ]),
    subjectNames(ports, [assessment]),
  ]);
  const gaps = agreedRatingGaps(framework, assessment.subject.kind, agreed);
  const names = new Map(people.map((p) => [p.id, p.displayName]));
  const nameOf = (id: string): string => names.get(id) ?? (id.startsWith('system:') ? 'the network (demo data)' : id);
  const fileView = (e: (typeof evidence)[number]): EvidenceFileView => ({
    id: e.id,
    fileName: e.fileName,
    sizeBytes: e.sizeBytes,
    uploadedBy: e.uploadedBy,
    uploadedByName: nameOf(e.uploadedBy),
    uploadedAt: e.uploadedAt,
  });
  const serviceFiles = new Map(evidence.filter((e) => !isReviewTeamEvidence(e)).map((e) => [e.id, fileView(e)]));
  const notUnderReview = notUnderReviewBecause(assessment.state);
  const rate = permission(
    principal,
    'review.rate',
    review.resource,
    notMemberBecause(review, 'rate standards in this review'),
    notUnderReview,
  );
  const recordFinding = permission(
    principal,
    'review.rate',
    review.resource,
    notMemberBecause(review, 'record findings in this review'),
    notUnderReview,
  );
  const findingView = (f: (typeof findings)[number]): FindingView => ({
    ...f,
    recordedByName: nameOf(f.recordedBy),
    allowed: {
      change: permission(
        principal,
        'review.rate',
        review.resource,
        notMemberBecause(review, 'change findings in this review'),
        notUnderReview,
        notFindingAuthorBecause(review, principal, f),
      ),
    },
  });
  const responseBy = new Map(responses.map((r) => [r.standardCode, r]));
  const agreedBy = new Map(agreed.map((a) => [a.standardCode, a]));
  const opinion = (r: (typeof ratings)[number]): ReviewerOpinionView => ({
    reviewerId: r.reviewerId,
    name: nameOf(r.reviewerId),
    role: r.reviewerRole,
    rating: r.rating,
    comment: r.comment,
    version: r.version,
    updatedAt: r.updatedAt,
  });
  const standards = applicableStandards(framework, assessment.subject.kind).map((s): StandardReviewLine => {
    const own = ratings.filter((r) => r.standardCode === s.code);
    const response = responseBy.get(s.code);
    const mine = own.find((r) => r.reviewerId === principal.person.id);
    return {
      standardCode: s.code,
      title: s.title,
      text: s.text,
      plainEnglish: s.plainEnglish ?? null,
      themeCode: s.themeCode,
      type: s.type,
      self: {
        rating: response?.rating ?? null,
        narrative: response?.narrative ?? '',
        naReason: response?.naReason ?? '',
      },
      selfEvidence: (response?.evidenceIds ?? []).flatMap((id) => serviceFiles.get(id) ?? []),
      mine: mine ? opinion(mine) : null,
      allowed: { rate, record_finding: recordFinding },
      peer: own.filter((r) => r.reviewerRole !== 'expert_by_experience').map(opinion),
      expertByExperience: own.filter((r) => r.reviewerRole === 'expert_by_experience').map(opinion),
      agreed: agreedBy.get(s.code) ?? null,
      findings: findings
        .filter((f) => f.standardCode === s.code)
        .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt))
        .map(findingView),
    };
  });
  const rateable = new Set(standards.map((s) => s.standardCode));
  return {
    assessmentId,
    subjectName: subjects.get(subjectIdOf(assessment)) ?? subjectIdOf(assessment),
    state: assessment.state,
    team: (team?.members ?? []).map((m) => ({
      personId: m.personId,
      name: nameOf(m.personId),
      role: m.role,
    })),
    visit: team?.visit ?? null,
    informationRequests: withItems(team?.informationRequests ?? []),
    myRole: review.memberRole,
    themes: framework.themes
      .filter((t) => standards.some((s) => s.themeCode === t.code))
      .map((t) => ({ code: t.code, title: t.title })),
    standards,
    progress: (team?.members ?? []).map((m): ReviewerProgress => {
      const rated = new Set(
        ratings.filter((r) => r.reviewerId === m.personId && rateable.has(r.standardCode)).map((r) => r.standardCode),
      ).size;
      return {
        personId: m.personId,
        name: nameOf(m.personId),
        role: m.role,
        rated,
        toRate: rateable.size - rated,
      };
    }),
    teamEvidence: mayReadTeamFiles(principal, review)
      ? evidence
          .filter(isReviewTeamEvidence)
          .sort((a, b) => a.uploadedAt.localeCompare(b.uploadedAt) || a.fileName.localeCompare(b.fileName))
          .map(fileView)
      : [],
    agreement: agreementByTheme(framework, assessment.subject.kind, responses, agreed),
    reviewAgreement: reviewAgreementByTheme(
      framework.themes,
      standards.map((l) => ({
        themeCode: l.themeCode,
        self: l.self.rating,
        peer: l.peer.map((p) => p.rating),
        agreed: l.agreed?.rating ?? null,
      })),
    ),
    missingAgreed: gaps,
    allowed: {
      rate,
      record_finding: recordFinding,
      agree: permission(
        principal,
        'review.agree',
        review.resource,
        notLeadBecause(review, 'record agreed ratings'),
        notUnderReview,
      ),
      add_evidence: permission(
        principal,
        'review.rate',
        review.resource,
        notMemberBecause(review, 'add files to this review'),
        notUnderReview,
      ),
      ...(await decisionPermissions(ports, principal, review, gaps)),
      // The action plan page, linked from the review's pages once the review is agreed.
      read_actions: permission(
        principal,
        'action.read',
        review.resource,
        actionPlanNotOpenBecause(review.assessment.state),
      ),
    },
    readRecognition: permission(
      principal,
      'recognition.read',
      review.resource,
      assessment.state === 'agreed' || assessment.state === 'closed'
        ? null
        : 'The recognition decision follows the agreed review.',
    ),
    readReport: permission(
      principal,
      'report.read',
      review.resource,
      assessment.state === 'agreed' || assessment.state === 'closed'
        ? null
        : 'The report is written once the review is agreed.',
    ),
    readQuestionnaires: permission(principal, 'questionnaire.results', review.resource),
  };
}
