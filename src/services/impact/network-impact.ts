import { FINISHED_ACTION_STATUSES, type ActionItem } from '../../domain/action-plan';
import type { Assessment } from '../../domain/assessment';
import type { Cycle } from '../../domain/cycle';
import type { FrameworkVersion } from '../../domain/framework';
import type { IsoDateTime } from '../../domain/ids';
import {
  networkImpact,
  type NetworkCycleRecord,
  type NetworkImpact,
  type NetworkServiceRecord,
} from '../../domain/network-impact';
import { completedAtOf } from '../../domain/review-to-completion';
import { createScorer, type Scorer } from '../../domain/scoring';
import { authorize, isAllowed, type Principal } from '../access-policy';
import type { Ports } from '../context';
import { actionsOfCycles } from '../actions/actions-of-cycles';
import { NotFoundError } from '../errors';
import { subjectNames } from '../network/cycle-reads';
import { frameworksFor, type FrameworkVersions } from './framework-versions';
import { recordOf, type RatingsOfRecord } from './ratings-of-record';
import { cycleSummaries } from '../summaries/summary-reads';
import { byStart } from './service-impact';

export interface CycleRange {
  /** The first cycle to include (default: the earliest). */
  readonly fromCycleId?: string;
  /** The last cycle to include (default: the latest). */
  readonly toCycleId?: string;
}

/** The cycles from `from` to `to` inclusive, in the order they ran. */
export function cyclesInRange(all: readonly Cycle[], range: CycleRange): Cycle[] {
  const ordered = [...all].sort(byStart);
  const indexOf = (id: string | undefined, fallback: number) => {
    if (id === undefined) return fallback;
    const i = ordered.findIndex((c) => c.id === id);
    if (i < 0) throw new NotFoundError('cycle', id);
    return i;
  };
  const from = indexOf(range.fromCycleId, 0);
  const to = indexOf(range.toCycleId, ordered.length - 1);
  return ordered.slice(Math.min(from, to), Math.max(from, to) + 1);
}

/** One cycle's service assessments with their ratings of record (from their summaries). */
export interface CycleServices {
  readonly cycle: Cycle;
  readonly assessments: readonly (Assessment & { subject: { kind: 'service' } })[];
  readonly ratings: RatingsOfRecord;
}

/** What the impact figures stand on, read once (the network report reads the same for its own figures). */
export interface ImpactReads {
  /** The cycles in range, in the order they ran. */
  readonly cycles: readonly CycleServices[];
  /** The completed and verified actions of the cycles in range (at least). */
  readonly finishedActions: readonly ActionItem[];
  /** The framework versions the cycles and assessments pinned, and every version of the same frameworks. */
  readonly frameworks: FrameworkVersions;
  /** Services and organisations by id (needed only when the reader may see services named). */
  readonly names: ReadonlyMap<string, string>;
}

/**
 * The network's impact over a range of cycles. Reads per cycle: its assessments, its ratings of record (two lean
 * whole-cycle reads, as the network report does) and its completed and verified actions.
 */
export async function networkImpactView(
  ports: Ports,
  principal: Principal,
  range: CycleRange = {},
): Promise<NetworkImpact | null> {
  authorize(principal, 'benchmark.read');
  const named = isAllowed(principal, 'benchmark.read_named');
  const cycles = cyclesInRange(await ports.store.query('cycle', {}), range);
  const [perCycle, finishedActions] = await Promise.all([
    Promise.all(cycles.map((cycle) => cycleServices(ports, cycle))),
    finishedActionsOf(
      ports,
      cycles.map((c) => c.id),
    ),
  ]);
  const frameworks = await frameworksFor(
    ports,
    perCycle.flatMap((c) => [c.cycle.frameworkVersionId, ...c.assessments.map((a) => a.frameworkVersionId)]),
  );
  const names = named
    ? await subjectNames(
        ports,
        perCycle.flatMap((c) => c.assessments),
      )
    : new Map<string, string>();
  return impactOf(principal, { cycles: perCycle, finishedActions, frameworks, names });
}

/** The impact figures from what was read already. */
export function impactOf(principal: Principal, reads: ImpactReads): NetworkImpact | null {
  authorize(principal, 'benchmark.read');
  const named = isAllowed(principal, 'benchmark.read_named');
  const completions = completionsByAssessment(reads.finishedActions);
  const { pinned, versions } = reads.frameworks;
  const scorers = new Map<string, Scorer>();
  const scorerFor = (framework: FrameworkVersion): Scorer => {
    let scorer = scorers.get(framework.id);
    if (!scorer) scorers.set(framework.id, (scorer = createScorer(framework, 'service')));
    return scorer;
  };
  const records: NetworkCycleRecord[] = reads.cycles.map(({ cycle, assessments, ratings }) => ({
    cycleId: cycle.id,
    cycleName: cycle.name,
    framework: pinned.get(cycle.frameworkVersionId) as FrameworkVersion,
    services: assessments.map((a): NetworkServiceRecord => {
      const framework = pinned.get(a.frameworkVersionId) as FrameworkVersion;
      const own = ratings.get(a.id) ?? new Map();
      const report = scorerFor(framework)([...own].map(([standardCode, rating]) => ({ standardCode, rating })));
      const serviceId = a.subject.kind === 'service' ? a.subject.serviceId : a.subject.organisationId;
      const rank = framework.recognitionLevels.findIndex((l) => l.name === report.recognition.level);
      return {
        serviceId,
        serviceName: named ? (reads.names.get(serviceId) ?? '') : '',
        ratings: own,
        recognitionLevel: report.recognition.level,
        recognitionRank: rank < 0 ? framework.recognitionLevels.length : rank,
        rated: report.overall.counted > 0,
        agreedAt: a.agreedAt ?? null,
        completions: completions.get(a.id) ?? [],
      };
    }),
  }));
  return networkImpact(records, versions, named);
}

/**
 * The completed and verified actions of the cycles shown (an action is filed under its assessment's cycle, so these
 * are all the completions of the cycles' assessments), asked together: one round trip. Read per cycle and status,
 * so the network it supports is set per cycle, however many cycles have run (partitions.ts on SharePoint).
 */
export async function finishedActionsOf(ports: Ports, cycleIds: readonly string[]): Promise<ActionItem[]> {
  return actionsOfCycles(ports, cycleIds, FINISHED_ACTION_STATUSES);
}

/** A cycle's service assessments with their ratings of record. */
export async function cycleServices(ports: Ports, cycle: Cycle): Promise<CycleServices> {
  // The cycle's assessments and summaries asked for together: one round trip (one `$batch` on SharePoint).
  const { assessments: all, summaries } = await cycleSummaries(ports, cycle.id);
  const assessments = all.filter(
    (a): a is Assessment & { subject: { kind: 'service' } } => a.subject.kind === 'service',
  );
  const ratings: RatingsOfRecord = new Map(assessments.map((a) => [a.id, recordOf(a, summaries.get(a.id))]));
  return { cycle, assessments, ratings };
}

function completionsByAssessment(actions: readonly ActionItem[]): Map<string, IsoDateTime[]> {
  const out = new Map<string, IsoDateTime[]>();
  for (const action of actions) {
    const at = completedAtOf(action);
    if (at === null) continue;
    const list = out.get(action.assessmentId);
    if (list) list.push(at);
    else out.set(action.assessmentId, [at]);
  }
  return out;
}
