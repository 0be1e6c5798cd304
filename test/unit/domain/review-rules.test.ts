import { allowedReportActions, canRegenerate, nextReportState } from '../../../src/domain/report';
import {
  agreedRatingGaps,
  checkReportable,
  checkReviewCanBeAgreed,
  checkReviewCanStart,
  checkUnderReview,
  validateAgreedRating,
  validateReviewerRating,
} from '../../../src/domain/review-rules';
import { SMALL, thrown } from './fixtures';

const WINDOW = { start: '2027-01-11', end: '2027-03-06' };
const START = { cycleName: 'Cycle 2026/27', window: WINDOW, today: '2027-01-20', hasTeam: true, violations: [] };

describe('starting a review', () => {
  it('is allowed inside the window with a good team', () => {
    expect(() => checkReviewCanStart(START)).not.toThrow();
    expect(() => checkReviewCanStart({ ...START, today: WINDOW.start })).not.toThrow();
    expect(() => checkReviewCanStart({ ...START, today: WINDOW.end })).not.toThrow();
  });

  it('is refused before the window opens and after it closes, saying when it runs', () => {
    expect(thrown(() => checkReviewCanStart({ ...START, today: '2026-11-26' })).message).toBe(
      'A peer review can start only in the peer review window of Cycle 2026/27 (2027-01-11 to 2027-03-06); today is 2026-11-26 and it opens on 2027-01-11.',
    );
    const late = thrown(() => checkReviewCanStart({ ...START, today: '2027-03-07' }));
    expect(late.code).toBe('outside_review_window');
    expect(late.message).toMatch(/it closed on 2027-03-06\.$/);
  });

  it('is refused without a team, or with a team that breaks a rule', () => {
    expect(thrown(() => checkReviewCanStart({ ...START, hasTeam: false })).code).toBe('no_review_team');
    const violation = {
      rule: 'no_expert_by_experience' as const,
      message: 'The team needs an expert.',
      personId: null,
    };
    const e = thrown(() => checkReviewCanStart({ ...START, violations: [violation] }));
    expect(e.code).toBe('review_team_incomplete');
    expect(e.message).toMatch(/The team needs an expert\.$/);
  });
});

describe('ratings and agreement', () => {
  it('refuses an agreed rating without a rationale, naming the field', () => {
    const e = thrown(() => validateAgreedRating({ rating: 'partly_met', rationale: '   ' }));
    expect(e).toMatchObject({ code: 'rationale_required', field: 'rationale' });
    expect(e.message).toMatch(/^An agreed rating needs a rationale: say .* why the team agreed "partly met"/);
    expect(() => validateAgreedRating({ rating: 'met', rationale: 'Seen in the clinic audit.' })).not.toThrow();
  });

  it('asks a reviewer why a standard does not apply', () => {
    expect(thrown(() => validateReviewerRating({ rating: 'not_applicable', comment: '' })).code).toBe(
      'na_reason_required',
    );
    expect(() => validateReviewerRating({ rating: 'not_met', comment: '' })).not.toThrow();
  });

  it('records review work only under review', () => {
    expect(() => checkUnderReview('under_review')).not.toThrow();
    expect(thrown(() => checkUnderReview('submitted')).message).toMatch(/The lead reviewer starts the review first\./);
  });

  it('lists the standards still without an agreed rating, and refuses to agree until there are none', () => {
    const gaps = agreedRatingGaps(SMALL, 'service', [{ standardCode: '1.1' }, { standardCode: '2.2' }]);
    expect(gaps.map((g) => g.standardCode)).toEqual(['1.2', '1.3', '2.1', '2.3']);
    expect(thrown(() => checkReviewCanBeAgreed(gaps)).message).toBe(
      'The review cannot be agreed yet: 4 standards have no agreed rating (1.2, 1.3, 2.1, 2.3). The lead reviewer records each with its rationale first.',
    );
    expect(() => checkReviewCanBeAgreed([])).not.toThrow();
  });

  it('refuses a report before the review is agreed, saying what is missing', () => {
    const gaps = agreedRatingGaps(SMALL, 'service', [{ standardCode: '1.1' }]);
    const e = thrown(() => checkReportable('under_review', gaps));
    expect(e.code).toBe('review_not_agreed');
    expect(e.message).toBe(
      'A report can be written only once the review is agreed; this assessment is under review. Still missing: agreed ratings for 1.2, 1.3, 2.1, 2.2, 2.3, then the lead reviewer agrees the review.',
    );
    expect(thrown(() => checkReportable('in_progress', [])).message).toMatch(/It must be reviewed first/);
    expect(() => checkReportable('agreed', [])).not.toThrow();
  });
});

describe('report states', () => {
  it('go draft -> factual accuracy check -> final -> published, with corrections back to draft', () => {
    expect(nextReportState('draft', 'send_for_check')).toBe('factual_accuracy_check');
    expect(nextReportState('factual_accuracy_check', 'request_corrections')).toBe('draft');
    expect(nextReportState('factual_accuracy_check', 'finalise')).toBe('final');
    expect(nextReportState('final', 'publish')).toBe('published');
    expect(allowedReportActions('published')).toEqual(['withdraw']);
    expect(thrown(() => nextReportState('draft', 'publish')).code).toBe('illegal_report_transition');
  });

  it('can be regenerated until final', () => {
    expect([canRegenerate('draft'), canRegenerate('factual_accuracy_check'), canRegenerate('final')]).toEqual([
      true,
      true,
      false,
    ]);
  });
});
