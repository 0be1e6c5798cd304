import type { Assessment, Rating } from '../domain/assessment';
import { withSummaries } from './seed-summaries';
import {
  agreedRatingId,
  reviewerRatingId,
  reviewTeamId,
  type AgreedRating,
  type Finding,
  type ReviewerRating,
} from '../domain/review';
import type { EntityKind, EntityMap, PutChange, Store } from '../services/ports';

function put<K extends EntityKind>(kind: K, value: EntityMap[K], expectedVersion = 0): PutChange<K> {
  return { op: 'put', kind, value, expectedVersion };
}

/** Every fifth standard the team settles one step lower than the service did: reviews do move ratings. */
function agreedFrom(self: Rating | null, index: number): Rating {
  if (self === null) return 'not_met';
  if (index % 5 !== 2) return self;
  return self === 'met' ? 'partly_met' : self === 'partly_met' ? 'not_met' : self;
}

/**
 * Writes a finished review straight into the store: agreed ratings (with rationales), the team's own ratings
 * when the assessment has a team, three findings (good practice, area for improvement, immediate concern) and
 * the assessment agreed (or left under review, for the lead reviewer to agree). For benchmarks and tests that need an agreed review without walking the whole API.
 */
export async function seedAgreedReview(
  target: Store,
  assessmentId: string,
  at: string,
  options: { state?: 'agreed' | 'under_review' } = {},
): Promise<Assessment> {
  // Seeded assessments get their summaries in the same commits, as saves in the app do.
  const store = withSummaries(target);
  const assessment = await store.get('assessment', assessmentId);
  if (!assessment) throw new Error(`No assessment ${assessmentId} to review`);
  const [responses, team] = await Promise.all([
    store.query('response', { assessmentId }),
    store.get('reviewTeam', reviewTeamId(assessmentId)),
  ]);
  responses.sort((a, b) => a.standardCode.localeCompare(b.standardCode, 'en', { numeric: true }));
  const base = { assessmentId, cycleId: assessment.cycleId };
  const agreed = responses.map((r, i): AgreedRating => ({
    ...base,
    id: agreedRatingId(assessmentId, r.standardCode),
    version: 0,
    standardCode: r.standardCode,
    rating: agreedFrom(r.rating, i),
    rationale: i % 5 === 2 ? 'The evidence covered part of the service only.' : 'Confirmed at the visit.',
    agreedBy: team?.members.find((m) => m.role === 'lead_reviewer')?.personId ?? 'system:seed',
    agreedAt: at,
  }));
  const reviewerRatings = (team?.members ?? []).flatMap((m) =>
    agreed.map((a): ReviewerRating => ({
      ...base,
      id: reviewerRatingId(assessmentId, a.standardCode, m.personId),
      version: 0,
      standardCode: a.standardCode,
      reviewerId: m.personId,
      reviewerRole: m.role,
      rating: a.rating,
      comment: '',
      updatedAt: at,
    })),
  );
  const codes = responses.map((r) => r.standardCode);
  const finding = (i: number, kind: Finding['kind'], text: string): Finding => ({
    ...base,
    id: `${assessmentId}:finding:${kind}`,
    version: 0,
    standardCode: codes[i % codes.length] ?? '1.1',
    kind,
    text,
    recordedBy: 'system:seed',
    recordedAt: at,
  });
  const findings = [
    finding(0, 'good_practice', 'Every patient is asked about their mood and sleep at each clinic visit.'),
    finding(
      3,
      'area_for_improvement',
      'Care plans do not yet name who looks after physical health. Agree a joint plan.',
    ),
    finding(7, 'immediate_concern', 'There is no agreed route to urgent mental health help out of hours.'),
  ];
  const agreedAssessment: Assessment = { ...assessment, state: options.state ?? 'agreed', updatedAt: at };
  await store.commit({ actorId: 'system:seed', at }, [
    ...agreed.map((a) => put('agreedRating', a)),
    ...reviewerRatings.map((r) => put('reviewRating', r)),
    ...findings.map((f) => put('finding', f)),
    put('assessment', agreedAssessment, assessment.version),
  ]);
  return { ...agreedAssessment, version: assessment.version + 1 };
}
