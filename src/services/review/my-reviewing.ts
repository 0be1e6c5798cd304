import type { AssessmentState } from '../../domain/assessment';
import type { IsoDate } from '../../domain/ids';
import { isReviewerRole, reviewTeamId, type ReviewerRole, type ReviewVisit } from '../../domain/review';
import { authorize, type Principal } from '../access-policy';
import type { Ports } from '../context';
import { subjectNames } from '../network/cycle-reads';
import { allOrganisations } from '../network/organisation-list';
import { latestOpenedCycle } from './review-team-list';
import { loadPool, trainingRecord, type RoleTraining } from './review-pool';

/** One review the person is on in the current cycle. */
export interface MyReview {
  readonly assessmentId: string;
  readonly organisationName: string;
  readonly serviceName: string | null;
  readonly state: AssessmentState;
  readonly role: ReviewerRole;
  readonly visit: ReviewVisit;
}

/** What a reviewer keeps up to date about themselves: training, reviews this cycle, and what to declare against. */
export interface MyReviewing {
  /** Each reviewer role the person is trained for, with its date and when it needs renewing (judged today). */
  readonly training: readonly RoleTraining[];
  readonly cycle: { readonly id: string; readonly name: string } | null;
  readonly reviews: readonly MyReview[];
  /** The organisations of the network and their services, to name a conflict of interest. */
  readonly organisations: readonly {
    readonly id: string;
    readonly name: string;
    readonly services: readonly { readonly id: string; readonly name: string }[];
  }[];
}

export async function myReviewing(ports: Ports, principal: Principal): Promise<MyReviewing> {
  authorize(principal, 'conflict.declare');
  const today: IsoDate = ports.clock.now().toISOString().slice(0, 10);
  const pool = await loadPool(ports);
  const mine = pool.get(principal.person.id);
  const training = mine ? trainingRecord(mine.trainedAs, mine.trainedOn, today) : [];
  const cycle = latestOpenedCycle(await ports.store.query('cycle', {}), today);
  const onReview = principal.roles.flatMap((r) =>
    r.scope.kind === 'review' && isReviewerRole(r.role) ? [r.scope.assessmentId] : [],
  );
  const [teams, assessments] = await Promise.all([
    ports.store.getMany('reviewTeam', onReview.map(reviewTeamId)),
    ports.store.getMany('assessment', onReview),
  ]);
  const inCycle = assessments.filter((a) => a.cycleId === cycle?.id);
  const names = await subjectNames(ports, inCycle);
  const reviews = inCycle.flatMap((a): MyReview[] => {
    const team = teams.find((t) => t.assessmentId === a.id);
    const role = team?.members.find((m) => m.personId === principal.person.id)?.role;
    if (!team || !role) return [];
    return [
      {
        assessmentId: a.id,
        organisationName: names.get(a.subject.organisationId) ?? a.subject.organisationId,
        serviceName: a.subject.kind === 'service' ? (names.get(a.subject.serviceId) ?? a.subject.serviceId) : null,
        state: a.state,
        role,
        visit: team.visit,
      },
    ];
  });
  const [organisations, services] = await Promise.all([allOrganisations(ports), ports.store.query('service', {})]);
  return {
    training,
    cycle: cycle ? { id: cycle.id, name: cycle.name } : null,
    reviews: reviews.sort((x, y) => x.visit.date.localeCompare(y.visit.date)),
    organisations: [...organisations]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((o) => ({
        id: o.id,
        name: o.name,
        services: services
          .filter((s) => s.organisationId === o.id)
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((s) => ({ id: s.id, name: s.name })),
      })),
  };
}
