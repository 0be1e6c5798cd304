import { combineVersions } from '../../tab/src/pages/assessment/response-fields';
import { submissionGaps } from '../../tab/src/pages/assessment/submission-check';
import { whatIsLeft } from '../../src/domain/left-to-rate';
import { describeDue } from '../../tab/src/ui/dates';
import { FRAMEWORK, response } from './fixtures';

describe('submission check', () => {
  it('lists unrated standards and N/A without a reason, in framework order, counting unsaved edits', () => {
    const fields = new Map([
      ['2.1', { rating: 'not_applicable' as const, naReason: ' ', narrative: '', evidenceIds: [] }],
      ['1.2', { rating: null, naReason: '', narrative: '', evidenceIds: [] }],
      ['1.1', { rating: 'met' as const, naReason: '', narrative: '', evidenceIds: [] }],
    ]);
    expect(submissionGaps(FRAMEWORK, fields)).toEqual([
      { standardCode: '1.2', title: 'Acting on results', themeCode: '1', problem: 'not_rated' },
      { standardCode: '2.1', title: 'Lived experience roles', themeCode: '2', problem: 'na_without_reason' },
    ]);
  });
});

describe('what is left', () => {
  it('groups unrated standards by assignee, unassigned first', () => {
    const left = whatIsLeft(FRAMEWORK.standards, [
      response('1.1', { assigneeId: 'p-b' }),
      response('1.2', { rating: 'met' }),
      response('2.1'),
    ]);
    expect(left.map((g) => [g.assigneeId, g.standards.map((s) => s.code)])).toEqual([
      [null, ['2.1']],
      ['p-b', ['1.1']],
    ]);
  });
});

describe('combining two versions', () => {
  it('keeps both narratives and all evidence, and my rating', () => {
    const theirs = response('1.1', { rating: 'partly_met', narrative: 'Theirs', evidenceIds: ['e1'] });
    expect(
      combineVersions({ rating: 'met', naReason: '', narrative: 'Mine', evidenceIds: ['e2', 'e1'] }, theirs),
    ).toEqual({ rating: 'met', naReason: '', narrative: 'Theirs\n\nMine', evidenceIds: ['e1', 'e2'] });
  });
});

describe('deadlines', () => {
  it('reads as developmental, never punitive', () => {
    expect(describeDue('2026-12-01', '2026-11-26')).toBe('due in 5 days');
    expect(describeDue('2026-11-26', '2026-11-26')).toBe('due today');
    expect(describeDue('2026-11-20', '2026-11-26')).toBe('was due 6 days ago');
  });
});
