import type { Rating } from './assessment';
import type { FieldError, FrameworkDraft } from './framework-draft';

/**
 * How a revised framework version takes over the history of the version before it, so trends stay comparable when
 * the framework is revised. The rule, in one place:
 * - A standard that names `replaces: [codes]` continues those standards of the previous version (codes the previous
 *   version does not have are checked on import; in a stored version they are ignored).
 * - A standard that names nothing continues the previous version's standard of the same code, if there is one; if
 *   there is none it is new and has no history.
 * - Renamed or renumbered: the new code replaces the old one, so the old ratings carry over as they are.
 * - Split: several new standards replace the same old one, so its history carries to each of them.
 * - Merged: one new standard replaces several old ones; its history is the least favourable of their ratings
 *   (not met before partly met before met), because a merged standard is only met where every part was. When no
 *   source applied (all not applicable) it was not applicable; when none was rated it has no rating.
 * Across several revisions the rule is applied one version at a time.
 */
export function sourceCodes(
  standard: { readonly code: string; readonly replaces?: readonly string[] },
  previous: FrameworkDraft,
): readonly string[] {
  const codes = new Set(previous.standards.map((s) => s.code));
  // Only codes of `previous` count: a later version copied from this one may still name what this one replaced.
  const replaced = (standard.replaces ?? []).filter((code) => codes.has(code));
  if (replaced.length > 0) return replaced;
  return codes.has(standard.code) ? [standard.code] : [];
}

const FAVOURABILITY: Readonly<Record<Exclude<Rating, 'not_applicable'>, number>> = {
  not_met: 0,
  partly_met: 1,
  met: 2,
};

/** The one rating that stands for several merged standards' ratings: the least favourable that applied. */
export function representativeRating(ratings: readonly (Rating | null)[]): Rating | null {
  let worst: Exclude<Rating, 'not_applicable'> | null = null;
  let anyNotApplicable = false;
  for (const rating of ratings) {
    if (rating === null) continue;
    if (rating === 'not_applicable') {
      anyNotApplicable = true;
      continue;
    }
    if (worst === null || FAVOURABILITY[rating] < FAVOURABILITY[worst]) worst = rating;
  }
  return worst ?? (anyNotApplicable ? 'not_applicable' : null);
}

/** Ratings given against `previous`, carried to the codes of `next` by the lineage rule. */
export function carryRatings(
  ratings: ReadonlyMap<string, Rating | null>,
  previous: FrameworkDraft,
  next: FrameworkDraft,
): Map<string, Rating | null> {
  const carried = new Map<string, Rating | null>();
  for (const standard of next.standards) {
    const sources = sourceCodes(standard, previous);
    if (sources.length === 0) continue;
    carried.set(standard.code, representativeRating(sources.map((code) => ratings.get(code) ?? null)));
  }
  return carried;
}

/**
 * Ratings given against `from`, expressed in the codes of `to`, through every version between them (`versions` holds
 * the framework's versions; any order). Versions of another framework share no lineage: codes are matched as they
 * are. A later version is never carried back to an earlier one: its ratings are returned unchanged.
 */
export function ratingsInVersion(
  ratings: ReadonlyMap<string, Rating | null>,
  from: FrameworkDraft,
  to: FrameworkDraft,
  versions: readonly FrameworkDraft[],
): ReadonlyMap<string, Rating | null> {
  if (from.key !== to.key || from.versionNumber >= to.versionNumber) return ratings;
  const path = versions
    .filter((v) => v.key === to.key && v.versionNumber > from.versionNumber && v.versionNumber <= to.versionNumber)
    .sort((a, b) => a.versionNumber - b.versionNumber);
  let current = ratings;
  let previous = from;
  for (const version of path) {
    current = carryRatings(current, previous, version);
    previous = version;
  }
  return current;
}

/**
 * Checks a new version's `replaces` against the version it revises: every code named must be a standard of that
 * version, and a first version has nothing to replace.
 */
export function lineageErrors(draft: FrameworkDraft, previous: FrameworkDraft | undefined): FieldError[] {
  const errors: FieldError[] = [];
  const known = new Set(previous?.standards.map((s) => s.code) ?? []);
  draft.standards.forEach((standard, index) => {
    const replaces = standard.replaces ?? [];
    const field = `standards[${index}].replaces`;
    if (replaces.length > 0 && previous === undefined) {
      errors.push({
        line: null,
        field,
        message: `Standard ${standard.code} says it replaces ${replaces.join(', ')}, but this is the first version of "${draft.key}", so there is nothing to replace. Remove "replaces", or import the earlier version first.`,
      });
      return;
    }
    if (previous === undefined) return;
    const unknown = replaces.filter((code) => !known.has(code));
    if (unknown.length > 0) {
      errors.push({
        line: null,
        field,
        message: `Standard ${standard.code} replaces ${unknown.join(', ')}, which version ${previous.versionNumber} of "${draft.key}" does not have. Name codes of version ${previous.versionNumber}'s standards (as in its export), or leave "replaces" out for a new standard.`,
      });
    }
    if (new Set(replaces).size !== replaces.length) {
      errors.push({
        line: null,
        field,
        message: `Standard ${standard.code} names the same replaced code twice. Name each code once.`,
      });
    }
  });
  return errors;
}

/** The version a new version of `key` revises: the highest version number below it. */
export function previousVersion<F extends FrameworkDraft>(
  versions: readonly F[],
  key: string,
  versionNumber: number,
): F | undefined {
  return versions
    .filter((v) => v.key === key && v.versionNumber < versionNumber)
    .reduce<F | undefined>(
      (best, v) => (best === undefined || v.versionNumber > best.versionNumber ? v : best),
      undefined,
    );
}
