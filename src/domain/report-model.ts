import type { StandardEvidence } from './questionnaires/questionnaire-evidence';
import { agreementByTheme, type AgreementReport } from './agreement';
import { applicableStandards } from './applicability';
import type { Rating } from './assessment';
import type { FrameworkDraft } from './framework-draft';
import type { StandardType } from './framework';
import type { IsoDateTime } from './ids';
import type { FindingKind, ReviewerRole, ReviewVisit } from './review';
import { scoreAssessment, type ScoreReport } from './scoring';

export interface RatingInput {
  readonly standardCode: string;
  readonly rating: Rating | null;
}

export interface ReviewerRatingInput {
  readonly standardCode: string;
  readonly reviewerName: string;
  readonly reviewerRole: ReviewerRole;
  readonly rating: Rating;
  readonly comment: string;
}

export interface FindingInput {
  readonly standardCode: string;
  readonly kind: FindingKind;
  readonly text: string;
  /** The service or organisation the finding is about (organisation reports list several). */
  readonly subjectName?: string;
}

export interface TeamLine {
  readonly name: string;
  readonly role: ReviewerRole;
  readonly organisationName: string;
}

export interface ServiceReportInput {
  readonly framework: FrameworkDraft;
  readonly subjectKind: 'service' | 'organisation';
  readonly subjectName: string;
  readonly organisationName: string;
  readonly description: string;
  readonly cycleName: string;
  readonly generatedAt: IsoDateTime;
  readonly team: readonly TeamLine[];
  readonly visit: ReviewVisit | null;
  readonly self: readonly RatingInput[];
  readonly reviewerRatings: readonly ReviewerRatingInput[];
  readonly agreed: readonly (RatingInput & { readonly rationale: string })[];
  readonly findings: readonly FindingInput[];
  /** The same subject in the previous cycle, scored on its ratings of record. */
  readonly previous: {
    readonly cycleName: string;
    readonly framework: FrameworkDraft;
    readonly ratings: readonly RatingInput[];
  } | null;
  /** What the service's questionnaires say per standard (issue 17); nothing under a run's minimum. */
  readonly questionnaires?: readonly StandardEvidence[];
}

export interface FindingLine {
  readonly standardCode: string;
  readonly standardTitle: string;
  readonly themeCode: string;
  readonly kind: FindingKind;
  readonly text: string;
  readonly subjectName: string;
}

export interface ReviewerOpinion {
  readonly reviewer: string;
  readonly role: ReviewerRole;
  readonly rating: Rating;
  readonly comment: string;
}

export interface StandardRow {
  readonly code: string;
  readonly title: string;
  readonly themeCode: string;
  readonly type: StandardType;
  readonly self: Rating | null;
  /** Lead and peer reviewers. */
  readonly peer: readonly ReviewerOpinion[];
  /** Experts by experience, kept apart. */
  readonly expert: readonly ReviewerOpinion[];
  readonly agreed: Rating | null;
  readonly rationale: string;
}

export interface ThemeLine {
  readonly themeCode: string;
  readonly title: string;
  readonly selfPercent: number | null;
  readonly agreedPercent: number | null;
  readonly previousPercent: number | null;
}

export interface ServiceReportModel {
  readonly kind: 'service';
  readonly subjectKind: 'service' | 'organisation';
  readonly subjectName: string;
  readonly organisationName: string;
  readonly description: string;
  readonly cycleName: string;
  readonly frameworkName: string;
  readonly generatedAt: IsoDateTime;
  readonly team: readonly TeamLine[];
  readonly visit: ReviewVisit | null;
  /** Scores of the agreed ratings: what the report stands on. */
  readonly scores: ScoreReport;
  readonly selfScores: ScoreReport;
  readonly previous: { readonly cycleName: string; readonly scores: ScoreReport } | null;
  readonly themes: readonly ThemeLine[];
  readonly recognitionDescription: string;
  readonly strengths: readonly FindingLine[];
  readonly areasForImprovement: readonly FindingLine[];
  readonly immediateConcerns: readonly FindingLine[];
  readonly agreement: AgreementReport;
  readonly standards: readonly StandardRow[];
  /** What people said in questionnaires, per standard in framework order. */
  readonly questionnaires: readonly StandardEvidence[];
}

/** Finding lines of one kind in framework order, with the standard's title and theme filled in. */
export function findingLines(
  framework: FrameworkDraft,
  findings: readonly FindingInput[],
  kind: FindingKind,
  defaultSubject: string,
): FindingLine[] {
  const order = new Map(framework.standards.map((s, i) => [s.code, i]));
  return findings
    .filter((f) => f.kind === kind)
    .map((f) => {
      const standard = framework.standards.find((s) => s.code === f.standardCode);
      return {
        standardCode: f.standardCode,
        standardTitle: standard?.title ?? '',
        themeCode: standard?.themeCode ?? '',
        kind: f.kind,
        text: f.text,
        subjectName: f.subjectName ?? defaultSubject,
      };
    })
    .sort((a, b) => (order.get(a.standardCode) ?? 1e9) - (order.get(b.standardCode) ?? 1e9));
}

/** Everything a service (or organisation-level) report shows, worked out from the stored review. */
export function buildServiceReportModel(input: ServiceReportInput): ServiceReportModel {
  const { framework, subjectKind } = input;
  const scores = scoreAssessment(framework, subjectKind, input.agreed);
  const selfScores = scoreAssessment(framework, subjectKind, input.self);
  const previous = input.previous
    ? {
        cycleName: input.previous.cycleName,
        scores: scoreAssessment(input.previous.framework, subjectKind, input.previous.ratings),
      }
    : null;
  const percentOf = (report: ScoreReport | undefined, code: string) =>
    report?.byTheme.find((t) => t.themeCode === code)?.score.percent ?? null;
  const selfBy = new Map(input.self.map((r) => [r.standardCode, r.rating]));
  const agreedBy = new Map(input.agreed.map((r) => [r.standardCode, r]));
  const opinions = (code: string, expert: boolean): ReviewerOpinion[] =>
    input.reviewerRatings
      .filter((r) => r.standardCode === code && (r.reviewerRole === 'expert_by_experience') === expert)
      .map((r) => ({ reviewer: r.reviewerName, role: r.reviewerRole, rating: r.rating, comment: r.comment }));
  const level = framework.recognitionLevels.find((l) => l.name === scores.recognition.level);
  const order = new Map(framework.standards.map((s, i) => [s.code, i]));
  return {
    kind: 'service',
    subjectKind,
    subjectName: input.subjectName,
    organisationName: input.organisationName,
    description: input.description,
    cycleName: input.cycleName,
    frameworkName: framework.name,
    generatedAt: input.generatedAt,
    team: input.team,
    visit: input.visit,
    scores,
    selfScores,
    previous,
    themes: framework.themes.map((t) => ({
      themeCode: t.code,
      title: t.title,
      selfPercent: percentOf(selfScores, t.code),
      agreedPercent: percentOf(scores, t.code),
      previousPercent: percentOf(previous?.scores, t.code),
    })),
    recognitionDescription: level?.description ?? '',
    strengths: findingLines(framework, input.findings, 'good_practice', input.subjectName),
    areasForImprovement: findingLines(framework, input.findings, 'area_for_improvement', input.subjectName),
    immediateConcerns: findingLines(framework, input.findings, 'immediate_concern', input.subjectName),
    agreement: agreementByTheme(framework, subjectKind, input.self, input.agreed),
    standards: applicableStandards(framework, subjectKind).map((s) => ({
      code: s.code,
      title: s.title,
      themeCode: s.themeCode,
      type: s.type,
      self: selfBy.get(s.code) ?? null,
      peer: opinions(s.code, false),
      expert: opinions(s.code, true),
      agreed: agreedBy.get(s.code)?.rating ?? null,
      rationale: agreedBy.get(s.code)?.rationale ?? '',
    })),
    questionnaires: [...(input.questionnaires ?? [])].sort(
      (a, b) => (order.get(a.standardCode) ?? 1e9) - (order.get(b.standardCode) ?? 1e9),
    ),
  };
}
