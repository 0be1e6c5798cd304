import type { Assessment } from '../../domain/assessment';
import { figuresOf, selfRatingsOf, summaryFromParts, type AssessmentSummary } from '../../domain/assessment-summary';
import type { FrameworkVersion } from '../../domain/framework';
import { recognitionId } from '../../domain/recognition-decision';
import { progressOf } from '../../domain/progress';
import { createScorer } from '../../domain/scoring';
import type { Ports } from '../context';
import { NotFoundError } from '../errors';
import { loadFramework } from '../network/frameworks';
import type { Store } from '../ports';

/** Reads a framework version (published ones may be cached: they never change). */
export type FrameworkSource = (frameworkVersionId: string) => Promise<FrameworkVersion | undefined>;

/**
 * The summary of an assessment as stored now, read from its parts: one query each for its responses and agreed
 * ratings and one read of its recognition record (issued together: one `$batch` on SharePoint).
 */
export async function summaryFromStore(store: Store, assessment: Assessment): Promise<AssessmentSummary> {
  const [responses, agreed, recognition] = await Promise.all([
    store.query('response', { assessmentId: assessment.id }),
    store.query('agreedRating', { assessmentId: assessment.id }),
    store.get('recognition', recognitionId(assessment.id)),
  ]);
  return summaryFromParts({ assessment, responses, agreed, recognition }, 0);
}

/** The summary with its figures (progress, scores by theme and type, recognition level) worked out again. */
export function withFigures(summary: AssessmentSummary, framework: FrameworkVersion | undefined): AssessmentSummary {
  // Progress needs no framework; scores do (a framework saved in the same commit is not readable yet).
  if (!framework) return { ...summary, progress: progressOf(selfRatingsOf(summary)) };
  const report = createScorer(framework, summary.subject.kind)(selfRatingsOf(summary));
  return { ...summary, ...figuresOf(summary, report) };
}

/** A framework source over the store that keeps published versions (they never change) for the process's life. */
export function publishedFrameworks(store: Store): FrameworkSource {
  const kept = new Map<string, FrameworkVersion>();
  return async (id) => {
    const known = kept.get(id);
    if (known) return known;
    const framework = await store.get('framework', id);
    if (framework?.status === 'published') kept.set(id, framework);
    return framework;
  };
}

/** The app's own framework reads (cached for a minute), with a missing version as undefined. */
export function frameworksThrough(ports: Ports): FrameworkSource {
  return async (id) => {
    try {
      return await loadFramework(ports, id);
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  };
}
