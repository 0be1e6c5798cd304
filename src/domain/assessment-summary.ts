import type { Assessment, AssessmentSubject, Rating, StandardResponse } from './assessment';
import type { Versioned } from './ids';
import type { RecognitionRecord } from './recognition-decision';
import type { AgreedRating } from './review';
import { progressOf, type Progress } from './progress';
import type { ScoreReport } from './scoring';

/** Where one standard of an assessment stands: the service's own rating, and who it is assigned to. */
export interface StandardStanding {
  readonly rating: Rating | null;
  readonly assigneeId: string | null;
}

/** One standard of one assessment: its rating and who it is assigned to. */
export type StandardProgress = Pick<StandardResponse, 'assessmentId' | 'standardCode' | 'rating' | 'assigneeId'>;

/** The figures a person reading the list (or a Power BI report) wants, worked out from the standings. */
export interface SummaryFigures {
  readonly progress: Progress;
  readonly overallPercent: number | null;
  readonly themePercents: Readonly<Record<string, number | null>>;
  readonly typePercents: Readonly<Record<string, number | null>>;
  readonly recognitionLevel: string;
}

/**
 * One per assessment (id = the assessment's id), written in the same commit as every change to the assessment,
 * its responses, agreed ratings and recognition record, so network-wide views read one small item per assessment
 * and never every response (SharePoint refuses a query matching more than 5,000 items).
 */
export interface AssessmentSummary extends Versioned, SummaryFigures {
  readonly assessmentId: string;
  readonly cycleId: string;
  readonly frameworkVersionId: string;
  readonly subject: AssessmentSubject;
  readonly state: Assessment['state'];
  /** One per response, by standard code. */
  readonly standards: Readonly<Record<string, StandardStanding>>;
  /** The review team's agreed ratings, by standard code (the ratings of record once a review is agreed). */
  readonly agreed: Readonly<Record<string, Rating>>;
  /** The recognition panel's record (decisions and appeals), or null before any decision. */
  readonly recognition: RecognitionRecord | null;
}

/** What an assessment's summary is built from, when it is built whole (a new assessment, or one never summarised). */
export interface SummaryParts {
  readonly assessment: Assessment;
  readonly responses: readonly StandardResponse[];
  readonly agreed: readonly AgreedRating[];
  readonly recognition: RecognitionRecord | undefined;
}

export const EMPTY_FIGURES: SummaryFigures = {
  progress: progressOf([]),
  overallPercent: null,
  themePercents: {},
  typePercents: {},
  recognitionLevel: '',
};

/** A summary with no standards yet, for the assessment as it is (its version 0: not stored). */
export function emptySummary(assessment: Assessment): AssessmentSummary {
  return {
    id: assessment.id,
    version: 0,
    assessmentId: assessment.id,
    cycleId: assessment.cycleId,
    frameworkVersionId: assessment.frameworkVersionId,
    subject: assessment.subject,
    state: assessment.state,
    ...EMPTY_FIGURES,
    standards: {},
    agreed: {},
    recognition: null,
  };
}

export function withAssessment(summary: AssessmentSummary, assessment: Assessment): AssessmentSummary {
  return {
    ...summary,
    assessmentId: assessment.id,
    cycleId: assessment.cycleId,
    frameworkVersionId: assessment.frameworkVersionId,
    subject: assessment.subject,
    state: assessment.state,
  };
}

export function withResponse(summary: AssessmentSummary, response: StandardResponse): AssessmentSummary {
  const standing: StandardStanding = { rating: response.rating, assigneeId: response.assigneeId };
  return { ...summary, standards: { ...summary.standards, [response.standardCode]: standing } };
}

export function withoutResponse(summary: AssessmentSummary, standardCode: string): AssessmentSummary {
  const standards = { ...summary.standards };
  delete standards[standardCode];
  return { ...summary, standards };
}

export function withAgreed(summary: AssessmentSummary, standardCode: string, agreed: Rating | null): AssessmentSummary {
  const all = { ...summary.agreed };
  if (agreed === null) delete all[standardCode];
  else all[standardCode] = agreed;
  return { ...summary, agreed: all };
}

export function withRecognition(summary: AssessmentSummary, record: RecognitionRecord | null): AssessmentSummary {
  return { ...summary, recognition: record };
}

/** The summary of an assessment from everything it is made of. */
export function summaryFromParts(parts: SummaryParts, version: number): AssessmentSummary {
  let summary: AssessmentSummary = { ...emptySummary(parts.assessment), version };
  for (const response of parts.responses) summary = withResponse(summary, response);
  for (const agreed of parts.agreed) summary = withAgreed(summary, agreed.standardCode, agreed.rating);
  return withRecognition(summary, parts.recognition ?? null);
}

/** The service's own ratings, one row per response. */
export function selfRatingsOf(summary: AssessmentSummary): { standardCode: string; rating: Rating | null }[] {
  return Object.entries(summary.standards).map(([standardCode, s]) => ({ standardCode, rating: s.rating }));
}

/** Each standard's rating and assignee, as the reminders and "my work" need them (no narrative, no evidence). */
export function standingsOf(summary: AssessmentSummary): StandardProgress[] {
  return Object.entries(summary.standards).map(([standardCode, s]) => ({
    assessmentId: summary.assessmentId,
    standardCode,
    rating: s.rating,
    assigneeId: s.assigneeId,
  }));
}

/** The review team's agreed ratings, one row per agreed standard. */
export function agreedRatingsOf(summary: AssessmentSummary): { standardCode: string; rating: Rating }[] {
  return Object.entries(summary.agreed).map(([standardCode, rating]) => ({ standardCode, rating }));
}

/** The stored figures from a score report of the summary's own ratings. */
export function figuresOf(summary: AssessmentSummary, report: ScoreReport): SummaryFigures {
  return {
    progress: progressOf(selfRatingsOf(summary)),
    overallPercent: report.overall.percent,
    themePercents: Object.fromEntries(report.byTheme.map((t) => [t.themeCode, t.score.percent])),
    typePercents: Object.fromEntries(report.byType.map((t) => [t.type, t.score.percent])),
    recognitionLevel: report.recognition.level,
  };
}
