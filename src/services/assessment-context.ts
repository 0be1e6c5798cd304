import type { Assessment } from '../domain/assessment';
import type { Cycle } from '../domain/cycle';
import { cyclePhase } from '../domain/cycle-phase';
import type { Resource } from './access-policy';
import { today, type Ports } from './context';
import { NotFoundError } from './errors';

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
  };
}

/** An assessment with what the access policy needs to decide about it. */
export async function loadAssessment(ports: Ports, id: string): Promise<LoadedAssessment> {
  const assessment = await ports.store.get('assessment', id);
  if (!assessment) throw new NotFoundError('assessment', id);
  const cycle = await ports.store.get('cycle', assessment.cycleId);
  if (!cycle) throw new NotFoundError('cycle', assessment.cycleId);
  return { assessment, cycle, resource: assessmentResource(assessment, cycle, today(ports)) };
}
