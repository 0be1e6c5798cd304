import type { Assessment } from '../../domain/assessment';
import type { Principal } from '../access-policy';
import type { Ports } from '../context';

/**
 * The assessments a person's roles reach, in the given cycles, read by scope: a service's by its id, an
 * organisation's by its id, a review's by the assessment's id. Only a network-wide role reads whole cycles (one
 * query per cycle, up to 5,000 assessments a cycle on SharePoint). The caller still checks each with the access
 * policy: a role can reach an assessment it may not read in this phase.
 */
export async function reachableAssessments(
  ports: Ports,
  principal: Principal,
  cycleIds: readonly string[],
): Promise<Assessment[]> {
  const store = ports.store;
  const wanted = new Set(cycleIds);
  if (principal.roles.some((r) => r.scope.kind === 'network')) {
    return (await Promise.all(cycleIds.map((cycleId) => store.query('assessment', { cycleId })))).flat();
  }
  const organisations = new Set<string>();
  const services = new Set<string>();
  const reviews = new Set<string>();
  for (const { scope } of principal.roles) {
    if (scope.kind === 'organisation') organisations.add(scope.organisationId);
    if (scope.kind === 'service') services.add(scope.serviceId);
    if (scope.kind === 'review') reviews.add(scope.assessmentId);
  }
  // Issued together: one `$batch` on SharePoint.
  const found = await Promise.all([
    ...[...organisations].map((organisationId) => store.query('assessment', { organisationId })),
    ...[...services].map((subjectId) => store.query('assessment', { subjectId })),
    reviews.size > 0 ? store.getMany('assessment', [...reviews]) : Promise.resolve([]),
  ]);
  const unique = new Map(found.flat().map((a) => [a.id, a]));
  return [...unique.values()].filter((a) => wanted.has(a.cycleId));
}
