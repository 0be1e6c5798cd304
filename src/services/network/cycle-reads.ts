import type { Assessment, Rating } from '../../domain/assessment';
import type { Ports } from '../context';
import { allOrganisations } from './organisation-list';
import { allServices } from './service-list';

export type RatingsByAssessment = ReadonlyMap<string, { standardCode: string; rating: Rating | null }[]>;

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
  // The organisations from the short-lived list every page's first call (GET /me) has read already. Services: for
  // a few, fetch those; for most of the network, the short-lived list of them all (one read, or none when warm).
  const [organisations, services] = await Promise.all([
    organisationIds.size > 0 ? allOrganisations(ports) : [],
    serviceIds.size > MANY_NAMES ? allServices(ports) : ports.store.getMany('service', [...serviceIds]),
  ]);
  return new Map([...organisations, ...services].map((e) => [e.id, e.name] as const));
}

/**
 * The name of every service and organisation of the network, by id (a network-wide view names them all), from the
 * same short-lived lists as above: on SharePoint the services are the largest read of network scores (2,000 items
 * in one part, where each partitioned part holds about 250), so a view opened again within the lists' time reads
 * only the cycle's assessments and summaries.
 */
export async function everyName(ports: Ports): Promise<Map<string, string>> {
  const [organisations, services] = await Promise.all([allOrganisations(ports), allServices(ports)]);
  return new Map([...organisations, ...services].map((e) => [e.id, e.name] as const));
}
