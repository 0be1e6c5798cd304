import { newAction, type ActionItem } from '../domain/action-plan';
import { withSummaries } from './seed-summaries';
import { applicableStandards } from '../domain/applicability';
import { responseId, type Assessment, type Rating, type StandardResponse } from '../domain/assessment';
import type { Cycle, CyclePhase, DateWindow } from '../domain/cycle';
import { agreedRatingId, type AgreedRating } from '../domain/review';
import type { Change, EntityKind, EntityMap, PutChange, Store } from '../services/ports';
import { DEMO_CURRENT_CYCLE_ID, DEMO_FRAMEWORK_ID } from './seed-demo';
import { seededRandom } from './seed-random';

const BATCH = 25;
const DAY_MS = 86_400_000;
/** The earlier cycles of the synthetic services, oldest first, and how many years before the current one each ran. */
export const HISTORY_CYCLES = [
  { id: 'syn-cycle-3-years-ago', name: 'Synthetic cycle, three years ago', yearsBack: 3 },
  { id: 'syn-cycle-2-years-ago', name: 'Synthetic cycle, two years ago', yearsBack: 2 },
] as const;

function put<K extends EntityKind>(kind: K, value: EntityMap[K]): PutChange<K> {
  return { op: 'put', kind, value, expectedVersion: 0 };
}

function shiftYears(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d.toISOString().slice(0, 10);
}

function shiftedWindows(windows: Cycle['windows'], years: number): Record<CyclePhase, DateWindow> {
  const shift = (w: DateWindow) => ({ start: shiftYears(w.start, years), end: shiftYears(w.end, years) });
  return {
    self_assessment: shift(windows.self_assessment),
    peer_review: shift(windows.peer_review),
    reporting: shift(windows.reporting),
    action_planning: shift(windows.action_planning),
  };
}

/** Better by a step now and then, so cycles differ the way a network that improves does. */
function drift(rating: Rating, random: () => number): Rating {
  if (rating === 'not_applicable') return rating;
  const r = random();
  if (r < 0.25) return rating === 'not_met' ? 'partly_met' : 'met';
  if (r < 0.35) return rating === 'met' ? 'partly_met' : 'not_met';
  return rating;
}

/**
 * Gives the synthetic services (seed-synthetic.ts) two earlier, closed cycles with agreed reviews and completed
 * actions, so impact over time has three cycles of the whole synthetic network to compare. Cycles already there are
 * kept, so running it twice adds nothing.
 */
export async function seedImpactHistory(
  target: Store,
  now: Date,
  onProgress: (p: { done: number; total: number }) => void = () => {},
): Promise<{ added: number }> {
  // Seeded assessments get their summaries in the same commits, as saves in the app do.
  const store = withSummaries(target);
  const framework = await store.get('framework', DEMO_FRAMEWORK_ID);
  const current = await store.get('cycle', DEMO_CURRENT_CYCLE_ID);
  if (!framework || !current) throw new Error('Seed the demo and synthetic networks first.');
  const services = (await store.query('service', {})).filter((s) => s.id.startsWith('syn-svc-'));
  const standards = applicableStandards(framework, 'service');
  const at = now.toISOString();
  let added = 0;
  for (const [index, spec] of HISTORY_CYCLES.entries()) {
    if (await store.get('cycle', spec.id)) continue;
    const windows = shiftedWindows(current.windows, spec.yearsBack);
    const cycle: Cycle = {
      id: spec.id,
      version: 0,
      name: spec.name,
      frameworkVersionId: framework.id,
      windows,
      createdAt: at,
    };
    await store.commit({ actorId: 'system:seed', at }, [put('cycle', cycle)]);
    const agreedAt = `${windows.peer_review.end}T16:00:00.000Z`;
    const random = seededRandom(1000 + index);
    for (let start = 0; start < services.length; start += BATCH) {
      const changes: Change[] = [];
      for (const service of services.slice(start, start + BATCH)) {
        const assessmentId = `syn-a-${spec.id}-${service.id}`;
        const lead = `syn-p-${service.id.slice('syn-svc-'.length)}`;
        const assessment: Assessment = {
          id: assessmentId,
          version: 0,
          cycleId: cycle.id,
          frameworkVersionId: framework.id,
          subject: { kind: 'service', serviceId: service.id, organisationId: service.organisationId },
          state: 'closed',
          submittedAt: `${windows.self_assessment.end}T12:00:00.000Z`,
          agreedAt,
          createdAt: at,
          updatedAt: at,
        };
        const strength = 0.3 + random() * 0.4 + index * 0.1;
        const selfRatings = standards.map((s) => {
          const r = random();
          const rating: Rating =
            r < 0.04 ? 'not_applicable' : r < strength ? 'met' : r < strength + 0.3 ? 'partly_met' : 'not_met';
          return { code: s.code, rating };
        });
        const responses = selfRatings.map(({ code, rating }): StandardResponse => ({
          id: responseId(assessmentId, code),
          version: 0,
          assessmentId,
          cycleId: cycle.id,
          standardCode: code,
          rating,
          naReason: rating === 'not_applicable' ? 'Provided by a partner service.' : '',
          narrative: 'Generated narrative.',
          evidenceIds: [],
          assigneeId: null,
          updatedBy: lead,
          updatedAt: at,
        }));
        const agreed = selfRatings.map(({ code, rating }): AgreedRating => ({
          id: agreedRatingId(assessmentId, code),
          version: 0,
          assessmentId,
          cycleId: cycle.id,
          standardCode: code,
          rating: drift(rating, random),
          rationale: 'Generated for benchmarks.',
          agreedBy: 'system:seed',
          agreedAt,
        }));
        const actions = selfRatings
          .filter((r) => r.rating === 'not_met')
          .slice(0, 2)
          .map((r, i): ActionItem => {
            const completedAt = new Date(Date.parse(agreedAt) + Math.floor(20 + random() * 200) * DAY_MS).toISOString();
            const action = newAction(
              assessment,
              {
                id: `syn-act-${spec.id}-${service.id}-${i}`,
                findingId: null,
                findingKind: null,
                standardCode: r.code,
                title: `Improve on standard ${r.code}`,
                description: 'Generated for benchmarks.',
                ownerId: lead,
                dueDate: windows.action_planning.end,
              },
              agreedAt,
            );
            return {
              ...action,
              status: i === 0 ? 'verified' : 'completed',
              completionEvidence: { note: 'Generated completion.', evidenceIds: [] },
              completedAt,
              verifiedBy: i === 0 ? 'system:seed' : null,
              verifiedAt: i === 0 ? completedAt : null,
              updatedAt: completedAt,
            };
          });
        changes.push(
          put('assessment', assessment),
          ...responses.map((r) => put('response', r)),
          ...agreed.map((r) => put('agreedRating', r)),
          ...actions.map((a) => put('action', a)),
        );
      }
      if (changes.length > 0) await store.commit({ actorId: 'system:seed', at }, changes);
      onProgress({
        done: Math.min(services.length, start + BATCH) + index * services.length,
        total: services.length * HISTORY_CYCLES.length,
      });
    }
    added += 1;
  }
  return { added };
}
