import { standingsOf } from '../../domain/assessment-summary';
import { currentCycle } from '../../domain/current-cycle';
import type { Cycle } from '../../domain/cycle';
import { whatIsLeft, type LeftForPerson } from '../../domain/left-to-rate';
import { createScorer, type ScoreReport } from '../../domain/scoring';
import type { AssessmentSummary } from '../../domain/assessment-summary';
import { authorize, isAllowed, type Principal } from '../access-policy';
import { assessmentResource, loadCycles } from '../assessment/assessment-context';
import { listAssessmentsWithSummaries, type AssessmentListItem } from '../assessment/assessments';
import { today, type Ports } from '../context';
import { newestFirst } from './cycles';
import { loadFramework } from './frameworks';
import { networkScores, type NetworkScores } from './scores';

/** How one service's self-assessment stands, as its dashboard shows it. */
export interface ServiceStanding {
  readonly assessmentId: string;
  /** Scores by theme and type of standard, and the recognition the ratings so far would earn. */
  readonly scores: ScoreReport;
  /** The network's anonymised benchmarks for the cycle, when the person may see them. */
  readonly network: NetworkScores | null;
  /** The standards still to rate, by the person they are assigned to. */
  readonly leftToRate: readonly LeftForPerson[];
  /** The names of the people those standards are assigned to, by person id. */
  readonly assigneeNames: Readonly<Record<string, string>>;
}

/** Everything the dashboard's service view shows, in one answer. */
export interface ServiceDashboard {
  /** Every cycle, newest first, to choose from. */
  readonly cycles: readonly Cycle[];
  /** The cycle shown: the one asked for, else the one open today, else the latest to start; null with none. */
  readonly cycleId: string | null;
  /** The services' self-assessments in that cycle the person may see, to choose from. */
  readonly services: readonly AssessmentListItem[];
  /** The service shown: the one asked for, else one of the person's own, else the first; null with none. */
  readonly shown: AssessmentListItem | null;
  readonly standing: ServiceStanding | null;
}

function serviceIdOf(item: AssessmentListItem): string | undefined {
  return item.assessment.subject.kind === 'service' ? item.assessment.subject.serviceId : undefined;
}

/**
 * The dashboard's service view in one answer, so the tab waits for one request rather than a chain of four. It
 * reads the service's summary (kept with every save), never its responses, and takes the network's benchmarks
 * from the shared snapshot: on SharePoint a dashboard costs a few small reads whatever the size of the network.
 * Each thing is read once: the cycles from the short-lived cycle cache, and the shown service's summary is the one
 * the list of services read (issue 15's budget is 8 RU for a dashboard with benchmarks).
 */
export async function serviceDashboard(
  ports: Ports,
  principal: Principal,
  asked: { cycleId?: string; serviceId?: string },
): Promise<ServiceDashboard> {
  authorize(principal, 'cycle.read');
  const cycles = newestFirst(await loadCycles(ports));
  const todayIso = today(ports);
  const cycle = cycles.find((c) => c.id === asked.cycleId) ?? currentCycle(cycles, todayIso);
  if (!cycle) return { cycles, cycleId: null, services: [], shown: null, standing: null };
  const listed = await listAssessmentsWithSummaries(ports, principal, cycles, { cycleId: cycle.id });
  const services = listed.items.filter((item) => serviceIdOf(item) !== undefined);
  const own = new Set(principal.roles.flatMap((r) => (r.scope.kind === 'service' ? [r.scope.serviceId] : [])));
  const shown =
    services.find((item) => serviceIdOf(item) === asked.serviceId) ??
    services.find((item) => own.has(serviceIdOf(item) ?? '')) ??
    services[0];
  if (!shown) return { cycles, cycleId: cycle.id, services, shown: null, standing: null };
  const summary = listed.summaries.get(shown.assessment.id);
  const standing = await standingOf(ports, principal, shown, cycle, summary);
  return { cycles, cycleId: cycle.id, services, shown, standing };
}

async function standingOf(
  ports: Ports,
  principal: Principal,
  shown: AssessmentListItem,
  cycle: Cycle,
  summary: AssessmentSummary | undefined,
): Promise<ServiceStanding> {
  const assessment = shown.assessment;
  authorize(principal, 'scores.read', assessmentResource(assessment, cycle, today(ports)));
  // Asked in the same tick: a cold framework or snapshot share a `$batch` on SharePoint (warm, they cost nothing).
  const [framework, network] = await Promise.all([
    loadFramework(ports, assessment.frameworkVersionId),
    isAllowed(principal, 'benchmark.read') ? networkScores(ports, principal, cycle.id) : Promise.resolve(null),
  ]);
  const standings = summary ? standingsOf(summary) : [];
  const leftToRate = whatIsLeft(framework.standards, standings);
  const assigneeIds = [...new Set(leftToRate.flatMap((g) => (g.assigneeId ? [g.assigneeId] : [])))];
  const assignees = assigneeIds.length > 0 ? await ports.store.getMany('person', assigneeIds) : [];
  return {
    assessmentId: assessment.id,
    scores: createScorer(framework, assessment.subject.kind)(standings),
    network,
    leftToRate,
    assigneeNames: Object.fromEntries(assignees.map((p) => [p.id, p.displayName])),
  };
}
