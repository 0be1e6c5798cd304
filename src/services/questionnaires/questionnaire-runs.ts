import { DomainError } from '../../domain/errors';
import {
  DEFAULT_MINIMUM_ANSWERS,
  isRunOpen,
  limitsOneAnswerPerDevice,
  questionnaireRunId,
  type QuestionnaireRun,
} from '../../domain/questionnaires/questionnaire-run';
import { openRunRequestProblems } from '../../domain/questionnaires/open-run-rules';
import { emptyTally } from '../../domain/questionnaires/questionnaire-tally';
import type { Resource } from '../access-policy';
import { authorize, type Principal } from '../access-policy';
import { loadAssessment } from '../assessment/assessment-context';
import { commitContext, putChange, type Ports } from '../context';
import { NotFoundError } from '../errors';

/** What a lead sees of a run: never the token (it is shown once, when the run is opened) and only the count. */
export interface RunSummary {
  readonly id: string;
  readonly version: number;
  readonly questionnaireId: string;
  readonly audience: QuestionnaireRun['audience'];
  readonly closesAt: string;
  readonly closedEarlyAt: string | null;
  readonly open: boolean;
  readonly answers: number;
  readonly minimumAnswers: number;
  /** Whether a device that has answered through the public link is refused a second answer. */
  readonly oneAnswerPerDevice: boolean;
}

export interface ServiceRunContext {
  readonly serviceId: string;
  readonly organisationId: string;
  readonly cycleId: string;
  readonly resource: Resource;
}

/** The service and cycle of a service's assessment, with the resource the access policy decides on. */
export async function serviceOfAssessment(ports: Ports, assessmentId: string): Promise<ServiceRunContext> {
  const { assessment, resource } = await loadAssessment(ports, assessmentId);
  if (assessment.subject.kind !== 'service') {
    throw new DomainError(
      'run_not_possible',
      "Questionnaires are run by services: open one from a service's assessment, not an organisation's.",
    );
  }
  return {
    serviceId: assessment.subject.serviceId,
    organisationId: assessment.subject.organisationId,
    cycleId: assessment.cycleId,
    resource,
  };
}

/** A run of this service and cycle, or not found (a run of another service is not revealed). */
export async function runOfService(ports: Ports, service: ServiceRunContext, runId: string): Promise<QuestionnaireRun> {
  const run = await ports.store.get('questionnaireRun', runId);
  if (!run || run.serviceId !== service.serviceId || run.cycleId !== service.cycleId) {
    throw new NotFoundError('questionnaire run', runId);
  }
  return run;
}

/**
 * Opens a questionnaire for the service of an assessment, in its cycle, until `closesAt`. The public token is given
 * back once, here; the store keeps only its digest.
 */
export async function openRun(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  request: {
    readonly questionnaireId: string;
    readonly closesAt: string;
    readonly minimumAnswers?: number;
    /** One answer per device unless the service says otherwise (a tablet handed round a waiting room). */
    readonly oneAnswerPerDevice?: boolean;
  },
): Promise<{ run: RunSummary; token: string }> {
  const service = await serviceOfAssessment(ports, assessmentId);
  authorize(principal, 'questionnaire.run', service.resource);
  const problems = openRunRequestProblems(request, ports.clock.now());
  if (problems.length > 0) throw new DomainError('run_not_possible', problems.join(' '));
  const tokens = ports.publicTokens;
  if (!tokens) throw new DomainError('run_not_possible', 'This server cannot make public links for questionnaires.');
  const questionnaire = await ports.store.get('questionnaire', request.questionnaireId);
  if (!questionnaire) throw new NotFoundError('questionnaire', request.questionnaireId);
  const cycle = await ports.store.get('cycle', service.cycleId);
  if (cycle && cycle.frameworkVersionId !== questionnaire.frameworkId) {
    throw new DomainError(
      'run_not_possible',
      "This questionnaire is for another framework version than the cycle's: choose one written for the cycle's framework.",
      'questionnaireId',
    );
  }
  const now = ports.clock.now().toISOString();
  const token = tokens.newToken();
  const run: QuestionnaireRun = {
    id: questionnaireRunId(service.cycleId, service.serviceId, questionnaire.id),
    version: 0,
    questionnaireId: questionnaire.id,
    audience: questionnaire.audience,
    serviceId: service.serviceId,
    organisationId: service.organisationId,
    cycleId: service.cycleId,
    frameworkId: questionnaire.frameworkId,
    tokenHash: tokens.digest(token),
    openedBy: principal.person.id,
    openedAt: now,
    closesAt: request.closesAt,
    minimumAnswers: request.minimumAnswers ?? DEFAULT_MINIMUM_ANSWERS,
    oneAnswerPerDevice: request.oneAnswerPerDevice ?? true,
  };
  const [stored] = await ports.store.commit(commitContext(ports, principal), [
    putChange('questionnaireRun', run, 0),
    putChange('questionnaireTally', emptyTally(run.id), 0),
  ]);
  return { run: summaryOf(stored, 0, now), token };
}

export async function closeRunEarly(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  runId: string,
  expectedVersion: number,
): Promise<RunSummary> {
  const service = await serviceOfAssessment(ports, assessmentId);
  authorize(principal, 'questionnaire.run', service.resource);
  const run = await runOfService(ports, service, runId);
  const now = ports.clock.now().toISOString();
  if (!isRunOpen(run, now)) {
    throw new DomainError('questionnaire_closed', 'This questionnaire has already closed.');
  }
  const [stored, tally] = await Promise.all([
    ports.store.commit(commitContext(ports, principal), [
      putChange(
        'questionnaireRun',
        { ...run, closedEarlyAt: now, closedEarlyBy: principal.person.id },
        expectedVersion,
      ),
    ]),
    ports.store.get('questionnaireTally', run.id),
  ]);
  return summaryOf(stored[0], tally?.answers ?? 0, now);
}

/**
 * Replaces a run's public link with a new one, for a link that went where it should not: the old token stops
 * working at once (only the new digest is stored), the answers and counts stay with the run. Like opening, the new
 * token is given back once, here.
 */
export async function newPublicLink(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  runId: string,
  expectedVersion?: number,
): Promise<{ run: RunSummary; token: string }> {
  const service = await serviceOfAssessment(ports, assessmentId);
  authorize(principal, 'questionnaire.run', service.resource);
  const tokens = ports.publicTokens;
  if (!tokens) throw new DomainError('run_not_possible', 'This server cannot make public links for questionnaires.');
  const run = await runOfService(ports, service, runId);
  const token = tokens.newToken();
  const [[stored], tally] = await Promise.all([
    ports.store.commit(commitContext(ports, principal), [
      putChange('questionnaireRun', { ...run, tokenHash: tokens.digest(token) }, expectedVersion ?? run.version),
    ]),
    ports.store.get('questionnaireTally', run.id),
  ]);
  return { run: summaryOf(stored, tally?.answers ?? 0, ports.clock.now().toISOString()), token };
}

/** The service's runs in the assessment's cycle, each with its count of answers. */
export async function listRuns(ports: Ports, principal: Principal, assessmentId: string): Promise<RunSummary[]> {
  const service = await serviceOfAssessment(ports, assessmentId);
  authorize(principal, 'questionnaire.results', service.resource);
  const runs = (await ports.store.query('questionnaireRun', { serviceId: service.serviceId })).filter(
    (r) => r.cycleId === service.cycleId,
  );
  const tallies = await ports.store.getMany(
    'questionnaireTally',
    runs.map((r) => r.id),
  );
  const count = new Map(tallies.map((t) => [t.id, t.answers]));
  const now = ports.clock.now().toISOString();
  return runs.map((r) => summaryOf(r, count.get(r.id) ?? 0, now));
}

function summaryOf(run: QuestionnaireRun, answers: number, now: string): RunSummary {
  return {
    id: run.id,
    version: run.version,
    questionnaireId: run.questionnaireId,
    audience: run.audience,
    closesAt: run.closesAt,
    closedEarlyAt: run.closedEarlyAt ?? null,
    open: isRunOpen(run, now),
    answers,
    minimumAnswers: run.minimumAnswers,
    oneAnswerPerDevice: limitsOneAnswerPerDevice(run),
  };
}
