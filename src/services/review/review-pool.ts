import { isReviewerRole, REVIEWER_ROLES, type ReviewerRole, type ReviewTeamMember } from '../../domain/review';
import type { TeamCandidate, TeamSubject } from '../../domain/review-team-rules';
import { trainingExpiresOn, trainingValidOn } from '../../domain/reviewer-training';
import type { IsoDate } from '../../domain/ids';
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
  /** The day of each role's training, from the network-scope role that marks it (absent when not recorded). */
  readonly trainedOn: Readonly<Partial<Record<ReviewerRole, IsoDate>>>;
}

export async function loadPool(ports: Ports): Promise<Map<string, PoolMember>> {
  const roles = (await ports.store.query('roleAssignment', {})).filter(
    (r) => isReviewerRole(r.role) && (r.scope.kind === 'network' || r.scope.kind === 'review'),
  );
  const trained = new Map<string, Set<ReviewerRole>>();
  const trainedOn = new Map<string, Partial<Record<ReviewerRole, IsoDate>>>();
  for (const r of roles) {
    if (!isReviewerRole(r.role)) continue;
    const set = trained.get(r.personId) ?? new Set<ReviewerRole>();
    set.add(r.role);
    trained.set(r.personId, set);
    if (r.scope.kind === 'network' && r.trainedOn) {
      trainedOn.set(r.personId, { ...trainedOn.get(r.personId), [r.role]: r.trainedOn });
    }
  }
  const people = await ports.store.getMany('person', [...trained.keys()]);
  return new Map(
    people.map((person) => [
      person.id,
      {
        person,
        trainedAs: REVIEWER_ROLES.filter((role) => trained.get(person.id)?.has(role)),
        trainedOn: trainedOn.get(person.id) ?? {},
      },
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

/**
 * How many review teams of a cycle each person is on, leaving out one assessment's own team (the one being built),
 * for the workload rule.
 */
export async function reviewsInCycle(
  ports: Ports,
  cycleId: string,
  exceptAssessmentId: string | null,
): Promise<Map<string, number>> {
  const teams = await ports.store.query('reviewTeam', { cycleId });
  const counts = new Map<string, number>();
  for (const team of teams) {
    if (team.assessmentId === exceptAssessmentId) continue;
    for (const personId of new Set(team.members.map((m) => m.personId))) {
      counts.set(personId, (counts.get(personId) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * The members of a team as the rules see them: who they are, their training and how many other teams of the cycle
 * they are on. Every member must be in `people`.
 */
export function teamCandidates(
  members: readonly ReviewTeamMember[],
  people: ReadonlyMap<string, Person>,
  pool: ReadonlyMap<string, PoolMember>,
  otherReviews: ReadonlyMap<string, number>,
): TeamCandidate[] {
  return members.flatMap((m) => {
    const person = people.get(m.personId);
    if (!person) return [];
    const inPool = pool.get(m.personId);
    return [
      {
        person,
        role: m.role,
        trainedAs: inPool?.trainedAs ?? [],
        trainedOn: inPool?.trainedOn ?? {},
        otherReviewsThisCycle: otherReviews.get(m.personId) ?? 0,
      },
    ];
  });
}

export interface RoleTraining {
  readonly role: ReviewerRole;
  readonly trainedOn: IsoDate | null;
  /** The day it stops counting (two years on); null when no date is on record. */
  readonly expiresOn: IsoDate | null;
  /** Whether it counts on the date asked about. */
  readonly valid: boolean;
}

/** Each role a person is trained for, with when it was done and until when it counts. */
export function trainingRecord(
  trainedAs: readonly ReviewerRole[],
  trainedOn: Readonly<Partial<Record<ReviewerRole, IsoDate>>>,
  onDate: IsoDate,
): RoleTraining[] {
  return trainedAs.map((role) => {
    const on = trainedOn[role] ?? null;
    return {
      role,
      trainedOn: on,
      expiresOn: on === null ? null : trainingExpiresOn(on),
      valid: on !== null && trainingValidOn(on, onDate),
    };
  });
}
