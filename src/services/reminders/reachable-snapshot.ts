import type { Assessment } from '../../domain/assessment';
import { standingsOf } from '../../domain/assessment-summary';
import { OPEN_ACTION_STATUSES } from '../../domain/action-plan';
import { cyclePhase } from '../../domain/cycle-phase';
import type { IsoDate } from '../../domain/ids';
import type { Person, RoleAssignment } from '../../domain/network';
import type { Ports } from '../context';
import { actionsOfCycles } from '../actions/actions-of-cycles';
import { loadFramework } from '../network/frameworks';
import { summariesOf } from '../summaries/summary-reads';
import { buildSnapshot, type ReminderSnapshot } from './snapshot';

const REVIEW_ROLES: ReadonlySet<string> = new Set(['lead_reviewer', 'peer_reviewer', 'expert_by_experience']);

/**
 * Up to this many people, their roles, actions, assessments and review teams are read person by person (a query
 * each, 2 RU on SharePoint). For more, paging through those lists whole (unfiltered: no list view threshold, 2 RU per
 * 5,000 items) costs far less, and only what concerns the people planned for is kept; actions are the exception,
 * read as the network's open ones, by cycle and status, since finished actions pile up cycle after cycle.
 */
export const READ_PERSON_BY_PERSON_UP_TO = 200;

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/** What the people's roles and organisations reach: services, organisations and assessments under review. */
function reachOf(people: readonly Person[], roles: readonly RoleAssignment[]) {
  const serviceIds = new Set<string>();
  const ledServiceIds = new Set<string>();
  const organisationIds = new Set<string>();
  const ledOrganisationIds = new Set<string>();
  const reviewIds = new Set<string>();
  // Standards can be given to anyone of the assessed service's organisation, with or without a role in the service.
  for (const p of people) if (p.organisationId) organisationIds.add(p.organisationId);
  for (const r of roles) {
    if (r.scope.kind === 'service') {
      serviceIds.add(r.scope.serviceId);
      if (r.role === 'service_lead') ledServiceIds.add(r.scope.serviceId);
    }
    if (r.scope.kind === 'organisation' && r.role === 'organisational_lead') {
      organisationIds.add(r.scope.organisationId);
      ledOrganisationIds.add(r.scope.organisationId);
    }
    if (r.scope.kind === 'review' && REVIEW_ROLES.has(r.role)) reviewIds.add(r.scope.assessmentId);
  }
  return { serviceIds, ledServiceIds, organisationIds, ledOrganisationIds, reviewIds };
}

/**
 * The reminder snapshot for these people only (the people the bot can reach): their roles, their actions, the
 * assessments of open cycles their roles and organisations reach, with those assessments' summaries, review teams and
 * reviewer ratings. Every read is by person, service, organisation or assessment, never by cycle, so no read grows
 * with the network (SharePoint refuses a filter matching more than 5,000 items), and nobody else's data is read.
 */
export async function loadSnapshotOfPeople(
  ports: Ports,
  people: readonly Person[],
  today: IsoDate,
  readPersonByPersonUpTo = READ_PERSON_BY_PERSON_UP_TO,
): Promise<ReminderSnapshot> {
  const store = ports.store;
  const personIds = people.map((p) => p.id);
  const planned = new Set(personIds);
  const whole = personIds.length > readPersonByPersonUpTo;
  const cyclesRead = store.query('cycle', {});
  const [cycles, roles, owned] = await Promise.all([
    cyclesRead,
    whole
      ? store.query('roleAssignment', {}).then((all) => all.filter((r) => planned.has(r.personId)))
      : Promise.all(personIds.map((personId) => store.query('roleAssignment', { personId }))).then((l) => l.flat()),
    // For many people, only the open actions (of every cycle: an action stays open after its cycle ends), read by
    // cycle and status, rather than every action the network has ever finished.
    whole
      ? cyclesRead
          .then((all) =>
            actionsOfCycles(
              ports,
              all.map((c) => c.id),
              OPEN_ACTION_STATUSES,
            ),
          )
          .then((open) => open.filter((a) => planned.has(a.ownerId)))
      : Promise.all(personIds.map((ownerId) => store.query('action', { ownerId }))).then((l) => l.flat()),
  ]);
  const open = cycles.filter((c) => {
    const phase = cyclePhase(c, today);
    return phase !== 'not_open' && phase !== 'ended';
  });
  const openIds = new Set(open.map((c) => c.id));
  const actions = owned.filter((a) => (OPEN_ACTION_STATUSES as readonly string[]).includes(a.status));
  const reach = reachOf(people, roles);
  const byId = new Set([...reach.reviewIds, ...actions.map((a) => a.assessmentId)]);
  const reached = (a: Assessment) =>
    byId.has(a.id) ||
    reach.organisationIds.has(a.subject.organisationId) ||
    (a.subject.kind === 'service' && reach.serviceIds.has(a.subject.serviceId));
  const found = whole
    ? (await store.query('assessment', {})).filter(reached)
    : (
        await Promise.all([
          ...[...reach.organisationIds].map((organisationId) => store.query('assessment', { organisationId })),
          ...[...reach.serviceIds].map((subjectId) => store.query('assessment', { subjectId })),
          store.getMany('assessment', [...byId]),
        ])
      ).flat();
  const assessments = [...new Map(found.map((a) => [a.id, a])).values()].filter((a) => openIds.has(a.cycleId));
  const selfAssessing = new Set(open.filter((c) => cyclePhase(c, today) === 'self_assessment').map((c) => c.id));
  const hosted = (a: Assessment) =>
    a.subject.kind === 'service'
      ? reach.ledServiceIds.has(a.subject.serviceId)
      : reach.ledOrganisationIds.has(a.subject.organisationId);
  // Review teams are announced to their members and to the lead of the service (or organisation) visited.
  const withTeams = assessments.filter((a) => hosted(a) || reach.reviewIds.has(a.id));
  const teamIds = new Set(withTeams.map((a) => a.id));
  const underReview = assessments.filter((a) => a.state === 'under_review' && reach.reviewIds.has(a.id));
  const serviceIds = unique(assessments.flatMap((a) => (a.subject.kind === 'service' ? [a.subject.serviceId] : [])));
  const [summaries, teams, reviewRatings, organisations, services, frameworks] = await Promise.all([
    summariesOf(
      ports,
      assessments.filter((a) => selfAssessing.has(a.cycleId)),
    ),
    whole
      ? store.query('reviewTeam', {}).then((all) => all.filter((t) => teamIds.has(t.assessmentId)))
      : Promise.all(withTeams.map((a) => store.query('reviewTeam', { assessmentId: a.id }))).then((l) => l.flat()),
    Promise.all(underReview.map((a) => store.query('reviewRating', { assessmentId: a.id }))).then((l) => l.flat()),
    store.getMany('organisation', unique(assessments.map((a) => a.subject.organisationId))),
    store.getMany('service', serviceIds),
    Promise.all(unique(assessments.map((a) => a.frameworkVersionId)).map((id) => loadFramework(ports, id))),
  ]);
  // Team members' names, for the announcement's list of who is on the team.
  const known = new Set(personIds);
  const others = await store.getMany(
    'person',
    unique(teams.flatMap((t) => t.members.map((m) => m.personId))).filter((id) => !known.has(id)),
  );
  return buildSnapshot({
    today,
    cycles: open,
    people,
    others,
    roles,
    organisations,
    services,
    assessments,
    responses: [...summaries.values()].flatMap(standingsOf),
    frameworks: new Map(frameworks.map((f) => [f.id, f])),
    actions,
    teams,
    reviewRatings,
  });
}
