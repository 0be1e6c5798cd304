import type { FrameworkDraft } from '../../../src/domain/framework-draft';
import {
  addToBucket,
  bucketOf,
  emptyBucket,
  mergeBuckets,
  NO_RECOGNITION_LEVEL,
  NOT_ASSESSED_YET,
  scoreAssessment,
} from '../../../src/domain/scoring';
import { LEVELS, ratings, SMALL, standard } from './fixtures';

describe('scoreAssessment: scores', () => {
  // Service standards: 1.1 E, 1.2 E, 1.3 X, 2.1 X, 2.2 D, 2.3 D (E essential, X expected, D desirable).
  const report = scoreAssessment(
    SMALL,
    'service',
    ratings({
      '1.1': 'met',
      '1.2': 'met',
      '1.3': 'partly_met',
      '2.1': 'met',
      '2.2': 'not_applicable',
      '2.3': 'not_met',
      '1.4': 'met', // organisation-level: ignored in a service assessment
      '9.9': 'met', // not in the framework: ignored
    }),
  );

  it('scores overall as (met + half of partly met) over the rated applicable standards', () => {
    // (3 + 0.5) / 5 = 70%
    expect(report.overall).toEqual({
      met: 3,
      partlyMet: 1,
      notMet: 1,
      notApplicable: 1,
      unrated: 0,
      counted: 5,
      percent: 70,
    });
  });

  it('scores each theme, to one decimal place', () => {
    expect(report.byTheme.map((t) => [t.themeCode, t.title, t.score.percent])).toEqual([
      ['1', 'Care', 83.3], // (2 + 0.5) / 3
      ['2', 'People', 50], // 1 / 2, N/A left out
    ]);
  });

  it('scores each type', () => {
    expect(report.byType.map((t) => [t.type, t.score.percent, t.score.counted])).toEqual([
      ['essential', 100, 2],
      ['expected', 75, 2],
      ['desirable', 0, 1],
    ]);
  });

  it('leaves unrated standards out of the score and counts them as unrated', () => {
    const partial = scoreAssessment(SMALL, 'service', ratings({ '1.1': 'met', '1.3': 'not_met' }));
    expect(partial.overall).toMatchObject({ met: 1, notMet: 1, unrated: 4, counted: 2, percent: 50 });
  });

  it('has no percentage when nothing applicable is rated', () => {
    const blank = scoreAssessment(SMALL, 'service', []);
    expect(blank.overall.percent).toBeNull();
    expect(blank.overall.unrated).toBe(6);
    const allNa = scoreAssessment(SMALL, 'organisation', ratings({ '1.4': 'not_applicable' }));
    expect(allNa.byTheme[0]?.score).toMatchObject({ notApplicable: 1, unrated: 1, counted: 0, percent: null });
  });

  it('rounds 2 of 3 to 66.7', () => {
    const r = scoreAssessment(SMALL, 'service', ratings({ '1.1': 'met', '1.2': 'met', '1.3': 'not_met' }));
    expect(r.byTheme[0]?.score.percent).toBe(66.7);
  });
});

describe('scoreAssessment: recognition', () => {
  const base = {
    '1.1': 'met',
    '1.2': 'met',
    '1.3': 'met',
    '2.1': 'met',
    '2.2': 'not_applicable',
    '2.3': 'met',
  } as const;

  it('awards the highest level whose requirements all hold, with its checks passed', () => {
    const { recognition } = scoreAssessment(SMALL, 'service', ratings(base));
    expect(recognition.level).toBe('Excellent');
    expect(recognition.checks).toEqual([
      {
        levelName: 'Excellent',
        type: 'essential',
        requiredPercent: 100,
        achievedPercent: 100,
        passed: true,
        heldBackBy: [],
      },
      {
        levelName: 'Excellent',
        type: 'expected',
        requiredPercent: 80,
        achievedPercent: 100,
        passed: true,
        heldBackBy: [],
      },
      {
        levelName: 'Excellent',
        type: 'desirable',
        requiredPercent: 50,
        achievedPercent: 100,
        passed: true,
        heldBackBy: [],
      },
    ]);
    expect(recognition.summary).toContain('Excellent');
  });

  it('says which desirable standard kept a service at Meeting the standard', () => {
    const { recognition } = scoreAssessment(SMALL, 'service', ratings({ ...base, '2.3': 'partly_met' }));
    expect(recognition.level).toBe('Meeting the standard');
    expect(recognition.checks.filter((c) => !c.passed)).toEqual([
      {
        levelName: 'Excellent',
        type: 'desirable',
        requiredPercent: 50,
        achievedPercent: 0,
        passed: false,
        heldBackBy: ['2.3'],
      },
    ]);
    expect(recognition.checks).toHaveLength(5);
    expect(recognition.summary).toBe(
      'Meeting the standard: all essential standards are met (2 of 2) and at least 80% of expected standards ' +
        'are met (2 of 2, 100%). To reach Excellent, at least 50% of desirable standards need to be met; ' +
        'now 0 of 1 (0%), still to meet or rate: 2.3.',
    );
  });

  it('counts an unrated standard as not met, and names it', () => {
    const { recognition } = scoreAssessment(SMALL, 'service', ratings({ ...base, '1.2': null }));
    expect(recognition.level).toBe('Developing');
    const essential = recognition.checks.find((c) => c.levelName === 'Meeting the standard' && c.type === 'essential');
    expect(essential).toEqual({
      levelName: 'Meeting the standard',
      type: 'essential',
      requiredPercent: 100,
      achievedPercent: 50,
      passed: false,
      heldBackBy: ['1.2'],
    });
    expect(recognition.summary).toContain('To reach Meeting the standard');
    expect(recognition.summary).toContain('1.2');
  });

  it('treats a type with no applicable standards (all N/A) as holding', () => {
    const { recognition } = scoreAssessment(SMALL, 'service', ratings({ ...base, '2.3': 'not_applicable' }));
    expect(recognition.level).toBe('Excellent');
    expect(recognition.checks.find((c) => c.type === 'desirable')).toMatchObject({
      achievedPercent: null,
      passed: true,
    });
  });

  it('uses only met for recognition: partly met does not count towards the share', () => {
    // expected: 1.3 partly met, 2.1 met -> 50% met < 80%
    const { recognition } = scoreAssessment(SMALL, 'service', ratings({ ...base, '1.3': 'partly_met' }));
    expect(recognition.level).toBe('Developing');
    expect(recognition.checks.filter((c) => !c.passed).map((c) => [c.levelName, c.type, c.heldBackBy])).toEqual([
      ['Excellent', 'expected', ['1.3']],
      ['Meeting the standard', 'expected', ['1.3']],
    ]);
  });

  describe('at the edge of a percentage', () => {
    const fiveExpected: FrameworkDraft = {
      ...SMALL,
      themes: [{ code: '1', title: 'Care', description: '' }],
      standards: ['1.1', '1.2', '1.3', '1.4', '1.5'].map((c) => standard(c, 'service', 'expected')),
      recognitionLevels: LEVELS,
    };
    const rated = (metCount: number) =>
      ['1.1', '1.2', '1.3', '1.4', '1.5'].map((standardCode, i) => ({
        standardCode,
        rating: i < metCount ? ('met' as const) : ('not_met' as const),
      }));

    it('passes 80% with exactly 4 of 5 met, and fails with 3 of 5', () => {
      expect(scoreAssessment(fiveExpected, 'service', rated(4)).recognition.level).toBe('Excellent');
      const three = scoreAssessment(fiveExpected, 'service', rated(3)).recognition;
      expect(three.level).toBe('Developing');
      expect(three.checks.find((c) => c.levelName === 'Meeting the standard' && c.type === 'expected')).toMatchObject({
        achievedPercent: 60,
        heldBackBy: ['1.4', '1.5'],
      });
    });

    it('rounds a share the way every percentage is rounded: 2 of 3 reads 66.7%, not 66.6%', () => {
      const three = { ...fiveExpected, standards: fiveExpected.standards.slice(0, 3) };
      const result = scoreAssessment(three, 'service', rated(2)).recognition;
      expect(result.checks.find((c) => c.type === 'expected')).toMatchObject({ achievedPercent: 66.7, passed: false });
      expect(result.summary).toContain('now 2 of 3 (66.7%)');
    });

    it('never shows a failed share rounded up to the bar', () => {
      const levels = [
        { name: 'Two thirds', description: '', requirements: [{ type: 'expected' as const, minMetPercent: 66.7 }] },
        { name: 'Other', description: '', requirements: [] },
      ];
      const three = { ...fiveExpected, standards: fiveExpected.standards.slice(0, 3), recognitionLevels: levels };
      const result = scoreAssessment(three, 'service', rated(2)).recognition;
      expect(result.level).toBe('Other');
      expect(result.checks[0]).toMatchObject({ achievedPercent: 66.6, passed: false });
    });
  });

  it('says "Not assessed yet", not a level, while no standard is rated', () => {
    const { recognition } = scoreAssessment(SMALL, 'service', []);
    expect(recognition.level).toBe(NOT_ASSESSED_YET);
    expect(recognition.level).toBe('Not assessed yet');
    expect(recognition.checks).toEqual([]);
    expect(recognition.summary).toContain('no standard is rated');
  });

  it('gives a level as soon as one standard is rated', () => {
    const { recognition } = scoreAssessment(SMALL, 'service', ratings({ '1.1': 'met' }));
    expect(recognition.level).toBe('Developing');
  });

  it('reports when no level can be reached because the last level has requirements', () => {
    const broken = { ...SMALL, recognitionLevels: LEVELS.slice(0, 2) };
    const { recognition } = scoreAssessment(broken, 'service', ratings({ '1.1': 'not_met' }));
    expect(recognition.level).toBe(NO_RECOGNITION_LEVEL);
    expect(recognition.checks).toHaveLength(5);
  });
});

describe('score buckets for network-wide aggregation', () => {
  it('adds ratings one at a time without changing the bucket it was given', () => {
    const start = emptyBucket();
    const one = addToBucket(start, 'met');
    const two = addToBucket(one, 'partly_met');
    const three = addToBucket(addToBucket(two, 'not_applicable'), null);
    expect(start).toEqual(emptyBucket());
    expect(one.percent).toBe(100);
    expect(three).toEqual({ met: 1, partlyMet: 1, notMet: 0, notApplicable: 1, unrated: 1, counted: 2, percent: 75 });
  });

  it('merges buckets and recomputes the percentage from the counts', () => {
    const a = bucketOf(['met', 'not_met']); // 50%
    const b = bucketOf(['partly_met', 'partly_met', 'met', 'not_applicable']); // 2/3
    expect(mergeBuckets(a, b)).toEqual({
      met: 2,
      partlyMet: 2,
      notMet: 1,
      notApplicable: 1,
      unrated: 0,
      counted: 5,
      percent: 60, // (2 + 1) / 5
    });
  });
});
