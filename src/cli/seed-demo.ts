import { LOCAL_HOST_TENANT_ID } from '../domain/tenant-trust';
import { withSummaries } from './seed-summaries';
import { applicableStandards } from '../domain/applicability';
import { responseId, type Assessment, type Rating, type StandardResponse } from '../domain/assessment';
import type { Cycle, CyclePhase, DateWindow } from '../domain/cycle';
import type { FrameworkVersion } from '../domain/framework';
import type { Organisation, Person, RoleAssignment, Scope, Service } from '../domain/network';
import { isReviewerRole, reviewTeamId, type ReviewTeam } from '../domain/review';
import { STARTER_FRAMEWORK } from '../domain/starter-framework';
import type { EntityKind, EntityMap, PutChange, Store } from '../services/ports';
import { DEMO_ORGANISATIONS, DEMO_PEOPLE, DEMO_PROGRESS, DEMO_SERVICES } from './demo-network-data';
import { demoGuid, seededRandom } from './seed-random';

export const DEMO_FRAMEWORK_ID = 'fw-mind-body-v1';
export const DEMO_CURRENT_CYCLE_ID = 'cycle-current';
export const DEMO_PREVIOUS_CYCLE_ID = 'cycle-previous';
const SEED_ACTOR = 'system:seed';

function put<K extends EntityKind>(kind: K, value: EntityMap[K]): PutChange<K> {
  return { op: 'put', kind, value, expectedVersion: 0 };
}

function addDays(date: Date, days: number): string {
  return new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Windows relative to "now", so a fresh demo is always in its self-assessment window. */
export function currentCycleWindows(now: Date): Record<CyclePhase, DateWindow> {
  return {
    self_assessment: { start: addDays(now, -30), end: addDays(now, 45) },
    peer_review: { start: addDays(now, 46), end: addDays(now, 100) },
    reporting: { start: addDays(now, 101), end: addDays(now, 130) },
    action_planning: { start: addDays(now, 131), end: addDays(now, 335) },
  };
}

function previousCycleWindows(now: Date): Record<CyclePhase, DateWindow> {
  return {
    self_assessment: { start: addDays(now, -395), end: addDays(now, -320) },
    peer_review: { start: addDays(now, -319), end: addDays(now, -265) },
    reporting: { start: addDays(now, -264), end: addDays(now, -235) },
    action_planning: { start: addDays(now, -234), end: addDays(now, -31) },
  };
}

export function emailFor(displayName: string, organisationShortName: string): string {
  const parts = displayName
    .replace(/^Dr\s+/, '')
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .split(' ');
  return `${parts.join('.')}@${organisationShortName.toLowerCase()}.nhs.example`;
}

function pickRating(random: () => number, strength: number): Rating {
  const r = random();
  if (r < 0.04) return 'not_applicable';
  if (r < 0.04 + strength) return 'met';
  if (r < 0.04 + strength + (1 - strength) * 0.6) return 'partly_met';
  return 'not_met';
}

interface AssessmentPlan {
  readonly cycle: Cycle;
  readonly subject: Assessment['subject'];
  readonly state: Assessment['state'];
  readonly ratedShare: number;
  readonly strength: number;
}

function buildAssessment(framework: FrameworkVersion, plan: AssessmentPlan, now: string, random: () => number) {
  const subjectId = plan.subject.kind === 'service' ? plan.subject.serviceId : plan.subject.organisationId;
  const id = `a-${plan.cycle.id === DEMO_CURRENT_CYCLE_ID ? 'cur' : 'prev'}-${subjectId}`;
  const standards = applicableStandards(framework, plan.subject.kind);
  const ratedCount = Math.round(standards.length * plan.ratedShare);
  const responses = standards.map((standard, index): StandardResponse => {
    const rating = index < ratedCount ? pickRating(random, plan.strength) : null;
    return {
      id: responseId(id, standard.code),
      version: 0,
      assessmentId: id,
      cycleId: plan.cycle.id,
      standardCode: standard.code,
      rating,
      naReason:
        rating === 'not_applicable'
          ? 'This service does not provide this part of care; it is provided by our partner trust.'
          : '',
      narrative: rating
        ? `Demo narrative for standard ${standard.code}: what the service does today and how it knows.`
        : '',
      evidenceIds: [],
      assigneeId: null,
      updatedBy: rating ? SEED_ACTOR : null,
      updatedAt: rating ? now : null,
    };
  });
  const assessment: Assessment = {
    id,
    version: 0,
    cycleId: plan.cycle.id,
    frameworkVersionId: framework.id,
    subject: plan.subject,
    state: plan.state,
    submittedAt: plan.state === 'not_started' || plan.state === 'in_progress' ? null : now,
    createdAt: now,
    updatedAt: now,
  };
  return { assessment, responses };
}

/**
 * The demo's expert by experience has no trust account: a guest of the host tenant, invited and already signed in.
 */
function withGuestAccount(person: Person, at: string): Person {
  if (person.profession !== 'lived_experience' || person.jobTitle !== 'Expert by experience') return person;
  const account = { tenantId: LOCAL_HOST_TENANT_ID, objectId: demoGuid(`guest:${person.id}`) };
  return {
    ...person,
    ...account,
    guest: { ...account, firstSentAt: at, lastSentAt: at, timesSent: 1, signedInAt: at },
  };
}

/** Seeds the demo network when the store is empty. Returns false (and changes nothing) when it is not. */
export async function seedDemoNetwork(target: Store, now: Date): Promise<boolean> {
  // Seeded assessments get their summaries in the same commits, as saves in the app do.
  const store = withSummaries(target);
  if ((await store.query('organisation', {})).length > 0) return false;
  const at = now.toISOString();
  const random = seededRandom(20261126);
  const framework: FrameworkVersion = {
    ...STARTER_FRAMEWORK,
    id: DEMO_FRAMEWORK_ID,
    version: 0,
    status: 'published',
    createdAt: at,
  };
  const organisations: Organisation[] = DEMO_ORGANISATIONS.map((o) => ({
    ...o,
    version: 0,
    tenantId: demoGuid(`tenant:${o.id}`),
  }));
  const shortName = new Map(organisations.map((o) => [o.id, o.shortName]));
  const tenantOf = new Map(organisations.map((o) => [o.id, o.tenantId]));
  const services: Service[] = DEMO_SERVICES.map((s) => ({ ...s, version: 0 }));
  const people: Person[] = DEMO_PEOPLE.map((p) =>
    withGuestAccount(
      {
        id: p.id,
        version: 0,
        displayName: p.displayName,
        email: emailFor(p.displayName, shortName.get(p.organisationId ?? '') ?? 'network'),
        organisationId: p.organisationId,
        jobTitle: p.jobTitle,
        profession: p.profession,
        tenantId: tenantOf.get(p.organisationId ?? '') ?? demoGuid('tenant:network'),
        objectId: demoGuid(`person:${p.id}`),
      },
      at,
    ),
  );
  const cycles: Cycle[] = [
    {
      id: DEMO_PREVIOUS_CYCLE_ID,
      version: 0,
      name: 'Cycle 2025/26',
      frameworkVersionId: framework.id,
      windows: previousCycleWindows(now),
      createdAt: at,
    },
    {
      id: DEMO_CURRENT_CYCLE_ID,
      version: 0,
      name: 'Cycle 2026/27',
      frameworkVersionId: framework.id,
      windows: currentCycleWindows(now),
      createdAt: at,
    },
  ];
  const [previous, current] = cycles as [Cycle, Cycle];
  const plans: AssessmentPlan[] = [
    ...['svc-kch-cardio', 'svc-slam-coast', 'svc-gstt-rheum', 'svc-slam-liaison'].map((serviceId, i) => ({
      cycle: previous,
      subject: {
        kind: 'service' as const,
        serviceId,
        organisationId: services.find((s) => s.id === serviceId)?.organisationId ?? '',
      },
      state: 'closed' as const,
      ratedShare: 1,
      strength: 0.35 + i * 0.08,
    })),
    ...services.map((s) => {
      const share = DEMO_PROGRESS[s.id] ?? 0;
      return {
        cycle: current,
        subject: { kind: 'service' as const, serviceId: s.id, organisationId: s.organisationId },
        state: share >= 1 ? ('submitted' as const) : share > 0 ? ('in_progress' as const) : ('not_started' as const),
        ratedShare: share,
        strength: 0.55,
      };
    }),
    ...organisations.map((o) => ({
      cycle: current,
      subject: { kind: 'organisation' as const, organisationId: o.id },
      state: 'not_started' as const,
      ratedShare: 0,
      strength: 0.5,
    })),
  ];
  const built = plans.map((plan) => buildAssessment(framework, plan, at, random));
  assignDemoWork(built);
  const roles: RoleAssignment[] = DEMO_PEOPLE.flatMap((p) =>
    p.roles.map((r, i): RoleAssignment => ({
      id: `ra-${p.id}-${i}`,
      version: 0,
      personId: p.id,
      role: r.role,
      scope: toScope(r.scope),
      ...(r.trainedDaysAgo === undefined ? {} : { trainedOn: addDays(now, -r.trainedDaysAgo) }),
    })),
  );
  const context = { actorId: SEED_ACTOR, at };
  await store.commit(context, [
    put('framework', framework),
    ...organisations.map((o) => put('organisation', o)),
    ...services.map((s) => put('service', s)),
    ...people.map((p) => put('person', p)),
    ...cycles.map((c) => put('cycle', c)),
    ...roles.map((r) => put('roleAssignment', r)),
  ]);
  for (const { assessment, responses } of built) {
    await store.commit(context, [put('assessment', assessment), ...responses.map((r) => put('response', r))]);
  }
  await store.commit(
    context,
    demoReviewTeams(roles, built, current, at).map((t) => put('reviewTeam', t)),
  );
  return true;
}

/**
 * The review teams behind the demo's review-scoped roles (GSTT rheumatology: a KCH lead reviewer, a SLaM mental
 * health nurse and a SLaM expert by experience), visiting in person two weeks into the peer review window.
 */
function demoReviewTeams(
  roles: readonly RoleAssignment[],
  built: readonly { assessment: Assessment }[],
  cycle: Cycle,
  at: string,
): ReviewTeam[] {
  const byAssessment = new Map<string, ReviewTeam['members'][number][]>();
  for (const r of roles) {
    if (r.scope.kind !== 'review' || !isReviewerRole(r.role)) continue;
    const list = byAssessment.get(r.scope.assessmentId) ?? [];
    list.push({ personId: r.personId, role: r.role });
    byAssessment.set(r.scope.assessmentId, list);
  }
  const visitDate = addDays(new Date(`${cycle.windows.peer_review.start}T00:00:00Z`), 14);
  return [...byAssessment].flatMap(([assessmentId, members]) => {
    const assessment = built.find((b) => b.assessment.id === assessmentId)?.assessment;
    if (!assessment) return [];
    return [
      {
        id: reviewTeamId(assessmentId),
        version: 0,
        assessmentId,
        cycleId: assessment.cycleId,
        organisationId: assessment.subject.organisationId,
        members,
        visit: { date: visitDate, format: 'in_person' as const },
        informationRequests: [],
        updatedBy: SEED_ACTOR,
        updatedAt: at,
      },
    ];
  });
}

function toScope(scope: string): Scope {
  if (scope === 'network') return { kind: 'network' };
  if (scope.startsWith('org-')) return { kind: 'organisation', organisationId: scope };
  if (scope.startsWith('review:')) return { kind: 'review', assessmentId: `a-cur-${scope.slice('review:'.length)}` };
  return { kind: 'service', serviceId: scope };
}

/** COAST's contributors each hold a theme, so "my work" has something in it for them. */
function assignDemoWork(built: { assessment: Assessment; responses: StandardResponse[] }[]): void {
  const assign: Record<string, Record<string, string>> = {
    'a-cur-svc-slam-coast': { '2': 'p-contrib-coast-2', '4': 'p-contrib-coast-1' },
    'a-cur-svc-kch-cardio': { '3': 'p-contrib-cardio' },
  };
  for (const entry of built) {
    const byTheme = assign[entry.assessment.id];
    if (!byTheme) continue;
    entry.responses = entry.responses.map((r) => ({
      ...r,
      assigneeId: byTheme[r.standardCode.split('.')[0] ?? ''] ?? null,
    }));
  }
}
