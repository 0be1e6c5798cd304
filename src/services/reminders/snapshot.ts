import type { Assessment } from '../../domain/assessment';
import { standingsOf, type AssessmentSummary, type StandardProgress } from '../../domain/assessment-summary';
import { completeSummaries, summariesOf } from '../summaries/summary-reads';
import type { Cycle, CyclePhase } from '../../domain/cycle';
import { cyclePhase } from '../../domain/cycle-phase';
import type { FrameworkVersion } from '../../domain/framework';
import type { IsoDate } from '../../domain/ids';
import type { Organisation, Person, RoleAssignment, Service } from '../../domain/network';
import type { ReviewerRating, ReviewTeam } from '../../domain/review';
import type { Principal } from '../access-policy';
import type { Ports } from '../context';
import { OPEN_ACTION_STATUSES, type ActionStatus } from '../../domain/action-plan';
import { openActionsForReminders } from '../actions/action-reminders';
import { loadFramework } from '../network/frameworks';

/** An assessment with everything a reminder about it needs, read once per run. */
export interface AssessmentView {
  readonly assessment: Assessment;
  readonly cycle: Cycle;
  readonly framework: FrameworkVersion;
  readonly phase: CyclePhase | 'not_open' | 'ended';
  readonly subjectName: string;
  readonly organisationName: string;
  /** In framework order. Empty unless the cycle is in self-assessment (nobody is reminded to rate otherwise). */
  readonly responses: readonly StandardProgress[];
  /** The review team, once one is saved. */
  readonly team: ReviewTeam | undefined;
  /** The standards each reviewer has rated (by person id); read only for assessments under review. */
  readonly reviewerRated: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * What the planner reads: the people, their roles and the assessments of cycles that are open, indexed so that
 * deciding one person's reminders is a few map lookups (the plan for 10,000 people must take well under 2 s).
 */
export interface ReminderSnapshot {
  readonly today: IsoDate;
  readonly people: ReadonlyMap<string, Person>;
  /** Display names of everyone read, including people who are named in a message but not planned for. */
  readonly names?: ReadonlyMap<string, string>;
  readonly rolesByPerson: ReadonlyMap<string, readonly RoleAssignment[]>;
  readonly assessments: ReadonlyMap<string, AssessmentView>;
  /** Assessments of open cycles by subject id: a service id, or an organisation id for organisation assessments. */
  readonly bySubject: ReadonlyMap<string, readonly AssessmentView[]>;
  /** Responses assigned to each person, in assessments whose cycle is in self-assessment. */
  readonly assignedTo: ReadonlyMap<string, readonly StandardProgress[]>;
  readonly actions: readonly PlannedAction[];
}

/** An improvement action as the reminder engine needs it (owner, due date, status). */
export interface PlannedAction {
  readonly id: string;
  readonly ownerId: string;
  readonly title: string;
  readonly assessmentId: string;
  readonly dueDate: IsoDate;
  readonly status: ActionStatus;
}

interface SnapshotParts {
  readonly today: IsoDate;
  readonly cycles: readonly Cycle[];
  readonly people: readonly Person[];
  /** People only named (review team members the plan is not for). */
  readonly others?: readonly Person[];
  readonly roles: readonly RoleAssignment[];
  readonly organisations: readonly Organisation[];
  readonly services: readonly Service[];
  readonly assessments: readonly Assessment[];
  readonly responses: readonly StandardProgress[];
  readonly frameworks: ReadonlyMap<string, FrameworkVersion>;
  readonly actions?: readonly PlannedAction[];
  readonly teams?: readonly ReviewTeam[];
  readonly reviewRatings?: readonly ReviewerRating[];
}

function isOpen(phase: ReturnType<typeof cyclePhase>): boolean {
  return phase !== 'not_open' && phase !== 'ended';
}

function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function ratedByReviewer(ratings: readonly ReviewerRating[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of ratings) {
    const codes = out.get(r.reviewerId) ?? new Set<string>();
    codes.add(r.standardCode);
    out.set(r.reviewerId, codes);
  }
  return out;
}

/** Reviewers rate only while an assessment is under review: only those assessments' ratings are read. */
function underReviewIds(assessments: readonly Assessment[]): string[] {
  return assessments.filter((a) => a.state === 'under_review').map((a) => a.id);
}

export function buildSnapshot(parts: SnapshotParts): ReminderSnapshot {
  const cycles = new Map(parts.cycles.map((c) => [c.id, c]));
  const orgName = new Map(parts.organisations.map((o) => [o.id, o.name]));
  const serviceName = new Map(parts.services.map((s) => [s.id, s.name]));
  const responsesByAssessment = group(parts.responses, (r) => r.assessmentId);
  const teams = new Map((parts.teams ?? []).map((t) => [t.assessmentId, t]));
  const reviewRatings = group(parts.reviewRatings ?? [], (r) => r.assessmentId);
  const assessments = new Map<string, AssessmentView>();
  for (const assessment of parts.assessments) {
    const cycle = cycles.get(assessment.cycleId);
    const framework = parts.frameworks.get(assessment.frameworkVersionId);
    if (!cycle || !framework) continue;
    const phase = cyclePhase(cycle, parts.today);
    if (!isOpen(phase)) continue;
    const order = new Map(framework.standards.map((s, i) => [s.code, i]));
    const responses = phase === 'self_assessment' ? [...(responsesByAssessment.get(assessment.id) ?? [])] : [];
    responses.sort((a, b) => (order.get(a.standardCode) ?? 1e9) - (order.get(b.standardCode) ?? 1e9));
    const subject = assessment.subject;
    const organisationName = orgName.get(subject.organisationId) ?? subject.organisationId;
    assessments.set(assessment.id, {
      assessment,
      cycle,
      framework,
      phase,
      subjectName:
        subject.kind === 'service' ? (serviceName.get(subject.serviceId) ?? subject.serviceId) : organisationName,
      organisationName,
      responses,
      team: teams.get(assessment.id),
      reviewerRated: ratedByReviewer(reviewRatings.get(assessment.id) ?? []),
    });
  }
  const views = [...assessments.values()];
  const assigned = views.flatMap((v) => v.responses.filter((r) => r.assigneeId !== null));
  return {
    today: parts.today,
    people: new Map(parts.people.map((p) => [p.id, p])),
    names: new Map([...(parts.others ?? []), ...parts.people].map((p) => [p.id, p.displayName])),
    rolesByPerson: group(parts.roles, (r) => r.personId),
    assessments,
    bySubject: group(views, (v) =>
      v.assessment.subject.kind === 'service' ? v.assessment.subject.serviceId : v.assessment.subject.organisationId,
    ),
    assignedTo: group(assigned, (r) => r.assigneeId ?? ''),
    actions: parts.actions ?? [],
  };
}

function standingsOfAll(summaries: Iterable<AssessmentSummary>): StandardProgress[] {
  return [...summaries].flatMap(standingsOf);
}

async function frameworksOf(ports: Ports, assessments: readonly Assessment[]): Promise<Map<string, FrameworkVersion>> {
  const ids = [...new Set(assessments.map((a) => a.frameworkVersionId))];
  const loaded = await Promise.all(ids.map((id) => loadFramework(ports, id)));
  return new Map(loaded.map((f) => [f.id, f]));
}

/** The whole network, for a reminder run. Responses are read only for cycles in their self-assessment window. */
export async function loadSnapshot(ports: Ports, today: IsoDate): Promise<ReminderSnapshot> {
  const store = ports.store;
  const [cycles, people, roles, organisations, services] = await Promise.all([
    store.query('cycle', {}),
    store.query('person', {}),
    store.query('roleAssignment', {}),
    store.query('organisation', {}),
    store.query('service', {}),
  ]);
  const open = cycles.filter((c) => isOpen(cyclePhase(c, today)));
  const selfAssessing = open.filter((c) => cyclePhase(c, today) === 'self_assessment');
  // Who has what to rate comes from the assessments' summaries (one small item each), never from every response.
  const [assessments, found] = await Promise.all([
    Promise.all(open.map((c) => store.query('assessment', { cycleId: c.id }))).then((l) => l.flat()),
    Promise.all(selfAssessing.map((c) => store.query('assessmentSummary', { cycleId: c.id }))).then((l) => l.flat()),
  ]);
  const selfAssessingIds = new Set(selfAssessing.map((c) => c.id));
  const summaries = await completeSummaries(
    ports,
    assessments.filter((a) => selfAssessingIds.has(a.cycleId)),
    found,
  );
  const responses = standingsOfAll(summaries.values());
  const [frameworks, actions, teams, reviewRatings] = await Promise.all([
    frameworksOf(ports, assessments),
    // Open actions (proposed, agreed, in progress) of every cycle, ended or not: their owners are reminded when one
    // is due soon or overdue.
    openActionsForReminders(ports, cycles, today),
    // Review teams: their members and the service lead hear of the team and the visit.
    Promise.all(open.map((c) => store.query('reviewTeam', { cycleId: c.id }))).then((l) => l.flat()),
    Promise.all(underReviewIds(assessments).map((id) => store.query('reviewRating', { assessmentId: id }))).then((l) =>
      l.flat(),
    ),
  ]);
  return buildSnapshot({
    today,
    cycles: open,
    people,
    roles,
    organisations,
    services,
    assessments,
    responses,
    frameworks,
    actions,
    teams,
    reviewRatings,
  });
}

/** Only what one person's roles reach, for chat commands (`progress`, `next`) and card refreshes. */
export async function loadSnapshotFor(ports: Ports, principal: Principal, today: IsoDate): Promise<ReminderSnapshot> {
  const store = ports.store;
  const subjectIds = new Set<string>();
  const reviewIds: string[] = [];
  for (const role of principal.roles) {
    if (role.scope.kind === 'service') subjectIds.add(role.scope.serviceId);
    if (role.scope.kind === 'organisation' && role.role === 'organisational_lead') {
      subjectIds.add(role.scope.organisationId);
    }
    if (role.scope.kind === 'review') reviewIds.push(role.scope.assessmentId);
  }
  const cycles = (await store.query('cycle', {})).filter((c) => isOpen(cyclePhase(c, today)));
  const openIds = new Set(cycles.map((c) => c.id));
  const found = [
    ...(await Promise.all([...subjectIds].map((subjectId) => store.query('assessment', { subjectId })))).flat(),
    ...(await store.getMany('assessment', reviewIds)),
  ];
  const assessments = [...new Map(found.map((a) => [a.id, a])).values()].filter((a) => openIds.has(a.cycleId));
  const selfAssessing = assessments.filter((a) => {
    const cycle = cycles.find((c) => c.id === a.cycleId);
    return cycle !== undefined && cyclePhase(cycle, today) === 'self_assessment';
  });
  const [summaries, owned] = await Promise.all([
    summariesOf(ports, selfAssessing),
    store.query('action', { ownerId: principal.person.id }),
  ]);
  const responses = standingsOfAll(summaries.values());
  const actions = owned.filter((a) => (OPEN_ACTION_STATUSES as readonly string[]).includes(a.status));
  // The assessments the person's actions belong to (for their names), if their roles did not reach them already.
  const actionAssessments = await store.getMany(
    'assessment',
    [...new Set(actions.map((a) => a.assessmentId))].filter((id) => !found.some((f) => f.id === id)),
  );
  const all = [...assessments, ...actionAssessments.filter((a) => openIds.has(a.cycleId))];
  const serviceIds = all.flatMap((a) => (a.subject.kind === 'service' ? [a.subject.serviceId] : []));
  const reviewing = assessments.filter((a) => reviewIds.includes(a.id));
  const [organisations, services, frameworks, reviewRatings] = await Promise.all([
    store.getMany('organisation', [...new Set(all.map((a) => a.subject.organisationId))]),
    store.getMany('service', [...new Set(serviceIds)]),
    frameworksOf(ports, all),
    Promise.all(underReviewIds(reviewing).map((id) => store.query('reviewRating', { assessmentId: id }))).then((l) =>
      l.flat().filter((r) => r.reviewerId === principal.person.id),
    ),
  ]);
  return buildSnapshot({
    today,
    cycles,
    people: [principal.person],
    roles: principal.roles,
    organisations,
    services,
    assessments: all,
    responses,
    frameworks,
    actions,
    reviewRatings,
  });
}
