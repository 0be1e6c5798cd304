import {
  carryRatings,
  lineageErrors,
  previousVersion,
  ratingsInVersion,
  representativeRating,
} from '../../../src/domain/framework-lineage';
import { parseFrameworkJson } from '../../../src/domain/framework-json';
import { exportFrameworkJson } from '../../../src/domain/framework-json';
import { exportFrameworkCsv, parseFrameworkCsv } from '../../../src/domain/framework-csv';
import { ratingMap, V1, V2 } from './impact-fixtures';

describe('carrying ratings across a framework revision', () => {
  const v1Ratings = ratingMap({
    '1.1': 'met',
    '1.2': 'partly_met',
    '1.3': 'not_met',
    '2.1': 'partly_met',
    '2.2': 'met',
    '2.3': 'not_met',
  });

  it('keeps the history of a renamed standard under its new code', () => {
    expect(carryRatings(v1Ratings, V1, V2).get('1.5')).toBe('not_met');
  });

  it("gives both halves of a split standard the old standard's history", () => {
    const carried = carryRatings(v1Ratings, V1, V2);
    expect([carried.get('2.5'), carried.get('2.6')]).toEqual(['partly_met', 'partly_met']);
  });

  it('gives a merged standard the least favourable rating of the standards it merges', () => {
    expect(carryRatings(v1Ratings, V1, V2).get('2.7')).toBe('not_met');
  });

  it('carries standards that kept their code, and gives a new standard no history', () => {
    const carried = carryRatings(v1Ratings, V1, V2);
    expect([carried.get('1.1'), carried.get('1.2')]).toEqual(['met', 'partly_met']);
    expect(carried.has('1.6')).toBe(false);
  });

  it('goes through every version in between, and leaves ratings of the target version alone', () => {
    const v3 = { ...V2, id: 'fw-small-v3', versionNumber: 3, standards: V2.standards.filter((s) => s.code !== '1.6') };
    expect(ratingsInVersion(v1Ratings, V1, v3, [v3, V2, V1]).get('1.5')).toBe('not_met');
    expect(ratingsInVersion(v1Ratings, V2, V2, [V1, V2])).toBe(v1Ratings);
  });
});

describe('the representative rating of merged standards', () => {
  it('is the least favourable applicable rating, not applicable only when none applied, none when unrated', () => {
    expect(representativeRating(['met', 'partly_met'])).toBe('partly_met');
    expect(representativeRating(['not_applicable', 'met'])).toBe('met');
    expect(representativeRating(['not_applicable', null])).toBe('not_applicable');
    expect(representativeRating([null, null])).toBeNull();
  });
});

describe('checking what a new version says it replaces', () => {
  it('refuses codes the previous version does not have, saying what to name instead', () => {
    const draft = { ...V2, standards: [{ ...V2.standards[0]!, replaces: ['1.3', '9.9'] }] };
    const errors = lineageErrors(draft, V1);
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'standards[0].replaces',
        message: expect.stringMatching(/replaces 9\.9, which version 1 of "small" does not have\. Name codes/),
      }),
    ]);
  });

  it('refuses replacements in a first version, and accepts known codes', () => {
    expect(lineageErrors(V2, undefined)[0]?.message).toMatch(
      /first version of "small", so there is nothing to replace/,
    );
    expect(lineageErrors(V2, V1)).toEqual([]);
  });

  it('finds the version a new one revises', () => {
    expect(previousVersion([V1, V2], 'small', 3)?.id).toBe('fw-small-v2');
    expect(previousVersion([V1, V2], 'small', 1)).toBeUndefined();
  });
});

describe('replaces in the framework JSON', () => {
  it('is read on import and written on export', () => {
    const { id: _i, version: _v, status: _s, createdAt: _c, ...draft } = V2;
    const parsed = parseFrameworkJson(exportFrameworkJson(draft));
    expect(parsed.ok && parsed.draft.standards.find((s) => s.code === '2.7')?.replaces).toEqual(['2.2', '2.3']);
  });

  it('must be a list of codes', () => {
    const json = JSON.parse(exportFrameworkJson(V2)) as { standards: Record<string, unknown>[] };
    json.standards[2]!['replaces'] = '1.3';
    const parsed = parseFrameworkJson(JSON.stringify(json));
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      expect.objectContaining({ field: 'standards[2].replaces', message: 'Expected a list ([ ... ]).' }),
    ]);
  });
});

describe('replaces in the framework CSV', () => {
  const { id: _i, version: _v, status: _s, createdAt: _c, ...draft } = V2;
  const base = {
    key: draft.key,
    name: draft.name,
    versionNumber: draft.versionNumber,
    illustrative: false,
    recognitionLevels: draft.recognitionLevels,
  };

  it('is a column of a revised version, read back on import', () => {
    const csv = exportFrameworkCsv(draft);
    expect(csv.split(/\r?\n/)[0]).toMatch(/,replaces$/);
    const parsed = parseFrameworkCsv(csv, base);
    expect(parsed.ok && parsed.draft.standards.find((s) => s.code === '2.7')?.replaces).toEqual(['2.2', '2.3']);
  });

  it('is left out of versions that replace nothing', () => {
    expect(exportFrameworkCsv(V1).split(/\r?\n/)[0]).not.toMatch(/replaces/);
  });
});
