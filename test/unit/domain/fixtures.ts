import { DomainError } from '../../../src/domain/errors';
import type { Rating } from '../../../src/domain/assessment';
import type { Standard, StandardLevel, StandardType } from '../../../src/domain/framework';
import type { FrameworkDraft } from '../../../src/domain/framework-draft';

export function standard(code: string, level: StandardLevel, type: StandardType): Standard {
  return {
    code,
    themeCode: code.split('.')[0] ?? '',
    title: `Standard ${code}`,
    text: `The text of standard ${code}.`,
    guidance: '',
    evidenceExamples: [],
    level,
    type,
  };
}

export const LEVELS: FrameworkDraft['recognitionLevels'] = [
  {
    name: 'Excellent',
    description: 'Top',
    requirements: [
      { type: 'essential', minMetPercent: 100 },
      { type: 'expected', minMetPercent: 80 },
      { type: 'desirable', minMetPercent: 50 },
    ],
  },
  {
    name: 'Meeting the standard',
    description: 'Middle',
    requirements: [
      { type: 'essential', minMetPercent: 100 },
      { type: 'expected', minMetPercent: 80 },
    ],
  },
  { name: 'Developing', description: 'Start', requirements: [] },
];

/**
 * A small framework to compute scores by hand. Service assessments rate 1.1, 1.2, 1.3, 2.1, 2.2, 2.3;
 * organisation assessments rate 1.2, 1.4, 2.2, 2.4.
 */
export const SMALL: FrameworkDraft = {
  key: 'small',
  name: 'Small test framework',
  versionNumber: 1,
  illustrative: false,
  themes: [
    { code: '1', title: 'Care', description: '' },
    { code: '2', title: 'People', description: '' },
  ],
  standards: [
    standard('1.1', 'service', 'essential'),
    standard('1.2', 'both', 'essential'),
    standard('1.3', 'service', 'expected'),
    standard('1.4', 'organisation', 'expected'),
    standard('2.1', 'service', 'expected'),
    standard('2.2', 'both', 'desirable'),
    standard('2.3', 'service', 'desirable'),
    standard('2.4', 'organisation', 'desirable'),
  ],
  recognitionLevels: LEVELS,
};

export function ratings(map: Record<string, Rating | null>): { standardCode: string; rating: Rating | null }[] {
  return Object.entries(map).map(([standardCode, rating]) => ({ standardCode, rating }));
}

/** The DomainError `fn` throws; fails the test when it throws nothing or something else. */
export function thrown(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError, but nothing was thrown');
}
