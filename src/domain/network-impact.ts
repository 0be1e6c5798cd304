import type { Rating } from './assessment';
import { MIN_SERVICES_FOR_BENCHMARK } from './benchmark-privacy';
import type { FrameworkVersion } from './framework';
import { ratingsInVersion } from './framework-lineage';
import { percentOf } from './formatting/percent';
import type { IsoDateTime } from './ids';
import type { Quartiles } from './quartiles';
import { reviewToCompletionDays } from './review-to-completion';

export { MIN_SERVICES_FOR_BENCHMARK } from './benchmark-privacy';
/** How many standards each "most improved" and "most often still not met" list names. */
export const IMPACT_STANDARD_COUNT = 5;

/** One service's assessment in one cycle, with what it scored and when its review was agreed. */
export interface NetworkServiceRecord {
  readonly serviceId: string;
  readonly serviceName: string;
  readonly ratings: ReadonlyMap<string, Rating | null>;
  /** The recognition level its ratings reach, and that level's rank in its framework (0 = highest). */
  readonly recognitionLevel: string;
  readonly recognitionRank: number;
  readonly rated: boolean;
  readonly agreedAt: IsoDateTime | null;
  /** When each completed action of this assessment's plan was completed. */
  readonly completions: readonly IsoDateTime[];
}

export interface NetworkCycleRecord {
  readonly cycleId: string;
  readonly cycleName: string;
  readonly framework: FrameworkVersion;
  readonly services: readonly NetworkServiceRecord[];
}

export interface StandardMovement {
  readonly code: string;
  readonly title: string;
  readonly themeCode: string;
  /** Services whose rating got better from one cycle to the next (summed over the steps in range). */
  readonly improved: number;
  readonly worsened: number;
  /** Services that did not meet it in either of two consecutive cycles. */
  readonly stillNotMet: number;
}

export interface LevelMove {
  readonly serviceId: string;
  readonly serviceName: string;
  readonly from: string;
  readonly to: string;
  readonly direction: 'up' | 'down';
}

export interface NetworkImpact {
  /** True unless the reader may see services named: then no service is named and small groups are withheld. */
  readonly anonymised: boolean;
  readonly frameworkName: string;
  readonly cycles: readonly {
    readonly cycleId: string;
    readonly cycleName: string;
    readonly services: number;
    /** Of all rated, applicable standards of all services: the percentage rated met. Null when withheld or none. */
    readonly metPercent: number | null;
    /** Days from the review's agreement to each action's completion, for actions of this cycle's plans. */
    readonly reviewToCompletionDays: Quartiles;
    /** True when fewer than MIN_SERVICES_FOR_BENCHMARK services stand behind the figures of an anonymised view. */
    readonly withheld: boolean;
  }[];
  readonly mostImproved: readonly StandardMovement[];
  readonly mostOftenStillNotMet: readonly StandardMovement[];
  readonly levelMoves: readonly {
    readonly fromCycleId: string;
    readonly toCycleId: string;
    readonly up: number;
    readonly down: number;
    readonly same: number;
    /** True when either cycle is withheld from an anonymised view: the counts are then zero. */
    readonly withheld: boolean;
    /** Only when services may be named. */
    readonly services?: readonly LevelMove[];
  }[];
}

const RANK: Readonly<Record<Exclude<Rating, 'not_applicable'>, number>> = { not_met: 0, partly_met: 1, met: 2 };
const EMPTY_DAYS: Quartiles = { count: 0, min: null, q1: null, median: null, q3: null, max: null };

function metPercentOf(services: readonly NetworkServiceRecord[]): number | null {
  let met = 0;
  let counted = 0;
  for (const s of services) {
    for (const rating of s.ratings.values()) {
      if (rating === null || rating === 'not_applicable') continue;
      counted += 1;
      if (rating === 'met') met += 1;
    }
  }
  return percentOf(met, counted);
}

/**
 * The network's impact over cycles (oldest first): the share of standards met per cycle, the standards that improved
 * and those still not met (compared service by service, in the latest cycle's framework version through the
 * lineage rule), services that moved recognition level, and the time from review to action completion.
 */
export function networkImpact(
  cycles: readonly NetworkCycleRecord[],
  versions: readonly FrameworkVersion[],
  named: boolean,
): NetworkImpact | null {
  const latest = cycles.at(-1);
  if (latest === undefined) return null;
  const target = latest.framework;
  const carried = cycles.map(
    (c) =>
      new Map(
        c.services.map((s) => [s.serviceId, ratingsInVersion(s.ratings, c.framework, target, versions)] as const),
      ),
  );
  const movement = new Map<string, { improved: number; worsened: number; stillNotMet: number }>(
    target.standards.map((s) => [s.code, { improved: 0, worsened: 0, stillNotMet: 0 }]),
  );
  const withheld = (services: number) => !named && services < MIN_SERVICES_FOR_BENCHMARK;
  // A step between cycles is compared only when neither cycle is withheld (anonymised views of small cycles).
  const stepShown = (i: number) =>
    !withheld(cycles[i - 1]?.services.length ?? 0) && !withheld(cycles[i]?.services.length ?? 0);
  for (let i = 1; i < cycles.length; i += 1) {
    const before = carried[i - 1];
    const now = carried[i];
    if (before === undefined || now === undefined || !stepShown(i)) continue;
    for (const [serviceId, after] of now) {
      const earlier = before.get(serviceId);
      if (earlier === undefined) continue;
      for (const [code, counts] of movement) {
        const a = earlier.get(code) ?? null;
        const b = after.get(code) ?? null;
        if (a === null || b === null || a === 'not_applicable' || b === 'not_applicable') continue;
        if (RANK[b] > RANK[a]) counts.improved += 1;
        else if (RANK[b] < RANK[a]) counts.worsened += 1;
        else if (b === 'not_met') counts.stillNotMet += 1;
      }
    }
  }
  const movements: StandardMovement[] = target.standards.map((s) => ({
    code: s.code,
    title: s.title,
    themeCode: s.themeCode,
    ...(movement.get(s.code) ?? { improved: 0, worsened: 0, stillNotMet: 0 }),
  }));
  const byCode = (a: StandardMovement, b: StandardMovement) => a.code.localeCompare(b.code, 'en', { numeric: true });
  return {
    anonymised: !named,
    frameworkName: target.name,
    cycles: cycles.map((c) => {
      const hidden = withheld(c.services.length);
      const pairs = c.services.flatMap((s) =>
        s.agreedAt === null
          ? []
          : s.completions.map((completedAt) => ({ agreedAt: s.agreedAt as string, completedAt })),
      );
      return {
        cycleId: c.cycleId,
        cycleName: c.cycleName,
        services: c.services.length,
        metPercent: hidden ? null : metPercentOf(c.services),
        reviewToCompletionDays: hidden ? EMPTY_DAYS : reviewToCompletionDays(pairs),
        withheld: hidden,
      };
    }),
    mostImproved: movements
      .filter((m) => m.improved > 0)
      .sort((a, b) => b.improved - a.improved || byCode(a, b))
      .slice(0, IMPACT_STANDARD_COUNT),
    mostOftenStillNotMet: movements
      .filter((m) => m.stillNotMet > 0)
      .sort((a, b) => b.stillNotMet - a.stillNotMet || byCode(a, b))
      .slice(0, IMPACT_STANDARD_COUNT),
    levelMoves: cycles
      .slice(1)
      .map((c, i) =>
        stepShown(i + 1)
          ? levelMoves(cycles[i] as NetworkCycleRecord, c, named)
          : { fromCycleId: cycles[i]?.cycleId ?? '', toCycleId: c.cycleId, up: 0, down: 0, same: 0, withheld: true },
      ),
  };
}

/** Services rated in both cycles whose recognition level went up or down (rank 0 is a framework's highest level). */
function levelMoves(before: NetworkCycleRecord, after: NetworkCycleRecord, named: boolean) {
  const earlier = new Map(before.services.filter((s) => s.rated).map((s) => [s.serviceId, s] as const));
  const moves: LevelMove[] = [];
  let same = 0;
  for (const s of after.services) {
    const e = earlier.get(s.serviceId);
    if (!s.rated || e === undefined) continue;
    if (s.recognitionRank === e.recognitionRank) {
      same += 1;
      continue;
    }
    moves.push({
      serviceId: s.serviceId,
      serviceName: s.serviceName,
      from: e.recognitionLevel,
      to: s.recognitionLevel,
      direction: s.recognitionRank < e.recognitionRank ? 'up' : 'down',
    });
  }
  moves.sort((a, b) => a.serviceName.localeCompare(b.serviceName, 'en'));
  return {
    fromCycleId: before.cycleId,
    toCycleId: after.cycleId,
    up: moves.filter((m) => m.direction === 'up').length,
    down: moves.filter((m) => m.direction === 'down').length,
    same,
    withheld: false,
    ...(named ? { services: moves } : {}),
  };
}
