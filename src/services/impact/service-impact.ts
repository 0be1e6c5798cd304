import type { Assessment } from '../../domain/assessment';
import type { Cycle } from '../../domain/cycle';
import type { FrameworkVersion } from '../../domain/framework';
import { completedAtOf } from '../../domain/review-to-completion';
import { serviceImpact, type ServiceCycleRecord, type ServiceImpact } from '../../domain/service-impact';
import { authorize, type Principal } from '../access-policy';
import type { Ports } from '../context';
import { NotFoundError } from '../errors';
import { frameworksFor } from './framework-versions';
import { basisOf, ratingsOfRecord } from './ratings-of-record';

export interface ServiceImpactView {
  readonly serviceId: string;
  readonly serviceName: string;
  readonly organisationId: string;
  /** Null until the service has an assessment in some cycle. */
  readonly impact: ServiceImpact | null;
}

/** Cycles in the order they ran: by the start of their self-assessment window. */
export function byStart(a: Cycle, b: Cycle): number {
  return a.windows.self_assessment.start.localeCompare(b.windows.self_assessment.start) || a.id.localeCompare(b.id);
}

/** One service's ratings across every cycle it took part in, with what changed and the actions completed between. */
export async function serviceImpactView(
  ports: Ports,
  principal: Principal,
  serviceId: string,
): Promise<ServiceImpactView> {
  const service = await ports.store.get('service', serviceId);
  if (!service) throw new NotFoundError('service', serviceId);
  authorize(principal, 'impact.read', { organisationId: service.organisationId, serviceId });
  const assessments = (await ports.store.query('assessment', { subjectId: serviceId })).filter(
    (a) => a.subject.kind === 'service',
  );
  const cycles = await ports.store.getMany('cycle', [...new Set(assessments.map((a) => a.cycleId))]);
  cycles.sort(byStart);
  const assessmentOf = new Map(assessments.map((a) => [a.cycleId, a] as const));
  const ordered = cycles.flatMap((cycle) => {
    const assessment = assessmentOf.get(cycle.id);
    return assessment ? [{ cycle, assessment }] : [];
  });
  const [{ pinned, versions }, records] = await Promise.all([
    frameworksFor(
      ports,
      ordered.map((o) => o.assessment.frameworkVersionId),
    ),
    Promise.all(ordered.map(({ cycle, assessment }) => recordParts(ports, cycle, assessment))),
  ]);
  const cycleRecords: ServiceCycleRecord[] = records.map((r) => ({
    ...r,
    framework: pinned.get(r.frameworkVersionId) as FrameworkVersion,
  }));
  return {
    serviceId,
    serviceName: service.name,
    organisationId: service.organisationId,
    impact: serviceImpact(cycleRecords, versions),
  };
}

async function recordParts(ports: Ports, cycle: Cycle, assessment: Assessment) {
  const [ratings, actions] = await Promise.all([
    ratingsOfRecord(ports, [assessment]),
    ports.store.query('action', { assessmentId: assessment.id }),
  ]);
  return {
    cycleId: cycle.id,
    cycleName: cycle.name,
    frameworkVersionId: assessment.frameworkVersionId,
    ratings: ratings.get(assessment.id) ?? new Map(),
    basis: basisOf(assessment),
    completedActions: actions
      .flatMap((action) => {
        const completedAt = completedAtOf(action);
        return completedAt === null
          ? []
          : [{ actionId: action.id, title: action.title, standardCode: action.standardCode, completedAt }];
      })
      .sort((a, b) => a.completedAt.localeCompare(b.completedAt)),
  };
}
