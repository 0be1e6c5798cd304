import { applicableStandards } from './applicability';
import type { Rating } from './assessment';
import type { FrameworkVersion } from './framework';
import { ratingsInVersion, sourceCodes } from './framework-lineage';
import type { IsoDateTime } from './ids';
import { ratingChange, scoreChange, type RatingChange } from './rating-change';
import { createScorer } from './scoring';

/** One cycle of one service as impact over time needs it: the ratings of record and the actions completed. */
export interface ServiceCycleRecord {
  readonly cycleId: string;
  readonly cycleName: string;
  /** The framework version the assessment pinned. */
  readonly framework: FrameworkVersion;
  readonly ratings: ReadonlyMap<string, Rating | null>;
  /** Whether the ratings are the review team's agreed ones or still the service's own. */
  readonly basis: 'agreed' | 'self';
  readonly completedActions: readonly CompletedAction[];
}

export interface CompletedAction {
  readonly actionId: string;
  readonly title: string;
  readonly standardCode: string | null;
  readonly completedAt: IsoDateTime;
}

export interface ServiceImpact {
  /** The framework version everything is expressed in: the latest cycle's. */
  readonly frameworkName: string;
  readonly frameworkVersionNumber: number;
  readonly cycles: readonly {
    readonly cycleId: string;
    readonly cycleName: string;
    readonly frameworkVersionNumber: number;
    readonly basis: 'agreed' | 'self';
    readonly overallPercent: number | null;
    readonly recognitionLevel: string;
  }[];
  readonly themes: readonly {
    readonly themeCode: string;
    readonly title: string;
    /** One per cycle, in cycle order. */
    readonly percents: readonly (number | null)[];
    /** One per step between cycles (cycle i to i + 1). */
    readonly changes: readonly (RatingChange | null)[];
  }[];
  readonly standards: readonly {
    readonly code: string;
    readonly themeCode: string;
    readonly title: string;
    /** The earlier version's codes this standard carries the history of, when the framework was revised. */
    readonly carriesHistoryOf: readonly string[];
    readonly ratings: readonly (Rating | null)[];
    readonly changes: readonly (RatingChange | null)[];
  }[];
  /** Between each cycle and the next: the actions of the earlier cycle's plan that were completed. */
  readonly betweenCycles: readonly {
    readonly fromCycleId: string;
    readonly toCycleId: string;
    readonly completedActions: readonly CompletedAction[];
  }[];
}

/**
 * A service's ratings across cycles (oldest first), every cycle's ratings carried into the latest cycle's framework
 * version by the lineage rule (framework-lineage.ts), so a renamed or split standard keeps its history and theme
 * scores compare like with like. `versions` are all versions of the frameworks involved.
 */
export function serviceImpact(
  records: readonly ServiceCycleRecord[],
  versions: readonly FrameworkVersion[],
): ServiceImpact | null {
  const latest = records.at(-1);
  if (latest === undefined) return null;
  const target = latest.framework;
  const carried = records.map((r) => ratingsInVersion(r.ratings, r.framework, target, versions));
  const score = createScorer(target, 'service');
  const reports = carried.map((ratings) =>
    score([...ratings].map(([standardCode, rating]) => ({ standardCode, rating }))),
  );
  const steps = records.slice(1).map((_, i) => i);
  const previousOfTarget = versions
    .filter((v) => v.key === target.key && v.versionNumber < target.versionNumber)
    .sort((a, b) => b.versionNumber - a.versionNumber)[0];
  return {
    frameworkName: target.name,
    frameworkVersionNumber: target.versionNumber,
    cycles: records.map((r, i) => ({
      cycleId: r.cycleId,
      cycleName: r.cycleName,
      frameworkVersionNumber: r.framework.versionNumber,
      basis: r.basis,
      overallPercent: reports[i]?.overall.percent ?? null,
      recognitionLevel: reports[i]?.recognition.level ?? '',
    })),
    themes: target.themes.map((theme) => {
      const percents = reports.map(
        (report) => report.byTheme.find((t) => t.themeCode === theme.code)?.score.percent ?? null,
      );
      return {
        themeCode: theme.code,
        title: theme.title,
        percents,
        changes: steps.map((i) => scoreChange(percents[i] ?? null, percents[i + 1] ?? null)),
      };
    }),
    standards: applicableStandards(target, 'service').map((standard) => {
      const ratings = carried.map((c) => c.get(standard.code) ?? null);
      const history = previousOfTarget ? sourceCodes(standard, previousOfTarget) : [];
      return {
        code: standard.code,
        themeCode: standard.themeCode,
        title: standard.title,
        carriesHistoryOf: history.filter((code) => code !== standard.code),
        ratings,
        changes: steps.map((i) => ratingChange(ratings[i] ?? null, ratings[i + 1] ?? null)),
      };
    }),
    betweenCycles: steps.map((i) => ({
      fromCycleId: records[i]?.cycleId ?? '',
      toCycleId: records[i + 1]?.cycleId ?? '',
      completedActions: records[i]?.completedActions ?? [],
    })),
  };
}
