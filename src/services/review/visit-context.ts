import type { Person } from '../../domain/network';
import { visitDayId, type VisitDay } from '../../domain/visit-day';
import type { AgendaPerson } from '../../domain/visit-agenda';
import type { Principal } from '../access-policy';
import type { Ports } from '../context';
import { loadReview, type LoadedReview } from './review-context';

export interface LoadedVisit extends LoadedReview {
  /** The stored visit day, or an empty one (version 0) before anything was scheduled or written. */
  readonly day: VisitDay;
}

export function emptyVisitDay(review: LoadedReview): VisitDay {
  return {
    id: visitDayId(review.assessment.id),
    version: 0,
    assessmentId: review.assessment.id,
    cycleId: review.assessment.cycleId,
    meeting: null,
    feedback: null,
  };
}

export async function loadVisit(ports: Ports, principal: Principal, assessmentId: string): Promise<LoadedVisit> {
  const [review, stored] = await Promise.all([
    loadReview(ports, principal, assessmentId),
    ports.store.get('visitDay', visitDayId(assessmentId)),
  ]);
  return { ...review, day: stored ?? emptyVisitDay(review) };
}

export function agendaPerson(p: Person): AgendaPerson {
  return { personId: p.id, name: p.displayName, email: p.email };
}

/**
 * The people who lead the assessed subject: the service leads of a service, or the organisational leads of an
 * organisation assessment. They are whom the team meets first and whom the visit invitation goes to.
 */
export async function subjectLeads(ports: Ports, review: LoadedReview): Promise<Person[]> {
  const subject = review.assessment.subject;
  const scopeId = subject.kind === 'service' ? subject.serviceId : subject.organisationId;
  const role = subject.kind === 'service' ? 'service_lead' : 'organisational_lead';
  const assignments = await ports.store.query('roleAssignment', { scopeId });
  const ids = [...new Set(assignments.filter((a) => a.role === role).map((a) => a.personId))];
  return ports.store.getMany('person', ids);
}

/** The name of the assessed service (or organisation) and of its organisation, for headings and invitations. */
export async function subjectNames(
  ports: Ports,
  review: LoadedReview,
): Promise<{ serviceName: string; organisationName: string }> {
  const subject = review.assessment.subject;
  const [organisation, service] = await Promise.all([
    ports.store.get('organisation', subject.organisationId),
    subject.kind === 'service' ? ports.store.get('service', subject.serviceId) : Promise.resolve(undefined),
  ]);
  const organisationName = organisation?.name ?? subject.organisationId;
  return { serviceName: service?.name ?? organisationName, organisationName };
}

export function isNetworkAdmin(principal: Principal): boolean {
  return principal.roles.some((r) => r.role === 'network_admin');
}
