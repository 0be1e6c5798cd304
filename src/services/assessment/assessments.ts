import { formalStatusOf, type FormalStatus } from '../../domain/formal-status';
import { applicableStandards } from '../../domain/applicability';
import { responseId, type Assessment, type AssessmentSubject, type StandardResponse } from '../../domain/assessment';
import { cyclePhase } from '../../domain/cycle-phase';
import type { Cycle, CyclePhase } from '../../domain/cycle';
import { DomainError } from '../../domain/errors';
import { authorize, isAllowed, type Principal } from '../access-policy';
import { assessmentResource, loadAssessment, loadCycles } from './assessment-context';
import { assessmentPermissions, ratePermission, type AssessmentAct, type StandardAct } from './assessment-permissions';
import { commitContext, putChange, today, type Ports } from '../context';
import { NotFoundError } from '../errors';
import { loadFramework } from '../network/frameworks';
import { permission, type Permission, type Permissions } from '../permission';
import { progressOf, type Progress } from '../../domain/progress';
import { subjectIdOf, subjectNames } from '../network/cycle-reads';
import { selfRatingsOf, type AssessmentSummary as StoredSummary } from '../../domain/assessment-summary';
import { assessmentIdFor } from '../unique-ids';
import { summariesOfCyclesOrFew } from '../summaries/summary-reads';
import { reachableAssessments } from './reachable-assessments';
import { allOrganisations } from '../network/organisation-list';

function summaryRatings(summary: StoredSummary | undefined): ReturnType<typeof selfRatingsOf> {
  return summary ? selfRatingsOf(summary) : [];
}

export interface AssessmentSummary {
  readonly assessment: Assessment;
  readonly subjectName: string;
  readonly organisationName: string;
  readonly cycleName: string;
  readonly progress: Progress;
  /** In the list, for a service's assessment: whether the reader may open the service's impact over time, and why not. */
  readonly impact?: Permission;
}

/** An assessment in the list, with the recognition panel's formal status (the dashboard's service view shows it). */
export interface AssessmentListItem extends AssessmentSummary {
  readonly formalStatus: FormalStatus;
}

export interface AssessmentDetail extends AssessmentSummary {
  readonly responses: readonly StandardResponse[];
  readonly phase: CyclePhase | 'not_open' | 'ended';
  /** What this person may do with the assessment now, and why not for the rest. */
  readonly allowed: Permissions<AssessmentAct>;
  /** Per standard code: whether this person may rate it now, and why not. */
  readonly allowedByStandard: Readonly<Record<string, Permissions<StandardAct>>>;
}

/** The assessments the person can see (their service's, organisation's, or those they review), newest cycle first. */
export async function listAssessments(
  ports: Ports,
  principal: Principal,
  filter: { cycleId?: string } = {},
): Promise<AssessmentListItem[]> {
  return (await listAssessmentsWithSummaries(ports, principal, await loadCycles(ports), filter)).items;
}

/** The list with the summaries it was worked out from, for a caller that shows more of them (the dashboard). */
export interface ListedWithSummaries {
  readonly items: AssessmentListItem[];
  /** The listed assessments' summaries, by assessment id. */
  readonly summaries: ReadonlyMap<string, StoredSummary>;
}

/** listAssessments over cycles the caller has read already, answering the summaries too, so neither is read twice. */
export async function listAssessmentsWithSummaries(
  ports: Ports,
  principal: Principal,
  cycles: readonly Cycle[],
  filter: { cycleId?: string } = {},
): Promise<ListedWithSummaries> {
  const wanted = filter.cycleId ? cycles.filter((c) => c.id === filter.cycleId) : cycles;
  const todayIso = today(ports);
  const reachable = await reachableAssessments(
    ports,
    principal,
    wanted.map((c) => c.id),
  );
  const visible = wanted.map((cycle) => ({
    cycle,
    assessments: reachable.filter(
      (a) => a.cycleId === cycle.id && isAllowed(principal, 'assessment.read', assessmentResource(a, cycle, todayIso)),
    ),
  }));
  const listed = visible.flatMap((v) => v.assessments);
  // A network role lists whole cycles: their summaries are read whole too, not looked up by id.
  const [names, summaries] = await Promise.all([subjectNames(ports, listed), summariesOfCyclesOrFew(ports, listed)]);
  const result = visible.flatMap(({ cycle, assessments }) =>
    assessments.map((a): AssessmentListItem => ({
      assessment: a,
      subjectName: names.get(subjectIdOf(a)) ?? subjectIdOf(a),
      organisationName: names.get(a.subject.organisationId) ?? a.subject.organisationId,
      cycleName: cycle.name,
      progress: progressOf(summaryRatings(summaries.get(a.id))),
      formalStatus: formalStatusOf(summaries.get(a.id)?.recognition ?? undefined, todayIso),
      ...(a.subject.kind === 'service'
        ? {
            impact: permission(principal, 'impact.read', {
              organisationId: a.subject.organisationId,
              serviceId: a.subject.serviceId,
            }),
          }
        : {}),
    })),
  );
  const items = result.sort(
    (x, y) =>
      y.assessment.createdAt.localeCompare(x.assessment.createdAt) || x.subjectName.localeCompare(y.subjectName),
  );
  return { items, summaries };
}

export async function getAssessment(ports: Ports, principal: Principal, id: string): Promise<AssessmentDetail> {
  const [{ assessment, cycle, resource }, responses] = await Promise.all([
    loadAssessment(ports, id),
    ports.store.query('response', { assessmentId: id }),
  ]);
  authorize(principal, 'assessment.read', resource);
  const assigneeIds = [...new Set(responses.flatMap((r) => (r.assigneeId ? [r.assigneeId] : [])))];
  const [organisation, service, assignees] = await Promise.all([
    // The organisation's name from the short-lived list every page's first call (GET /me) has read already.
    allOrganisations(ports).then((all) => all.find((o) => o.id === assessment.subject.organisationId)),
    assessment.subject.kind === 'service' ? ports.store.get('service', assessment.subject.serviceId) : undefined,
    assigneeIds.length > 0 ? ports.store.getMany('person', assigneeIds) : [],
  ]);
  const names = new Map(assignees.map((p) => [p.id, p.displayName]));
  const allowedByStandard = Object.fromEntries(
    responses.map((r) => [
      r.standardCode,
      {
        rate: ratePermission(
          principal,
          assessment,
          cycle,
          resource,
          r,
          r.assigneeId ? (names.get(r.assigneeId) ?? null) : null,
        ),
      },
    ]),
  );
  return {
    assessment,
    subjectName: service?.name ?? organisation?.name ?? '',
    organisationName: organisation?.name ?? '',
    cycleName: cycle.name,
    progress: progressOf(responses),
    responses: responses.sort((a, b) => compareCodes(a.standardCode, b.standardCode)),
    phase: resource.phase ?? 'not_open',
    allowed: assessmentPermissions(principal, assessment, resource),
    allowedByStandard,
  };
}

/** "1.10" sorts after "1.9". */
export function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

export interface CreateAssessmentRequest {
  readonly cycleId: string;
  readonly subject: { kind: 'service'; serviceId: string } | { kind: 'organisation'; organisationId: string };
}

/** Creates the assessment and one empty response per applicable standard, in one commit. */
export async function createAssessment(
  ports: Ports,
  principal: Principal,
  request: CreateAssessmentRequest,
): Promise<Assessment> {
  const cycle = await ports.store.get('cycle', request.cycleId);
  if (!cycle) throw new NotFoundError('cycle', request.cycleId);
  const subject = await resolveSubject(ports, request.subject);
  authorize(principal, 'assessment.create', {
    organisationId: subject.organisationId,
    ...(subject.kind === 'service' ? { serviceId: subject.serviceId } : {}),
    phase: cyclePhase(cycle, today(ports)),
  });
  const subjectId = subject.kind === 'service' ? subject.serviceId : subject.organisationId;
  const existing = await ports.store.query('assessment', { cycleId: cycle.id, subjectId });
  if (existing.some((a) => a.subject.kind === subject.kind)) {
    throw new DomainError(
      'assessment_exists',
      `This ${subject.kind} already has an assessment in ${cycle.name}. Open that one instead.`,
      'subject',
    );
  }
  const framework = await loadFramework(ports, cycle.frameworkVersionId);
  const now = ports.clock.now().toISOString();
  const assessment: Assessment = {
    id: assessmentIdFor(cycle.id, subject),
    version: 0,
    cycleId: cycle.id,
    frameworkVersionId: framework.id,
    subject,
    state: 'not_started',
    submittedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  const responses = applicableStandards(framework, subject.kind).map((standard): StandardResponse => ({
    id: responseId(assessment.id, standard.code),
    version: 0,
    assessmentId: assessment.id,
    cycleId: cycle.id,
    standardCode: standard.code,
    rating: null,
    naReason: '',
    narrative: '',
    evidenceIds: [],
    assigneeId: null,
    updatedBy: null,
    updatedAt: null,
  }));
  const [stored] = await ports.store.commit(commitContext(ports, principal), [
    putChange('assessment', assessment, 0),
    ...responses.map((r) => putChange('response', r, 0)),
  ]);
  return stored;
}

async function resolveSubject(ports: Ports, subject: CreateAssessmentRequest['subject']): Promise<AssessmentSubject> {
  if (subject.kind === 'organisation') {
    const organisation = await ports.store.get('organisation', subject.organisationId);
    if (!organisation) throw new NotFoundError('organisation', subject.organisationId);
    return { kind: 'organisation', organisationId: organisation.id };
  }
  const service = await ports.store.get('service', subject.serviceId);
  if (!service) throw new NotFoundError('service', subject.serviceId);
  return { kind: 'service', serviceId: service.id, organisationId: service.organisationId };
}
