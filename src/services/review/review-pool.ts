import { isReviewerRole, REVIEWER_ROLES, type ReviewerRole } from '../../domain/review';
import type { TeamSubject } from '../../domain/review-team-rules';
import type { Person } from '../../domain/network';
import type { Ports } from '../context';

/**
 * The pool of trained reviewers (our choice, see docs/adr/0003-reviewer-pool.md): people who hold a reviewer
 * role (lead_reviewer, peer_reviewer, expert_by_experience) with network scope, which marks them trained and
 * grants no access by itself, or who already hold one on a review (they were trained to be appointed).
 */
export interface PoolMember {
  readonly person: Person;
  readonly trainedAs: readonly ReviewerRole[];
}

export async function loadPool(ports: Ports): Promise<Map<string, PoolMember>> {
  const roles = (await ports.store.query('roleAssignment', {})).filter(
    (r) => isReviewerRole(r.role) && (r.scope.kind === 'network' || r.scope.kind === 'review'),
  );
  const trained = new Map<string, Set<ReviewerRole>>();
  for (const r of roles) {
    if (!isReviewerRole(r.role)) continue;
    const set = trained.get(r.personId) ?? new Set<ReviewerRole>();
    set.add(r.role);
    trained.set(r.personId, set);
  }
  const people = await ports.store.getMany('person', [...trained.keys()]);
  return new Map(
    people.map((person) => [
      person.id,
      { person, trainedAs: REVIEWER_ROLES.filter((role) => trained.get(person.id)?.has(role)) },
    ]),
  );
}

/** What is under review, named, for the team rules and their messages. */
export async function teamSubjectOf(
  ports: Ports,
  subject:
    { kind: 'service'; serviceId: string; organisationId: string } | { kind: 'organisation'; organisationId: string },
): Promise<TeamSubject> {
  const organisation = await ports.store.get('organisation', subject.organisationId);
  const service = subject.kind === 'service' ? await ports.store.get('service', subject.serviceId) : undefined;
  return {
    organisationId: subject.organisationId,
    organisationName: organisation?.name ?? subject.organisationId,
    serviceId: subject.kind === 'service' ? subject.serviceId : null,
    serviceName: service?.name ?? null,
  };
}
