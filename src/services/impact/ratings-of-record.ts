import type { Assessment, Rating } from '../../domain/assessment';
import { agreedRatingsOf, selfRatingsOf, type AssessmentSummary } from '../../domain/assessment-summary';
import type { Ports } from '../context';
import { summariesOfCyclesOrFew } from '../summaries/summary-reads';

/** Once a review is agreed, its agreed ratings are the ones of record; before, the service's own. */
const AGREED_STATES: ReadonlySet<Assessment['state']> = new Set(['agreed', 'closed']);

export function basisOf(assessment: Assessment): 'agreed' | 'self' {
  return AGREED_STATES.has(assessment.state) ? 'agreed' : 'self';
}

export type RatingsOfRecord = ReadonlyMap<string, ReadonlyMap<string, Rating | null>>;

/**
 * The ratings of record of some assessments, by assessment then standard code: the agreed rating where
 * the review is agreed (self ratings fill any standard the team left), else the self rating. The same basis as the
 * network report, so impact and the report never disagree. Read from the assessments' summaries: one small item
 * each, never every response of the cycle.
 */
export async function ratingsOfRecord(ports: Ports, assessments: readonly Assessment[]): Promise<RatingsOfRecord> {
  const out = new Map<string, Map<string, Rating | null>>(assessments.map((a) => [a.id, new Map()]));
  if (assessments.length === 0) return out;
  const summaries = await summariesOfCyclesOrFew(ports, assessments);
  for (const a of assessments) out.set(a.id, recordOf(a, summaries.get(a.id)));
  return out;
}

/** One assessment's ratings of record from its summary. */
export function recordOf(assessment: Assessment, summary: AssessmentSummary | undefined): Map<string, Rating | null> {
  const ratings = new Map<string, Rating | null>();
  if (!summary) return ratings;
  for (const row of selfRatingsOf(summary)) ratings.set(row.standardCode, row.rating);
  if (basisOf(assessment) === 'agreed') {
    for (const row of agreedRatingsOf(summary)) ratings.set(row.standardCode, row.rating);
  }
  return ratings;
}
