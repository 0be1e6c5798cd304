import { applicableStandards, type SubjectKind } from './applicability';
import type { Rating } from './assessment';
import type { FrameworkDraft } from './framework-draft';
import { percentOf, percentText } from './formatting/percent';

/** The ordinal scale the measures work on, lowest first; N/A is not on it. */
const SCALE: readonly Rating[] = ['not_met', 'partly_met', 'met'];

export interface AgreementMeasure {
  /** Standards where both ratings are on the scale (N/A and unrated are left out). */
  readonly pairs: number;
  /** Of those, the ones rated the same. */
  readonly matching: number;
  /** matching / pairs as a percentage, 1 decimal; null without pairs. */
  readonly sharePercent: number | null;
  /**
   * Cohen's kappa with linear weights, 3 decimals: 1 is full agreement, 0 what chance alone gives, below 0 worse
   * than chance. Null when it is undefined: no pairs, or both sides used one and the same rating throughout
   * (chance agreement is then 1 and kappa is 0/0).
   */
  readonly kappa: number | null;
}

export interface ThemeAgreement {
  readonly themeCode: string;
  readonly title: string;
  readonly measure: AgreementMeasure;
}

export interface AgreementReport {
  readonly overall: AgreementMeasure;
  readonly byTheme: readonly ThemeAgreement[];
}

export type RatingPair = readonly [Rating | null, Rating | null];

function indexOf(rating: Rating | null): number {
  return rating === null ? -1 : SCALE.indexOf(rating);
}

/**
 * Agreement between two raters over the same standards (here: the self-assessment and the agreed rating).
 * Linear weights give partial credit to near misses: met vs partly met counts half, met vs not met nothing.
 *   kappa = (Po - Pe) / (1 - Pe), Po = sum w_ij p_ij, Pe = sum w_ij p_i. p_.j, w_ij = 1 - |i - j| / (k - 1).
 */
export function measureAgreement(pairs: readonly RatingPair[]): AgreementMeasure {
  const k = SCALE.length;
  const counts = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const rowTotals = new Array<number>(k).fill(0);
  const colTotals = new Array<number>(k).fill(0);
  let n = 0;
  let matching = 0;
  for (const [a, b] of pairs) {
    const i = indexOf(a);
    const j = indexOf(b);
    if (i < 0 || j < 0) continue;
    const row = counts[i];
    if (row) row[j] = (row[j] ?? 0) + 1;
    rowTotals[i] = (rowTotals[i] ?? 0) + 1;
    colTotals[j] = (colTotals[j] ?? 0) + 1;
    n += 1;
    if (i === j) matching += 1;
  }
  if (n === 0) return { pairs: 0, matching: 0, sharePercent: null, kappa: null };
  const weight = (i: number, j: number) => 1 - Math.abs(i - j) / (k - 1);
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      observed += (weight(i, j) * (counts[i]?.[j] ?? 0)) / n;
      expected += (weight(i, j) * (rowTotals[i] ?? 0) * (colTotals[j] ?? 0)) / (n * n);
    }
  }
  // Compared with a tolerance: Pe is a sum of float shares that can land a hair below 1.
  const kappa = Math.abs(1 - expected) < 1e-12 ? null : round((observed - expected) / (1 - expected), 1000);
  return { pairs: n, matching, sharePercent: percentOf(matching, n), kappa };
}

function round(value: number, factor: number): number {
  const r = Math.round(value * factor) / factor;
  return Object.is(r, -0) ? 0 : r;
}

/** The (self, agreed) pairs of the standards that apply to the subject, grouped by theme code. */
export function ratingPairsByTheme(
  framework: FrameworkDraft,
  subjectKind: SubjectKind,
  self: readonly { standardCode: string; rating: Rating | null }[],
  agreed: readonly { standardCode: string; rating: Rating | null }[],
): Map<string, RatingPair[]> {
  const selfBy = new Map(self.map((r) => [r.standardCode, r.rating]));
  const agreedBy = new Map(agreed.map((r) => [r.standardCode, r.rating]));
  const out = new Map<string, RatingPair[]>(framework.themes.map((t) => [t.code, []]));
  for (const s of applicableStandards(framework, subjectKind)) {
    out.get(s.themeCode)?.push([selfBy.get(s.code) ?? null, agreedBy.get(s.code) ?? null]);
  }
  return out;
}

/**
 * Agreement per theme and overall from pairs grouped by theme; an organisation report pools the pairs of all its
 * assessments before measuring. Every theme is listed (with 0 pairs when nothing can be compared) so tables line
 * up across services.
 */
export function agreementFromPairs(
  themes: readonly { code: string; title: string }[],
  pairsByTheme: ReadonlyMap<string, readonly RatingPair[]>,
): AgreementReport {
  return {
    overall: measureAgreement(themes.flatMap((t) => pairsByTheme.get(t.code) ?? [])),
    byTheme: themes.map((t) => ({
      themeCode: t.code,
      title: t.title,
      measure: measureAgreement(pairsByTheme.get(t.code) ?? []),
    })),
  };
}

/** Self vs agreed ratings per theme of the pinned framework, and overall, over the standards that apply. */
export function agreementByTheme(
  framework: FrameworkDraft,
  subjectKind: SubjectKind,
  self: readonly { standardCode: string; rating: Rating | null }[],
  agreed: readonly { standardCode: string; rating: Rating | null }[],
): AgreementReport {
  return agreementFromPairs(framework.themes, ratingPairsByTheme(framework, subjectKind, self, agreed));
}

/**
 * How a comparison of two raters treated the standards kept off the ordinal scale. N/A is not a point on the
 * met > partly met > not met scale, so it cannot enter the kappa; it is counted here instead, so the words can
 * say whether both sides agreed that a standard does not apply or disagreed about whether it applies at all.
 */
export interface OffScaleCounts {
  /** Both said not applicable: they agree, but the kappa cannot use it. */
  readonly bothNotApplicable: number;
  /** One said not applicable and the other gave a rating: a disagreement about applicability. */
  readonly applicabilityDisagreements: number;
  /** One side or both have not rated the standard yet. */
  readonly unrated: number;
}

export interface AgreementComparison {
  readonly measure: AgreementMeasure;
  readonly offScale: OffScaleCounts;
  /** The measure in plain words, ready to show: the tab and the reports repeat it, they do not reword it. */
  readonly words: string;
}

/** Fewer compared standards than this and one changed rating moves the kappa a long way: the words say so. */
export const FEW_STANDARDS = 10;

export function countOffScale(pairs: readonly RatingPair[]): OffScaleCounts {
  let bothNotApplicable = 0;
  let applicabilityDisagreements = 0;
  let unrated = 0;
  for (const [a, b] of pairs) {
    if (a === null || b === null) unrated += 1;
    else if (a === 'not_applicable' && b === 'not_applicable') bothNotApplicable += 1;
    else if (a === 'not_applicable' || b === 'not_applicable') applicabilityDisagreements += 1;
  }
  return { bothNotApplicable, applicabilityDisagreements, unrated };
}

/**
 * The usual reading of a kappa (Landis and Koch, 1977). The bands are a convention, not a test: the words
 * present them as a guide.
 */
export function kappaStrength(kappa: number): string {
  if (kappa < 0) return 'less agreement than chance alone would give';
  if (kappa <= 0.2) return 'slight agreement';
  if (kappa <= 0.4) return 'fair agreement';
  if (kappa <= 0.6) return 'moderate agreement';
  if (kappa <= 0.8) return 'substantial agreement';
  return 'almost perfect agreement';
}

function standards(n: number): string {
  return `${n} standard${n === 1 ? '' : 's'}`;
}

/**
 * One comparison in plain words, e.g. "Self and peer ratings agreed on 7 of 9 standards (78%). Weighted kappa
 * 0.64: substantial agreement, near misses counting half." `who` names both sides ("Self and peer ratings").
 */
export function describeAgreement(who: string, measure: AgreementMeasure, offScale: OffScaleCounts): string {
  const sentences: string[] = [];
  if (measure.pairs === 0) {
    sentences.push(`${who} cannot be compared yet: no standard has a rating from both.`);
  } else {
    const percent = percentText(percentOf(measure.matching, measure.pairs));
    sentences.push(`${who} agreed on ${measure.matching} of ${standards(measure.pairs)} (${percent}).`);
    sentences.push(
      measure.kappa === null
        ? 'Weighted kappa cannot be worked out: both sides gave the same rating to every standard, so chance alone would explain it.'
        : `Weighted kappa ${measure.kappa.toFixed(2)}: ${kappaStrength(measure.kappa)}, near misses (such as met and partly met) counting half.`,
    );
    if (measure.pairs < FEW_STANDARDS) {
      sentences.push(
        `With only ${standards(measure.pairs)} compared, read this with care: one different rating changes it a lot.`,
      );
    }
  }
  if (offScale.bothNotApplicable > 0) {
    sentences.push(
      `Both said ${standards(offScale.bothNotApplicable)} ${offScale.bothNotApplicable === 1 ? 'does' : 'do'} not apply; not applicable is not on the rating scale, so ${offScale.bothNotApplicable === 1 ? 'it is' : 'they are'} left out of the figures.`,
    );
  }
  if (offScale.applicabilityDisagreements > 0) {
    sentences.push(
      `They disagreed on whether ${standards(offScale.applicabilityDisagreements)} ${offScale.applicabilityDisagreements === 1 ? 'applies' : 'apply'} at all (one side said not applicable); ${offScale.applicabilityDisagreements === 1 ? 'it is' : 'these are'} left out of the figures too.`,
    );
  }
  if (offScale.unrated > 0 && measure.pairs > 0) {
    sentences.push(
      `${standards(offScale.unrated)} still ${offScale.unrated === 1 ? 'lacks' : 'lack'} a rating from one side.`,
    );
  }
  return sentences.join(' ');
}

export function compareRatings(who: string, pairs: readonly RatingPair[]): AgreementComparison {
  const measure = measureAgreement(pairs);
  const offScale = countOffScale(pairs);
  return { measure, offScale, words: describeAgreement(who, measure, offScale) };
}

/**
 * The peer reviewers' shared view of one standard, to set against the service's: the median of their ratings on
 * the scale (the lower middle one when their number is even, so a split team does not read as the kinder view).
 * Not applicable when every one of them said so; null when none has rated it.
 */
export function peerConsensus(ratings: readonly Rating[]): Rating | null {
  const onScale = ratings
    .map((r) => SCALE.indexOf(r))
    .filter((i) => i >= 0)
    .sort((a, b) => a - b);
  if (onScale.length === 0) return ratings.length > 0 ? 'not_applicable' : null;
  return SCALE[onScale[Math.floor((onScale.length - 1) / 2)] ?? 0] ?? null;
}

/** One standard's ratings as the lead reviewer's agreement page compares them. */
export interface StandardRatings {
  readonly themeCode: string;
  readonly self: Rating | null;
  /** Lead and peer reviewers' ratings (experts by experience are shown beside them, not measured here). */
  readonly peer: readonly Rating[];
  readonly agreed: Rating | null;
}

export interface ThemeReviewAgreement {
  readonly themeCode: string;
  readonly title: string;
  readonly selfVsPeer: AgreementComparison;
  readonly selfVsAgreed: AgreementComparison;
}

/** Per theme (every theme listed, in framework order): self vs the peer reviewers, and self vs the agreed ratings. */
export function reviewAgreementByTheme(
  themes: readonly { code: string; title: string }[],
  lines: readonly StandardRatings[],
): ThemeReviewAgreement[] {
  return themes.map((theme) => {
    const own = lines.filter((l) => l.themeCode === theme.code);
    return {
      themeCode: theme.code,
      title: theme.title,
      selfVsPeer: compareRatings(
        'Self and peer ratings',
        own.map((l): RatingPair => [l.self, peerConsensus(l.peer)]),
      ),
      selfVsAgreed: compareRatings(
        'Self and agreed ratings',
        own.map((l): RatingPair => [l.self, l.agreed]),
      ),
    };
  });
}
