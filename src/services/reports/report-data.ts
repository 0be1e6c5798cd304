import type { Assessment, Rating } from '../../domain/assessment';
import type { Cycle } from '../../domain/cycle';
import type { AssessedPart, OrganisationReportInput } from '../../domain/organisation-report-model';
import type { RatingInput, ServiceReportInput } from '../../domain/report-model';
import { reviewTeamId } from '../../domain/review';
import type { Ports } from '../context';
import { loadFramework } from '../network/frameworks';
import { serviceQuestionnaireEvidence } from '../questionnaires/questionnaire-evidence';

const AGREED = new Set<Assessment['state']>(['agreed', 'closed']);

/**
 * The ratings an assessment stands on: the agreed ratings once its review is agreed, else its self-assessment.
 * A standard the team left without an agreed rating keeps its self-assessed one (older cycles were closed
 * before agreed ratings were recorded one by one).
 */
export async function ratingsOfRecord(ports: Ports, assessment: Assessment): Promise<RatingInput[]> {
  const self = await ports.store.query('response', { assessmentId: assessment.id });
  if (!AGREED.has(assessment.state)) return self.map((r) => ({ standardCode: r.standardCode, rating: r.rating }));
  const agreed = new Map(
    (await ports.store.query('agreedRating', { assessmentId: assessment.id })).map((a) => [a.standardCode, a.rating]),
  );
  return self.map((r) => ({ standardCode: r.standardCode, rating: agreed.get(r.standardCode) ?? r.rating }));
}

function subjectIdOf(a: Assessment): string {
  return a.subject.kind === 'service' ? a.subject.serviceId : a.subject.organisationId;
}

/** The same subject's assessment in the latest earlier cycle, if there is one. */
export async function previousAssessmentOf(
  ports: Ports,
  assessment: Assessment,
  cycle: Cycle,
): Promise<{ assessment: Assessment; cycle: Cycle } | null> {
  const [cycles, assessments] = await Promise.all([
    ports.store.query('cycle', {}),
    ports.store.query('assessment', { subjectId: subjectIdOf(assessment) }),
  ]);
  const earlier = cycles
    .filter((c) => c.windows.self_assessment.start < cycle.windows.self_assessment.start)
    .sort((a, b) => b.windows.self_assessment.start.localeCompare(a.windows.self_assessment.start));
  for (const c of earlier) {
    const found = assessments.find((a) => a.cycleId === c.id && a.subject.kind === assessment.subject.kind);
    if (found) return { assessment: found, cycle: c };
  }
  return null;
}

async function previousInput(
  ports: Ports,
  assessment: Assessment,
  cycle: Cycle,
): Promise<ServiceReportInput['previous']> {
  const previous = await previousAssessmentOf(ports, assessment, cycle);
  if (!previous) return null;
  return {
    cycleName: previous.cycle.name,
    framework: await loadFramework(ports, previous.assessment.frameworkVersionId),
    ratings: await ratingsOfRecord(ports, previous.assessment),
  };
}

/** Everything the report of one assessment needs, read from the store. */
export async function loadServiceReportInput(
  ports: Ports,
  assessment: Assessment,
  cycle: Cycle,
): Promise<{ input: ServiceReportInput; description: string }> {
  const id = assessment.id;
  const [framework, responses, ratings, agreed, findings, team, organisation, service, previous, questionnaires] =
    await Promise.all([
      loadFramework(ports, assessment.frameworkVersionId),
      ports.store.query('response', { assessmentId: id }),
      ports.store.query('reviewRating', { assessmentId: id }),
      ports.store.query('agreedRating', { assessmentId: id }),
      ports.store.query('finding', { assessmentId: id }),
      ports.store.get('reviewTeam', reviewTeamId(id)),
      ports.store.get('organisation', assessment.subject.organisationId),
      assessment.subject.kind === 'service' ? ports.store.get('service', assessment.subject.serviceId) : undefined,
      previousInput(ports, assessment, cycle),
      assessment.subject.kind === 'service'
        ? serviceQuestionnaireEvidence(ports, assessment.subject.serviceId, assessment.cycleId)
        : [],
    ]);
  const people = await ports.store.getMany('person', [
    ...new Set([...(team?.members.map((m) => m.personId) ?? []), ...ratings.map((r) => r.reviewerId)]),
  ]);
  const orgIds = [...new Set(people.map((p) => p.organisationId).filter((o): o is string => o !== null))];
  const orgName = new Map((await ports.store.getMany('organisation', orgIds)).map((o) => [o.id, o.name]));
  const person = new Map(people.map((p) => [p.id, p]));
  const description = service?.description ?? '';
  return {
    description,
    input: {
      framework,
      subjectKind: assessment.subject.kind,
      subjectName: service?.name ?? organisation?.name ?? id,
      organisationName: organisation?.name ?? assessment.subject.organisationId,
      description,
      cycleName: cycle.name,
      generatedAt: ports.clock.now().toISOString(),
      team: (team?.members ?? []).map((m) => ({
        name: person.get(m.personId)?.displayName ?? m.personId,
        role: m.role,
        organisationName: orgName.get(person.get(m.personId)?.organisationId ?? '') ?? '',
      })),
      visit: team?.visit ?? null,
      self: responses.map((r) => ({ standardCode: r.standardCode, rating: r.rating })),
      reviewerRatings: ratings.map((r) => ({
        standardCode: r.standardCode,
        reviewerName: person.get(r.reviewerId)?.displayName ?? r.reviewerId,
        reviewerRole: r.reviewerRole,
        rating: r.rating,
        comment: r.comment,
      })),
      agreed: agreed.map((a) => ({ standardCode: a.standardCode, rating: a.rating, rationale: a.rationale })),
      findings: findings.map((f) => ({ standardCode: f.standardCode, kind: f.kind, text: f.text })),
      previous,
      questionnaires,
    },
  };
}

async function partOf(ports: Ports, assessment: Assessment, name: string): Promise<AssessedPart> {
  const [framework, responses, agreed, findings] = await Promise.all([
    loadFramework(ports, assessment.frameworkVersionId),
    ports.store.query('response', { assessmentId: assessment.id }),
    ports.store.query('agreedRating', { assessmentId: assessment.id }),
    ports.store.query('finding', { assessmentId: assessment.id }),
  ]);
  const pick = (list: readonly { standardCode: string; rating: Rating | null }[]) =>
    list.map((r) => ({ standardCode: r.standardCode, rating: r.rating }));
  return {
    name,
    framework,
    state: assessment.state,
    self: pick(responses),
    agreed: pick(agreed),
    findings: findings.map((f) => ({ standardCode: f.standardCode, kind: f.kind, text: f.text })),
  };
}

/** The organisation report: the organisation-level assessment, each service of the organisation, last cycle. */
export async function loadOrganisationReportInput(
  ports: Ports,
  orgAssessment: Assessment,
  cycle: Cycle,
): Promise<OrganisationReportInput> {
  const organisationId = orgAssessment.subject.organisationId;
  const [framework, organisation, services, assessments] = await Promise.all([
    loadFramework(ports, orgAssessment.frameworkVersionId),
    ports.store.get('organisation', organisationId),
    ports.store.query('service', { organisationId }),
    ports.store.query('assessment', { cycleId: cycle.id, organisationId }),
  ]);
  const serviceName = new Map(services.map((s) => [s.id, s.name]));
  const serviceAssessments = assessments.filter((a) => a.subject.kind === 'service');
  const parts = await Promise.all(
    serviceAssessments.map((a) =>
      partOf(ports, a, a.subject.kind === 'service' ? (serviceName.get(a.subject.serviceId) ?? a.id) : a.id),
    ),
  );
  const previousParts = [];
  let previousCycleName: string | null = null;
  for (const a of [orgAssessment, ...serviceAssessments]) {
    const previous = await previousAssessmentOf(ports, a, cycle);
    if (!previous) continue;
    previousCycleName ??= previous.cycle.name;
    previousParts.push({
      framework: await loadFramework(ports, previous.assessment.frameworkVersionId),
      subjectKind: a.subject.kind,
      ratings: await ratingsOfRecord(ports, previous.assessment),
    });
  }
  const name = organisation?.name ?? organisationId;
  return {
    framework,
    organisationName: name,
    cycleName: cycle.name,
    generatedAt: ports.clock.now().toISOString(),
    services: parts.sort((a, b) => a.name.localeCompare(b.name)),
    organisation: await partOf(ports, orgAssessment, name),
    previous: previousCycleName ? { cycleName: previousCycleName, parts: previousParts } : null,
  };
}
