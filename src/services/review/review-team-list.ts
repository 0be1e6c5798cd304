import type { Assessment, AssessmentState } from '../../domain/assessment';
import type { Cycle } from '../../domain/cycle';
import { cyclePhase } from '../../domain/cycle-phase';
import type { IsoDate } from '../../domain/ids';
import { reviewTeamId, type ReviewTeam, type VisitFormat } from '../../domain/review';
import { teamViolations } from '../../domain/review-team-rules';
import { authorize, type Principal } from '../access-policy';
import type { Ports } from '../context';
import { subjectNames } from '../network/cycle-reads';
import { loadPool, teamCandidates } from './review-pool';

/** One assessment of the cycle as the admin building review teams sees it in the list. */
export interface ReviewTeamRow {
  readonly assessmentId: string;
  readonly state: AssessmentState;
  readonly organisationId: string;
  readonly organisationName: string;
  /** The service under review; null for an organisation-level assessment. */
  readonly serviceName: string | null;
  readonly team: {
    readonly members: number;
    /** How many of the network's rules the team breaks today (0 for a good team). */
    readonly brokenRules: number;
    readonly visitDate: IsoDate;
    readonly startTime: string | null;
    readonly format: VisitFormat;
  } | null;
}

export interface ReviewTeamList {
  /** The cycle shown: the one asked for, else the latest that has opened. Null when there are no cycles. */
  readonly cycle: { readonly id: string; readonly name: string } | null;
  /** Every cycle, newest first, to choose another. */
  readonly cycles: readonly { readonly id: string; readonly name: string }[];
  readonly rows: readonly ReviewTeamRow[];
}

/**
 * The assessments of one cycle with the state of their review teams, for the network admin to choose one to
 * build. Reads the cycle's assessments and teams, the names, the pool, and the people and conflicts of the members
 * only: never a response or an evidence record.
 */
export async function listReviewTeams(
  ports: Ports,
  principal: Principal,
  filter: { cycleId?: string; state?: AssessmentState },
): Promise<ReviewTeamList> {
  authorize(principal, 'review.manage');
  const today = ports.clock.now().toISOString().slice(0, 10);
  const cycles = (await ports.store.query('cycle', {})).sort((a, b) =>
    b.windows.self_assessment.start.localeCompare(a.windows.self_assessment.start),
  );
  const cycle = filter.cycleId ? cycles.find((c) => c.id === filter.cycleId) : latestOpenedCycle(cycles, today);
  const named = cycles.map((c) => ({ id: c.id, name: c.name }));
  if (!cycle) return { cycle: null, cycles: named, rows: [] };
  const [assessments, teams] = await Promise.all([
    ports.store.query('assessment', { cycleId: cycle.id }),
    ports.store.query('reviewTeam', { cycleId: cycle.id }),
  ]);
  const shown = assessments.filter((a) => !filter.state || a.state === filter.state);
  const teamOf = new Map(teams.map((t) => [t.assessmentId, t]));
  const names = await subjectNames(ports, assessments);
  const breaks = await brokenRuleCounts(ports, cycle, teams, assessments, names);
  const rows = shown.map((a): ReviewTeamRow => {
    const team = teamOf.get(a.id);
    return {
      assessmentId: a.id,
      state: a.state,
      organisationId: a.subject.organisationId,
      organisationName: names.get(a.subject.organisationId) ?? a.subject.organisationId,
      serviceName: a.subject.kind === 'service' ? (names.get(a.subject.serviceId) ?? a.subject.serviceId) : null,
      team: team
        ? {
            members: team.members.length,
            brokenRules: breaks.get(team.id) ?? 0,
            visitDate: team.visit.date,
            startTime: team.visit.startTime ?? null,
            format: team.visit.format,
          }
        : null,
    };
  });
  rows.sort(
    (x, y) =>
      x.organisationName.localeCompare(y.organisationName) || (x.serviceName ?? '').localeCompare(y.serviceName ?? ''),
  );
  return { cycle: { id: cycle.id, name: cycle.name }, cycles: named, rows };
}

/** The newest cycle whose self-assessment has opened, else the newest of all. */
export function latestOpenedCycle(cycles: readonly Cycle[], today: IsoDate): Cycle | undefined {
  const newestFirst = [...cycles].sort((a, b) =>
    b.windows.self_assessment.start.localeCompare(a.windows.self_assessment.start),
  );
  return newestFirst.find((c) => cyclePhase(c, today) !== 'not_open') ?? newestFirst[0];
}

/** How many rules each stored team of the cycle breaks today, by team id. */
async function brokenRuleCounts(
  ports: Ports,
  cycle: Cycle,
  teams: readonly ReviewTeam[],
  assessments: readonly Assessment[],
  names: ReadonlyMap<string, string>,
): Promise<Map<string, number>> {
  if (teams.length === 0) return new Map();
  const memberIds = [...new Set(teams.flatMap((t) => t.members.map((m) => m.personId)))];
  const [pool, people, conflicts] = await Promise.all([
    loadPool(ports),
    ports.store.getMany('person', memberIds),
    Promise.all(memberIds.map((personId) => ports.store.query('conflictDeclaration', { personId }))),
  ]);
  const byId = new Map(people.map((p) => [p.id, p]));
  const teamsOfPerson = new Map<string, number>();
  for (const t of teams) {
    for (const id of new Set(t.members.map((m) => m.personId))) teamsOfPerson.set(id, (teamsOfPerson.get(id) ?? 0) + 1);
  }
  const assessmentOf = new Map(assessments.map((a) => [a.id, a]));
  const counts = new Map<string, number>();
  for (const team of teams) {
    const subject = assessmentOf.get(team.assessmentId)?.subject;
    if (!subject) continue;
    const onThisTeam = new Set(team.members.map((m) => m.personId));
    const others = new Map([...teamsOfPerson].map(([id, n]) => [id, onThisTeam.has(id) ? n - 1 : n]));
    const serviceId = subject.kind === 'service' ? subject.serviceId : null;
    const violations = teamViolations({
      subject: {
        organisationId: subject.organisationId,
        organisationName: names.get(subject.organisationId) ?? subject.organisationId,
        serviceId,
        serviceName: serviceId === null ? null : (names.get(serviceId) ?? serviceId),
      },
      members: teamCandidates(team.members, byId, pool, others),
      conflicts: conflicts.flat(),
      visit: team.visit,
      reviewWindow: cycle.windows.peer_review,
    });
    counts.set(reviewTeamId(team.assessmentId), violations.length);
  }
  return counts;
}
