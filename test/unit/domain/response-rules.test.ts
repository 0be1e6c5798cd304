import { submissionGaps, validateRating } from '../../../src/domain/response-rules';
import { SMALL, thrown } from './fixtures';

describe('validateRating', () => {
  it('asks for a reason when a standard is marked not applicable', () => {
    for (const naReason of ['', '   ']) {
      const error = thrown(() => validateRating({ rating: 'not_applicable', naReason }));
      expect([error.code, error.field]).toEqual(['na_reason_required', 'naReason']);
    }
  });

  it('accepts N/A with a reason, other ratings, and no rating yet', () => {
    expect(() => validateRating({ rating: 'not_applicable', naReason: 'We have no inpatients' })).not.toThrow();
    expect(() => validateRating({ rating: 'met', naReason: '' })).not.toThrow();
    expect(() => validateRating({ rating: null, naReason: '' })).not.toThrow();
  });
});

describe('submissionGaps', () => {
  const response = (standardCode: string, rating: 'met' | 'not_applicable' | null, naReason = '') => ({
    standardCode,
    rating,
    naReason,
  });

  it('lists every applicable standard that is unrated or N/A without a reason, in framework order', () => {
    const gaps = submissionGaps(SMALL, 'service', [
      response('2.2', 'not_applicable', ' '),
      response('1.1', 'met'),
      response('1.3', null),
      response('2.1', 'not_applicable', 'No such patients'),
      response('2.3', 'met'),
      response('1.4', null), // organisation-level: not asked of a service
    ]);
    expect(gaps).toEqual([
      { standardCode: '1.2', title: 'Standard 1.2', problem: 'not_rated' },
      { standardCode: '1.3', title: 'Standard 1.3', problem: 'not_rated' },
      { standardCode: '2.2', title: 'Standard 2.2', problem: 'na_without_reason' },
    ]);
  });

  it('finds nothing to fix when every applicable standard is rated', () => {
    const all = ['1.2', '1.4', '2.2', '2.4'].map((c) => response(c, 'met'));
    expect(submissionGaps(SMALL, 'organisation', all)).toEqual([]);
  });
});
