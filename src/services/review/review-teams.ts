import { DomainError } from '../../domain/errors';
import type { Person, RoleAssignment } from '../../domain/network';
import {
  isReviewerRole,
  REVIEWER_ROLES,
  reviewTeamId,
  type ReviewerRole,
  type ReviewTeam,
  type ReviewTeamMember,
  type ReviewVisit,
} from '../../domain/review';
import type { IsoDate } from '../../domain/ids';
import {
  MAX_OTHER_REVIEWS_PER_CYCLE,
  qualifiesAs,
  teamViolations,
  type TeamCandidate,
  type TeamViolation,
} from '../../domain/review-team-rules';
import { longDate } from '../../domain/reviewer-training';
import { authorize, isAllowed, type Principal } from '../access-policy';
import { commitContext, putChange, type Ports } from '../context';
import { forgetPrincipal } from '../identity/identity';
import type { Change } from '../ports';
import { loadReview, reviewWindowOf, type LoadedReview } from './review-context';
import {
  loadPool,
  reviewsInCycle,
  teamCandidates,
  teamSubjectOf,
  trainingRecord,
  type PoolMember,
  type RoleTraining,
} from './review-pool';
import { planRemindersAgain } from '../reminders/day-plan';

export interface TeamInput {
  readonly members: readonly ReviewTeamMember[];
  readonly visit: ReviewVisit;
}

export interface TeamMemberView {
  readonly personId: string;
  readonly displayName: string;
  readonly organisationId: string | null;
  readonly profession: Person['profession'];
  readonly role: ReviewerRole;
}

export interface TeamView {
  readonly team: ReviewTeam | null;
  readonly members: readonly TeamMemberView[];
  /** The rules the team breaks now (empty for a good team). */
  readonly violations: readonly TeamViolation[];
}

export interface Candidate {
  readonly personId: string;
  readonly displayName: string;
  readonly organisationId: string | null;
  readonly profession: Person['profession'];
  readonly trainedAs: readonly ReviewerRole[];
  /** Each trained role with its date and whether it still counts on the visit date. */
  readonly training: readonly RoleTraining[];
  /** The team roles the person's training does not cover (not trained for that role). */
  readonly notTrainedFor: readonly ReviewerRole[];
  /** How many other review teams of this cycle the person is on. */
  readonly otherReviewsThisCycle: number;
  /**
   * Why the person cannot review this assessment (own organisation, declared conflict, training lapsed, too many
   * reviews this cycle), in words; empty when they can.
   */
  readonly barred: readonly string[];
}

/** Teams change until the review is agreed; after that they are part of the record. */
const TEAM_EDITABLE = new Set(['not_started', 'in_progress', 'submitted', 'under_review', 'returned']);

async function evaluate(ports: Ports, review: LoadedReview, input: TeamInput, pool: Map<string, PoolMember>) {
  const people = await ports.store.getMany(
    'person',
    input.members.map((m) => m.personId),
  );
  const byId = new Map(people.map((p) => [p.id, p]));
  const unknown = input.members.filter((m) => !byId.has(m.personId)).map((m) => m.personId);
  if (unknown.length > 0) {
    throw new DomainError(
      'unknown_person',
      `No person with id ${unknown.map((u) => `"${u}"`).join(', ')} in the network.`,
      'members',
    );
  }
  const workload = await reviewsInCycle(ports, review.assessment.cycleId, review.assessment.id);
  const candidates = teamCandidates(input.members, byId, pool, workload);
  const conflicts = (
    await Promise.all(input.members.map((m) => ports.store.query('conflictDeclaration', { personId: m.personId })))
  ).flat();
  const violations = teamViolations({
    subject: await teamSubjectOf(ports, review.assessment.subject),
    members: candidates,
    conflicts,
    visit: input.visit,
    reviewWindow: reviewWindowOf(review),
  });
  return { candidates, violations };
}

function toView(candidates: readonly TeamCandidate[]): TeamMemberView[] {
  return candidates.map((c) => ({
    personId: c.person.id,
    displayName: c.person.displayName,
    organisationId: c.person.organisationId,
    profession: c.person.profession,
    role: c.role,
  }));
}

export async function getReviewTeam(ports: Ports, principal: Principal, assessmentId: string): Promise<TeamView> {
  const review = await loadReview(ports, principal, assessmentId);
  if (!isAllowed(principal, 'review.manage', review.resource)) authorize(principal, 'review.read', review.resource);
  if (!review.team) return { team: null, members: [], violations: [] };
  const { candidates, violations } = await evaluate(ports, review, review.team, await loadPool(ports));
  return { team: review.team, members: toView(candidates), violations };
}

/** A dry run: the violations the proposed team would have, so the admin sees them while building it. */
export async function checkReviewTeam(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  input: TeamInput,
): Promise<TeamView> {
  const review = await loadReview(ports, principal, assessmentId);
  authorize(principal, 'review.manage', review.resource);
  const { candidates, violations } = await evaluate(ports, review, input, await loadPool(ports));
  return { team: review.team ?? null, members: toView(candidates), violations };
}

/**
 * Saves the team when it keeps every rule, and in the same commit gives each member the review-scoped role that
 * lets them reach this assessment (for the review window only: the access table says so), and takes it from
 * anyone who left the team.
 */
export async function saveReviewTeam(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  input: TeamInput & { version: number },
): Promise<TeamView> {
  const review = await loadReview(ports, principal, assessmentId);
  authorize(principal, 'review.manage', review.resource);
  if (!TEAM_EDITABLE.has(review.assessment.state)) {
    throw new DomainError(
      'review_closed',
      `This assessment is ${review.assessment.state}: its review team is part of the record and no longer changes.`,
      'state',
    );
  }
  const { candidates, violations } = await evaluate(ports, review, input, await loadPool(ports));
  if (violations.length > 0) {
    throw new DomainError(
      'review_team_invalid',
      `The team cannot be saved: ${violations.map((v) => v.message).join(' ')}`,
      'members',
      { violations },
    );
  }
  const now = ports.clock.now().toISOString();
  const team: ReviewTeam = {
    id: reviewTeamId(assessmentId),
    version: input.version,
    assessmentId,
    cycleId: review.assessment.cycleId,
    organisationId: review.assessment.subject.organisationId,
    members: input.members.map((m) => ({ personId: m.personId, role: m.role })),
    visit: {
      date: input.visit.date,
      format: input.visit.format,
      ...(input.visit.startTime ? { startTime: input.visit.startTime } : {}),
    },
    informationRequests: review.team?.informationRequests ?? [],
    // The Teams meeting belongs to the visit day; changing the team keeps its join link.
    ...(review.team?.meeting ? { meeting: review.team.meeting } : {}),
    updatedBy: principal.person.id,
    updatedAt: now,
  };
  const roles = await roleChanges(ports, team);
  const [stored] = await ports.store.commit(commitContext(ports, principal), [
    putChange('reviewTeam', team, input.version),
    ...roles.changes,
  ]);
  const affected = await ports.store.getMany('person', roles.personIds);
  for (const person of affected) forgetPrincipal(ports, person);
  // The team and its visit are announced by the reminder job: today, not only from tomorrow's plan.
  await planRemindersAgain(ports);
  return { team: stored, members: toView(candidates), violations: [] };
}

export function reviewRoleId(assessmentId: string, personId: string, role: ReviewerRole): string {
  return `rv:${assessmentId}:${personId}:${role}`;
}

async function roleChanges(ports: Ports, team: ReviewTeam): Promise<{ changes: Change[]; personIds: string[] }> {
  const held = (await ports.store.query('roleAssignment', { scopeId: team.assessmentId })).filter(
    (r): r is RoleAssignment => r.scope.kind === 'review' && isReviewerRole(r.role),
  );
  const key = (personId: string, role: string) => `${personId}:${role}`;
  const wanted = new Set(team.members.map((m) => key(m.personId, m.role)));
  const have = new Set(held.map((r) => key(r.personId, r.role)));
  const removals: Change[] = held
    .filter((r) => !wanted.has(key(r.personId, r.role)))
    .map((r) => ({ op: 'delete', kind: 'roleAssignment', id: r.id, expectedVersion: r.version }));
  const additions = team.members
    .filter((m) => !have.has(key(m.personId, m.role)))
    .map((m) =>
      putChange(
        'roleAssignment',
        {
          id: reviewRoleId(team.assessmentId, m.personId, m.role),
          version: 0,
          personId: m.personId,
          role: m.role,
          scope: { kind: 'review', assessmentId: team.assessmentId },
        },
        0,
      ),
    );
  const personIds = [...new Set([...held.map((r) => r.personId), ...team.members.map((m) => m.personId)])];
  return { changes: [...removals, ...additions], personIds };
}

/**
 * The pool, with who may not review this assessment and why, for the admin building the team. Training is judged
 * on `visitDate` (the date the admin is planning), else on the stored visit date, else today.
 */
export async function listCandidates(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  visitDate?: IsoDate,
): Promise<Candidate[]> {
  const review = await loadReview(ports, principal, assessmentId);
  authorize(principal, 'review.manage', review.resource);
  const subject = await teamSubjectOf(ports, review.assessment.subject);
  const pool = [...(await loadPool(ports)).values()];
  const conflicts = await ports.store.query('conflictDeclaration', { organisationId: subject.organisationId });
  const workload = await reviewsInCycle(ports, review.assessment.cycleId, assessmentId);
  const onDate = visitDate ?? review.team?.visit.date ?? ports.clock.now().toISOString().slice(0, 10);
  return pool
    .map(({ person, trainedAs, trainedOn }): Candidate => {
      const barred: string[] = [];
      if (person.organisationId === subject.organisationId) barred.push(`works for ${subject.organisationName}`);
      const conflict = conflicts.find(
        (c) => c.personId === person.id && (c.serviceId === null || c.serviceId === subject.serviceId),
      );
      if (conflict) barred.push(`declared a conflict of interest: ${conflict.reason}`);
      const training = trainingRecord(trainedAs, trainedOn, onDate);
      if (training.length > 0 && training.every((t) => !t.valid)) {
        barred.push(trainingLapsedReason(training, onDate));
      }
      const others = workload.get(person.id) ?? 0;
      if (others >= MAX_OTHER_REVIEWS_PER_CYCLE) {
        barred.push(`already on ${others} other review teams this cycle (at most ${MAX_OTHER_REVIEWS_PER_CYCLE})`);
      }
      return {
        personId: person.id,
        displayName: person.displayName,
        organisationId: person.organisationId,
        profession: person.profession,
        trainedAs,
        training,
        notTrainedFor: REVIEWER_ROLES.filter((role) => !qualifiesAs(role, trainedAs)),
        otherReviewsThisCycle: others,
        barred,
      };
    })
    .sort((a, b) => a.barred.length - b.barred.length || a.displayName.localeCompare(b.displayName));
}

function trainingLapsedReason(training: readonly RoleTraining[], onDate: IsoDate): string {
  const dated = training.filter((t): t is RoleTraining & { expiresOn: IsoDate } => t.expiresOn !== null);
  if (dated.length === 0) return 'no date of training on record: record it, or renew the training';
  const latest = dated.map((t) => t.expiresOn).sort()[dated.length - 1] as IsoDate;
  return `training expired on ${longDate(latest)}, before ${longDate(onDate)}: it needs renewing`;
}

/** The rules the stored team breaks today (people change organisation, declare conflicts, leave the pool). */
export async function storedTeamViolations(ports: Ports, review: LoadedReview): Promise<TeamViolation[]> {
  if (!review.team) return [];
  return (await evaluate(ports, review, review.team, await loadPool(ports))).violations;
}
