import { applicableStandards, type SubjectKind } from './applicability';
import type { Rating } from './assessment';
import type { FrameworkDraft } from './framework-draft';

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
  return { pairs: n, matching, sharePercent: round((matching / n) * 100, 10), kappa };
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
