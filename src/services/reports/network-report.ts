import { applicableStandards } from '../../domain/applicability';
import type { Assessment, Rating } from '../../domain/assessment';
import { STANDARD_TYPES, type FrameworkVersion, type StandardType } from '../../domain/framework';
import { percentOf } from '../../domain/formatting/percent';
import { createScorer, type Scorer } from '../../domain/scoring';
import { authorize, type Principal } from '../access-policy';
import type { Ports } from '../context';
import { NotFoundError } from '../errors';
import { loadFramework } from '../network/frameworks';
import { quartiles, type Quartiles } from '../../domain/quartiles';
import type { NetworkImpact } from '../../domain/network-impact';
import { frameworksFor } from '../impact/framework-versions';
import {
  cycleServices,
  cyclesInRange,
  finishedActionsOf,
  impactOf,
  type CycleServices,
} from '../impact/network-impact';
import { basisOf } from '../impact/ratings-of-record';
import { byStart } from '../impact/service-impact';
import { everyName } from '../network/cycle-reads';

export interface NetworkServiceLine {
  readonly assessmentId: string;
  readonly serviceName: string;
  readonly organisationName: string;
  readonly state: Assessment['state'];
  /** Agreed ratings once the review is agreed, else the self-assessment. */
  readonly basis: 'agreed' | 'self';
  readonly overallPercent: number | null;
  readonly themePercents: readonly (number | null)[];
  readonly typePercents: readonly (number | null)[];
  readonly recognitionLevel: string;
}

export interface TrendLine {
  readonly cycleId: string;
  readonly cycleName: string;
  readonly services: number;
  readonly overallMedian: number | null;
  readonly themeMedians: readonly (number | null)[];
}

export interface Priority {
  readonly standardCode: string;
  readonly title: string;
  readonly themeCode: string;
  readonly type: StandardType;
  readonly rated: number;
  readonly notMet: number;
  readonly partlyMet: number;
  /** Share of the services rating it (N/A left out) that do not meet it, 1 decimal. */
  readonly notMetPercent: number;
}

export interface NetworkReport {
  readonly cycleId: string;
  readonly cycleName: string;
  readonly frameworkName: string;
  readonly generatedAt: string;
  readonly themes: readonly { code: string; title: string }[];
  readonly services: readonly NetworkServiceLine[];
  /** Anonymised: quartiles of service scores, no names. */
  readonly overall: Quartiles;
  readonly byTheme: readonly { themeCode: string; title: string; quartiles: Quartiles }[];
  readonly byType: readonly { type: StandardType; quartiles: Quartiles }[];
  readonly recognition: Readonly<Record<string, number>>;
  readonly trends: readonly TrendLine[];
  /** The standards most often not met: the network's improvement priorities. */
  readonly priorities: readonly Priority[];
  /** Impact over time: the cycles up to this one compared (the same figures as GET /api/v1/impact). */
  readonly impact: NetworkImpact | null;
}

const PRIORITY_COUNT = 10;

interface Scored {
  readonly assessment: Assessment;
  readonly ratings: ReadonlyMap<string, Rating | null>;
  readonly report: ReturnType<Scorer>;
}

/** A cycle's service assessments scored on their ratings of record, each against the framework version it pinned. */
function scoreCycle(read: CycleServices, pinned: ReadonlyMap<string, FrameworkVersion>): Scored[] {
  const scorers = new Map<string, Scorer>();
  const scorerFor = (id: string): Scorer => {
    let scorer = scorers.get(id);
    if (!scorer) {
      const framework = pinned.get(id);
      if (!framework) throw new NotFoundError('framework version', id);
      scorers.set(id, (scorer = createScorer(framework, 'service')));
    }
    return scorer;
  };
  return read.assessments.map((assessment) => {
    const ratings = read.ratings.get(assessment.id) ?? new Map<string, Rating | null>();
    const list = [...ratings].map(([standardCode, rating]) => ({ standardCode, rating }));
    return { assessment, ratings, report: scorerFor(assessment.frameworkVersionId)(list) };
  });
}

function nonNull(values: readonly (number | null)[]): number[] {
  return values.filter((v): v is number => v !== null);
}

function priorities(framework: FrameworkVersion, scored: readonly Scored[]): Priority[] {
  return applicableStandards(framework, 'service')
    .map((s) => {
      let rated = 0;
      let notMet = 0;
      let partlyMet = 0;
      for (const { ratings } of scored) {
        const r = ratings.get(s.code) ?? null;
        if (r === null || r === 'not_applicable') continue;
        rated += 1;
        if (r === 'not_met') notMet += 1;
        if (r === 'partly_met') partlyMet += 1;
      }
      const notMetPercent = percentOf(notMet, rated) ?? 0;
      return {
        standardCode: s.code,
        title: s.title,
        themeCode: s.themeCode,
        type: s.type,
        rated,
        notMet,
        partlyMet,
        notMetPercent,
      };
    })
    .filter((p) => p.rated > 0)
    .sort(
      (a, b) =>
        b.notMetPercent - a.notMetPercent ||
        b.partlyMet / b.rated - a.partlyMet / a.rated ||
        a.standardCode.localeCompare(b.standardCode, 'en', { numeric: true }),
    )
    .slice(0, PRIORITY_COUNT);
}

/**
 * The network report for admins: every service named, anonymised quartiles per theme and type, medians across
 * cycles, and the standards most often not met. Scores stand on agreed ratings where the review is agreed.
 */
export async function networkReport(ports: Ports, principal: Principal, cycleId: string): Promise<NetworkReport> {
  authorize(principal, 'benchmark.read_named');
  const all = await ports.store.query('cycle', {});
  const cycle = all.find((c) => c.id === cycleId);
  if (!cycle) throw new NotFoundError('cycle', cycleId);
  // The trends run over this cycle and those that started before it; the impact over the same, up to this one.
  const covered = all
    .filter((c) => c.windows.self_assessment.start <= cycle.windows.self_assessment.start)
    .sort(byStart);
  const inImpact = new Set(cyclesInRange(all, { toCycleId: cycleId }).map((c) => c.id));
  // Everything the figures stand on, asked in the same turn: one round trip (one `$batch` on SharePoint), each
  // cycle's summaries read once for the scores, the trends and the impact alike. The cycles' framework versions are
  // asked with them, so the versions of the same frameworks are the only read left after.
  const [perCycle, finishedActions, names] = await Promise.all([
    Promise.all(covered.map((c) => cycleServices(ports, c))),
    finishedActionsOf(ports, [...inImpact]),
    everyName(ports),
    Promise.all(covered.map((c) => loadFramework(ports, c.frameworkVersionId))),
  ]);
  const frameworks = await frameworksFor(
    ports,
    perCycle.flatMap((c) => [c.cycle.frameworkVersionId, ...c.assessments.map((a) => a.frameworkVersionId)]),
  );
  const framework = frameworks.pinned.get(cycle.frameworkVersionId);
  if (!framework) throw new NotFoundError('framework version', cycle.frameworkVersionId);
  const themeOf = (r: Scored['report'], code: string) =>
    r.byTheme.find((t) => t.themeCode === code)?.score.percent ?? null;
  const scoredByCycle = new Map(perCycle.map((c) => [c.cycle.id, scoreCycle(c, frameworks.pinned)]));
  const scored = scoredByCycle.get(cycle.id) ?? [];
  const lines = scored.map(({ assessment: a, report }): NetworkServiceLine => ({
    assessmentId: a.id,
    serviceName: a.subject.kind === 'service' ? (names.get(a.subject.serviceId) ?? a.subject.serviceId) : '',
    organisationName: names.get(a.subject.organisationId) ?? a.subject.organisationId,
    state: a.state,
    basis: basisOf(a),
    overallPercent: report.overall.percent,
    themePercents: framework.themes.map((t) => themeOf(report, t.code)),
    typePercents: STANDARD_TYPES.map((type) => report.byType.find((b) => b.type === type)?.score.percent ?? null),
    recognitionLevel: report.recognition.level,
  }));
  const recognition: Record<string, number> = {};
  for (const s of scored) {
    if (s.report.overall.counted === 0) continue;
    recognition[s.report.recognition.level] = (recognition[s.report.recognition.level] ?? 0) + 1;
  }
  const trends: TrendLine[] = covered.map((c) => {
    const cs = scoredByCycle.get(c.id) ?? [];
    return {
      cycleId: c.id,
      cycleName: c.name,
      services: cs.length,
      overallMedian: quartiles(nonNull(cs.map((s) => s.report.overall.percent))).median,
      themeMedians: framework.themes.map((t) => quartiles(nonNull(cs.map((s) => themeOf(s.report, t.code)))).median),
    };
  });
  const impact = impactOf(principal, {
    cycles: perCycle.filter((c) => inImpact.has(c.cycle.id)),
    finishedActions,
    frameworks,
    names,
  });
  return {
    cycleId,
    cycleName: cycle.name,
    frameworkName: framework.name,
    generatedAt: ports.clock.now().toISOString(),
    themes: framework.themes.map((t) => ({ code: t.code, title: t.title })),
    services: lines.sort(
      (a, b) => a.organisationName.localeCompare(b.organisationName) || a.serviceName.localeCompare(b.serviceName),
    ),
    overall: quartiles(nonNull(lines.map((l) => l.overallPercent))),
    byTheme: framework.themes.map((t, i) => ({
      themeCode: t.code,
      title: t.title,
      quartiles: quartiles(nonNull(lines.map((l) => l.themePercents[i] ?? null))),
    })),
    byType: STANDARD_TYPES.map((type, i) => ({
      type,
      quartiles: quartiles(nonNull(lines.map((l) => l.typePercents[i] ?? null))),
    })),
    recognition,
    trends,
    priorities: priorities(framework, scored),
    impact,
  };
}
