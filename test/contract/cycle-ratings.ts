import type { Store } from '../../src/services/ports';

/** One response's rating, as tests compare them. */
export interface CycleRating {
  readonly assessmentId: string;
  readonly standardCode: string;
  readonly rating: string | null;
}

/** Every self-assessment rating of a cycle as the store holds it, in assessment then standard order. */
export async function ratingsOfCycle(store: Store, cycleId: string): Promise<CycleRating[]> {
  const responses = await store.query('response', { cycleId });
  return responses
    .map(({ assessmentId, standardCode, rating }) => ({ assessmentId, standardCode, rating }))
    .sort((a, b) => `${a.assessmentId}:${a.standardCode}`.localeCompare(`${b.assessmentId}:${b.standardCode}`));
}
