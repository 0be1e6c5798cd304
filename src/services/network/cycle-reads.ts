import type { Assessment, Rating } from '../../domain/assessment';
import type { Ports } from '../context';

export type RatingsByAssessment = ReadonlyMap<string, { standardCode: string; rating: Rating | null }[]>;

/**
 * Up to this many assessments are read one query each (issued together: one $batch on SharePoint); more, and the
 * lean whole-cycle read is cheaper than reading each.
 */
const FEW_ASSESSMENTS = 20;

/** The ratings of the given assessments of one cycle, by assessment, read the cheaper of two ways. */
export async function ratingsOf(
  ports: Ports,
  cycleId: string,
  assessmentIds: readonly string[],
): Promise<RatingsByAssessment> {
  const byAssessment = new Map<string, { standardCode: string; rating: Rating | null }[]>();
  if (assessmentIds.length === 0) return byAssessment;
  if (assessmentIds.length <= FEW_ASSESSMENTS) {
    const lists = await Promise.all(
      assessmentIds.map((assessmentId) => ports.store.query('response', { assessmentId })),
    );
    assessmentIds.forEach((id, i) => byAssessment.set(id, lists[i] ?? []));
    return byAssessment;
  }
  const wanted = new Set(assessmentIds);
  for (const row of await ports.store.ratingsForCycle(cycleId)) {
    if (!wanted.has(row.assessmentId)) continue;
    const list = byAssessment.get(row.assessmentId);
    if (list) list.push(row);
    else byAssessment.set(row.assessmentId, [row]);
  }
  return byAssessment;
}

const MANY_NAMES = 100;

export function subjectIdOf(a: Assessment): string {
  return a.subject.kind === 'service' ? a.subject.serviceId : a.subject.organisationId;
}

/** Names of the services and organisations these assessments are of (and their organisations), by id. */
export async function subjectNames(ports: Ports, assessments: readonly Assessment[]): Promise<Map<string, string>> {
  const serviceIds = new Set<string>();
  const organisationIds = new Set<string>();
  for (const a of assessments) {
    organisationIds.add(a.subject.organisationId);
    if (a.subject.kind === 'service') serviceIds.add(a.subject.serviceId);
  }
  // For a few, fetch those; for most of the network, one full read of each list is cheaper than many lookups.
  const [organisations, services] = await Promise.all([
    organisationIds.size > MANY_NAMES
      ? ports.store.query('organisation', {})
      : ports.store.getMany('organisation', [...organisationIds]),
    serviceIds.size > MANY_NAMES ? ports.store.query('service', {}) : ports.store.getMany('service', [...serviceIds]),
  ]);
  return new Map([...organisations, ...services].map((e) => [e.id, e.name] as const));
}
