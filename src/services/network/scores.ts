import type { Assessment, Rating } from '../../domain/assessment';
import type { FrameworkVersion } from '../../domain/framework';
import { createScorer, scoreAssessment, type ScoreReport, type Scorer } from '../../domain/scoring';
import { authorize, isAllowed, type Principal } from '../access-policy';
import { assessmentResource, loadAssessment } from '../assessment/assessment-context';
import { today, type Ports } from '../context';
import { NotFoundError } from '../errors';
import { permission, type Permissions } from '../permission';
import { loadFramework } from './frameworks';
import { everyName, subjectIdOf, subjectNames, type RatingsByAssessment } from './cycle-reads';
import { cycleSummaries, summariesOf } from '../summaries/summary-reads';
import { selfRatingsOf, type AssessmentSummary } from '../../domain/assessment-summary';
import { progressOf, type Progress } from '../../domain/progress';
import { benchmarkCounts, benchmarkQuartiles, type BenchmarkQuartiles } from '../../domain/benchmark-privacy';
import { formalStatusOf, type FormalStatus } from '../../domain/formal-status';
import type { RecognitionRecord } from '../../domain/recognition-decision';
import { benchmarkSnapshot, prepareBenchmarkSnapshot } from './benchmark-snapshot';

export async function assessmentScores(ports: Ports, principal: Principal, assessmentId: string): Promise<ScoreReport> {
  const { assessment, resource } = await loadAssessment(ports, assessmentId);
  authorize(principal, 'scores.read', resource);
  const [framework, responses] = await Promise.all([
    loadFramework(ports, assessment.frameworkVersionId),
    ports.store.query('response', { assessmentId }),
  ]);
  return scoreAssessment(framework, assessment.subject.kind, responses);
}

export interface ScoredAssessment {
  readonly assessmentId: string;
  readonly subjectKind: 'service' | 'organisation';
  readonly subjectId: string;
  readonly subjectName: string;
  readonly state: Assessment['state'];
  readonly progress: Progress;
  readonly report: ScoreReport;
  /** The recognition panel's decision (or none yet), its expiry and what is due next. */
  readonly formalStatus: FormalStatus;
  /** For a service in an organisation's view: whether the reader may open its impact over time, and why not. */
  readonly allowed?: Permissions<'see_impact'>;
}

interface CycleRatings {
  readonly assessments: readonly Assessment[];
  readonly ratingsByAssessment: RatingsByAssessment;
  readonly frameworks: ReadonlyMap<string, FrameworkVersion>;
  /** Each assessment's recognition record, by assessment id (absent: no decision yet). */
  readonly recognitions: ReadonlyMap<string, RecognitionRecord>;
  readonly today: string;
}

/** What scoring a set of assessments needs: their summaries (ratings, recognition) and framework versions. */
async function loadCycleRatings(
  ports: Ports,
  assessments: readonly Assessment[],
  summaries: ReadonlyMap<string, AssessmentSummary>,
): Promise<CycleRatings> {
  const ratingsByAssessment = new Map<string, { standardCode: string; rating: Rating | null }[]>();
  const recognitions = new Map<string, RecognitionRecord>();
  for (const a of assessments) {
    const summary = summaries.get(a.id);
    ratingsByAssessment.set(a.id, summary ? selfRatingsOf(summary) : []);
    if (summary?.recognition) recognitions.set(a.id, summary.recognition);
  }
  const frameworks = new Map<string, FrameworkVersion>();
  for (const id of new Set(assessments.map((a) => a.frameworkVersionId))) {
    frameworks.set(id, await loadFramework(ports, id));
  }
  return { assessments, ratingsByAssessment, frameworks, recognitions, today: today(ports) };
}

function scoreAll(data: CycleRatings, names: ReadonlyMap<string, string>): ScoredAssessment[] {
  const scorers = new Map<string, Scorer>();
  const scorerFor = (a: Assessment): Scorer => {
    const key = `${a.frameworkVersionId}:${a.subject.kind}`;
    let scorer = scorers.get(key);
    if (!scorer) {
      scorer = createScorer(data.frameworks.get(a.frameworkVersionId) as FrameworkVersion, a.subject.kind);
      scorers.set(key, scorer);
    }
    return scorer;
  };
  return data.assessments.map((a) => {
    const ratings = data.ratingsByAssessment.get(a.id) ?? [];
    const subjectId = subjectIdOf(a);
    return {
      assessmentId: a.id,
      subjectKind: a.subject.kind,
      subjectId,
      subjectName: names.get(subjectId) ?? subjectId,
      state: a.state,
      progress: progressOf(ratings),
      report: scorerFor(a)(ratings),
      formalStatus: formalStatusOf(data.recognitions.get(a.id), data.today),
    };
  });
}

/** Every assessment of one organisation in a cycle (its services' and its own), scored side by side. */
export async function organisationScores(
  ports: Ports,
  principal: Principal,
  organisationId: string,
  cycleId: string,
): Promise<ScoredAssessment[]> {
  const cycle = await ports.store.get('cycle', cycleId);
  if (!cycle) throw new NotFoundError('cycle', cycleId);
  if (!(await ports.store.get('organisation', organisationId))) throw new NotFoundError('organisation', organisationId);
  authorize(principal, 'scores.read', { organisationId });
  const todayIso = today(ports);
  const assessments = (await ports.store.query('assessment', { cycleId, organisationId })).filter((a) =>
    isAllowed(principal, 'scores.read', assessmentResource(a, cycle, todayIso)),
  );
  const [summaries, names] = await Promise.all([summariesOf(ports, assessments), subjectNames(ports, assessments)]);
  const data = await loadCycleRatings(ports, assessments, summaries);
  return scoreAll(data, names).map((s) =>
    s.subjectKind === 'service'
      ? {
          ...s,
          allowed: { see_impact: permission(principal, 'impact.read', { organisationId, serviceId: s.subjectId }) },
        }
      : s,
  );
}

export interface NetworkScores {
  readonly cycleId: string;
  /** True unless the caller is a network admin: then no service or organisation is named. */
  readonly anonymised: boolean;
  readonly assessmentCount: number;
  /** Anonymised, a figure drawn from fewer than MIN_SERVICES_FOR_BENCHMARK services is hidden, saying so. */
  readonly overall: BenchmarkQuartiles;
  readonly byTheme: readonly { themeCode: string; title: string; quartiles: BenchmarkQuartiles }[];
  readonly recognition: Readonly<Record<string, number>>;
  /** Why the recognition counts are left out of an anonymised view, or null. */
  readonly recognitionHidden: string | null;
  /** Only for network admins: one slim row per service (full reports are one request away). */
  readonly assessments?: readonly NetworkRow[];
}

export interface NetworkRow {
  readonly assessmentId: string;
  readonly subjectId: string;
  readonly subjectName: string;
  readonly state: Assessment['state'];
  readonly progress: Progress;
  readonly overallPercent: number | null;
  readonly themePercents: readonly (number | null)[];
  readonly recognitionLevel: string;
  readonly formalStatus: FormalStatus;
}

/** Network-wide benchmarks for a cycle: quartiles of service scores overall and per theme. */
export async function networkScores(ports: Ports, principal: Principal, cycleId: string): Promise<NetworkScores> {
  authorize(principal, 'benchmark.read');
  const named = isAllowed(principal, 'benchmark.read_named');
  // Everyone's anonymised figures are the same: one snapshot serves every dashboard for a short while.
  return named
    ? workOutNetworkScores(ports, cycleId, true)
    : benchmarkSnapshot(ports, cycleId, () => workOutNetworkScores(ports, cycleId, false));
}

/** The anonymised benchmarks of a cycle worked out ahead of its first dashboard (see prepare-benchmarks.ts). */
export function prepareAnonymisedBenchmarks(ports: Ports, cycleId: string): Promise<void> {
  return prepareBenchmarkSnapshot(ports, cycleId, () => workOutNetworkScores(ports, cycleId, false));
}

/**
 * One service's row of the network view from its summary, whose figures were worked out when it was last saved
 * (summary-builder's withFigures): scoring 2,000 assessments again on every read was most of this view's time.
 * Theme percents follow the order of the assessment's framework's themes, as its own score report does.
 */
function networkRowOf(
  assessment: Assessment,
  summary: AssessmentSummary | undefined,
  framework: FrameworkVersion,
  names: ReadonlyMap<string, string>,
  todayIso: string,
): NetworkRow {
  const subjectId = subjectIdOf(assessment);
  return {
    assessmentId: assessment.id,
    subjectId,
    subjectName: names.get(subjectId) ?? subjectId,
    state: assessment.state,
    progress: summary?.progress ?? progressOf([]),
    overallPercent: summary?.overallPercent ?? null,
    themePercents: framework.themes.map((theme) => summary?.themePercents[theme.code] ?? null),
    recognitionLevel: summary?.recognitionLevel ?? '',
    formalStatus: formalStatusOf(summary?.recognition ?? undefined, todayIso),
  };
}

async function workOutNetworkScores(ports: Ports, cycleId: string, named: boolean): Promise<NetworkScores> {
  // Asked in the same tick: on SharePoint the cycle, its assessments, their summaries and (named) every service's
  // and organisation's name come back in one `$batch`.
  const [cycle, cycleData, names] = await Promise.all([
    ports.store.get('cycle', cycleId),
    cycleSummaries(ports, cycleId),
    named ? everyName(ports) : Promise.resolve(new Map<string, string>()),
  ]);
  if (!cycle) throw new NotFoundError('cycle', cycleId);
  const assessments = cycleData.assessments.filter((a) => a.subject.kind === 'service');
  const frameworks = new Map<string, FrameworkVersion>();
  for (const id of new Set([cycle.frameworkVersionId, ...assessments.map((a) => a.frameworkVersionId)])) {
    frameworks.set(id, await loadFramework(ports, id));
  }
  const framework = frameworks.get(cycle.frameworkVersionId) as FrameworkVersion;
  const todayIso = today(ports);
  const rows = assessments.map((a) =>
    networkRowOf(
      a,
      cycleData.summaries.get(a.id),
      frameworks.get(a.frameworkVersionId) as FrameworkVersion,
      names,
      todayIso,
    ),
  );
  const recognition: Record<string, number> = {};
  for (const row of rows) {
    if (row.progress.rated === 0) continue;
    recognition[row.recognitionLevel] = (recognition[row.recognitionLevel] ?? 0) + 1;
  }
  const levels = benchmarkCounts(recognition, !named);
  const percents = (pick: (row: NetworkRow, summary: AssessmentSummary | undefined) => number | null) =>
    rows.map((row) => pick(row, cycleData.summaries.get(row.assessmentId))).filter((p): p is number => p !== null);
  return {
    cycleId,
    anonymised: !named,
    assessmentCount: rows.length,
    overall: benchmarkQuartiles(
      percents((row) => row.overallPercent),
      !named,
    ),
    byTheme: framework.themes.map((theme) => ({
      themeCode: theme.code,
      title: theme.title,
      quartiles: benchmarkQuartiles(
        percents((_, summary) => summary?.themePercents[theme.code] ?? null),
        !named,
      ),
    })),
    recognition: levels.counts,
    recognitionHidden: levels.hidden,
    ...(named ? { assessments: rows } : {}),
  };
}
