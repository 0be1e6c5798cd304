import { applicableStandards, type SubjectKind } from './applicability';
import type { Rating } from './assessment';
import { STANDARD_TYPES, type StandardType } from './framework';
import type { FrameworkDraft } from './framework-draft';
import { assessRecognition, type RecognitionResult } from './recognition';
import { bucketOf, type ScoreBucket } from './score-bucket';

export { addToBucket, bucketOf, emptyBucket, mergeBuckets, scorePercent, type ScoreBucket } from './score-bucket';
export { NO_RECOGNITION_LEVEL, NOT_ASSESSED_YET, type RecognitionCheck, type RecognitionResult } from './recognition';

export interface ScoreReport {
  overall: ScoreBucket;
  byTheme: { themeCode: string; title: string; score: ScoreBucket }[];
  byType: { type: StandardType; score: ScoreBucket }[];
  recognition: RecognitionResult;
}

/**
 * Scores one assessment against the framework version it pinned. Only standards that apply to the subject
 * count; a rating for a standard the framework does not have (or that does not apply) is ignored, and an
 * applicable standard without a rating is unrated. Every theme and every type is listed, even with nothing
 * to count, so reports and charts have the same rows for every service.
 */
export function scoreAssessment(
  framework: FrameworkDraft,
  subjectKind: SubjectKind,
  ratings: readonly { standardCode: string; rating: Rating | null }[],
): ScoreReport {
  return createScorer(framework, subjectKind)(ratings);
}

export type Scorer = (ratings: readonly { standardCode: string; rating: Rating | null }[]) => ScoreReport;

/**
 * The same scoring with the framework's groupings worked out once, for scoring many assessments of one
 * framework version (network-wide benchmarks score thousands).
 */
export function createScorer(framework: FrameworkDraft, subjectKind: SubjectKind): Scorer {
  const applicable = applicableStandards(framework, subjectKind);
  const codesWhere = (keep: (s: (typeof applicable)[number]) => boolean): string[] =>
    applicable.filter(keep).map((s) => s.code);
  const allCodes = codesWhere(() => true);
  const themeCodes = framework.themes.map((theme) => ({
    theme,
    codes: codesWhere((s) => s.themeCode === theme.code),
  }));
  const typeCodes = STANDARD_TYPES.map((type) => ({ type, codes: codesWhere((s) => s.type === type) }));
  return (ratings) => {
    const ratingByCode = new Map<string, Rating | null>();
    for (const r of ratings) ratingByCode.set(r.standardCode, r.rating);
    const ratingOf = (code: string): Rating | null => ratingByCode.get(code) ?? null;
    return {
      overall: bucketOf(allCodes.map(ratingOf)),
      byTheme: themeCodes.map(({ theme, codes }) => ({
        themeCode: theme.code,
        title: theme.title,
        score: bucketOf(codes.map(ratingOf)),
      })),
      byType: typeCodes.map(({ type, codes }) => ({ type, score: bucketOf(codes.map(ratingOf)) })),
      recognition: assessRecognition(framework.recognitionLevels, applicable, ratingOf),
    };
  };
}
