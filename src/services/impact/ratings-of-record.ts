import type { Assessment, Rating } from '../../domain/assessment';
import type { Ports } from '../context';

/** Once a review is agreed, its agreed ratings are the ones of record; before, the service's own. */
const AGREED_STATES: ReadonlySet<Assessment['state']> = new Set(['agreed', 'closed']);

export function basisOf(assessment: Assessment): 'agreed' | 'self' {
  return AGREED_STATES.has(assessment.state) ? 'agreed' : 'self';
}

export type RatingsOfRecord = ReadonlyMap<string, ReadonlyMap<string, Rating | null>>;

/** Up to this many assessments are read one by one (issued together); more, and two whole-cycle reads are cheaper. */
const FEW_ASSESSMENTS = 20;

/**
 * The ratings of record of some assessments of one cycle, by assessment then standard code: the agreed rating where
 * the review is agreed (self ratings fill any standard the team left), else the self rating. The same basis as the
 * network report, so impact and the report never disagree.
 */
export async function ratingsOfRecord(
  ports: Ports,
  cycleId: string,
  assessments: readonly Assessment[],
): Promise<RatingsOfRecord> {
  const out = new Map<string, Map<string, Rating | null>>(assessments.map((a) => [a.id, new Map()]));
  if (assessments.length === 0) return out;
  const agreedIds = new Set(assessments.filter((a) => basisOf(a) === 'agreed').map((a) => a.id));
  const [selfRows, agreedRows] =
    assessments.length <= FEW_ASSESSMENTS
      ? await Promise.all([
          Promise.all(assessments.map((a) => ports.store.query('response', { assessmentId: a.id }))).then((l) =>
            l.flat(),
          ),
          Promise.all([...agreedIds].map((id) => ports.store.query('agreedRating', { assessmentId: id }))).then((l) =>
            l.flat(),
          ),
        ])
      : await Promise.all([
          // An agreed review has an agreed rating for every applicable standard (agreeing checks), so a cycle whose
          // reviews are all agreed needs no self ratings.
          agreedIds.size < assessments.length ? ports.store.ratingsForCycle(cycleId) : Promise.resolve([]),
          agreedIds.size > 0 ? ports.store.ratingsForCycle(cycleId, 'agreed') : Promise.resolve([]),
        ]);
  for (const row of selfRows) out.get(row.assessmentId)?.set(row.standardCode, row.rating);
  for (const row of agreedRows) {
    if (agreedIds.has(row.assessmentId)) out.get(row.assessmentId)?.set(row.standardCode, row.rating);
  }
  return out;
}
