import type { Assessment } from '../../domain/assessment';
import type { Cycle } from '../../domain/cycle';
import { cyclePhase } from '../../domain/cycle-phase';
import type { Resource } from '../access-policy';
import { today, type Ports } from '../context';
import { NotFoundError } from '../errors';
import { cachedRead, forgetCached } from '../read-cache';

export interface LoadedAssessment {
  readonly assessment: Assessment;
  readonly cycle: Cycle;
  readonly resource: Resource;
}

export function assessmentResource(assessment: Assessment, cycle: Cycle, todayIso: string): Resource {
  const subject = assessment.subject;
  return {
    organisationId: subject.organisationId,
    ...(subject.kind === 'service' ? { serviceId: subject.serviceId } : {}),
    assessmentId: assessment.id,
    phase: cyclePhase(cycle, todayIso),
    assessmentState: assessment.state,
  };
}

/** Cycle windows change rarely (an admin edit); every instance sees an edit within this time. */
const CYCLE_CACHE_MS = 30_000;

export function loadCycle(ports: Ports, id: string): Promise<Cycle | undefined> {
  return cachedRead(ports, `cycle:${id}`, CYCLE_CACHE_MS, () => ports.store.get('cycle', id));
}

const CYCLES_KEY = 'cycles';

/** Every cycle, in the same short-lived cache as single cycles: a dashboard lists them all on every visit. */
export function loadCycles(ports: Ports): Promise<readonly Cycle[]> {
  return cachedRead(ports, CYCLES_KEY, CYCLE_CACHE_MS, () => ports.store.query('cycle', {}));
}

/** After a cycle changes on this instance: the cycle and the list it is in are read afresh. */
export function forgetCycle(ports: Ports, id: string): void {
  forgetCached(ports, `cycle:${id}`);
  forgetCached(ports, CYCLES_KEY);
}

/**
 * An assessment with what the access policy needs to decide about it. Callers start their other reads in the
 * same tick (Promise.all) so a store that batches (SharePoint's $batch) answers them in one round trip.
 */
export async function loadAssessment(ports: Ports, id: string): Promise<LoadedAssessment> {
  const assessment = await ports.store.get('assessment', id);
  if (!assessment) throw new NotFoundError('assessment', id);
  const cycle = await loadCycle(ports, assessment.cycleId);
  if (!cycle) throw new NotFoundError('cycle', assessment.cycleId);
  return { assessment, cycle, resource: assessmentResource(assessment, cycle, today(ports)) };
}
