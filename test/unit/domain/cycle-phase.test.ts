import type { CyclePhase, DateWindow } from '../../../src/domain/cycle';
import { cyclePhase, isIsoDate, validateCycleWindows } from '../../../src/domain/cycle-phase';
import { thrown } from './fixtures';

const WINDOWS: Record<CyclePhase, DateWindow> = {
  self_assessment: { start: '2026-01-01', end: '2026-03-31' },
  // a gap from 1 to 14 April
  peer_review: { start: '2026-04-15', end: '2026-06-30' },
  // overlaps peer review from 20 to 30 June
  reporting: { start: '2026-06-20', end: '2026-07-31' },
  action_planning: { start: '2026-08-01', end: '2026-12-31' },
};
const cycle = { windows: WINDOWS };

describe('cyclePhase', () => {
  it.each([
    ['2025-12-31', 'not_open'],
    ['2026-01-01', 'self_assessment'],
    ['2026-03-31', 'self_assessment'],
    ['2026-04-14', 'self_assessment'], // in the gap: the phase that ended most recently
    ['2026-04-15', 'peer_review'],
    ['2026-06-19', 'peer_review'],
    ['2026-06-20', 'reporting'], // overlap: the later phase wins
    ['2026-06-30', 'reporting'],
    ['2026-08-01', 'action_planning'],
    ['2026-12-31', 'action_planning'],
    ['2027-01-01', 'ended'],
  ])('on %s the cycle is in %s', (today, expected) => {
    expect(cyclePhase(cycle, today)).toBe(expected);
  });
});

describe('validateCycleWindows', () => {
  it('accepts windows in order, including overlaps and gaps', () => {
    expect(() => validateCycleWindows(WINDOWS)).not.toThrow();
  });

  it('names the end of a window that ends before it starts', () => {
    const error = thrown(() =>
      validateCycleWindows({ ...WINDOWS, peer_review: { start: '2026-04-15', end: '2026-04-14' } }),
    );
    expect(error.field).toBe('windows.peer_review.end');
    expect(error.message).toContain('2026-04-14');
  });

  it('names the start of a phase that starts before the phase it follows', () => {
    const error = thrown(() =>
      validateCycleWindows({ ...WINDOWS, reporting: { start: '2026-04-01', end: '2026-07-31' } }),
    );
    expect(error.field).toBe('windows.reporting.start');
    expect(error.message).toContain('peer review');
  });

  it('refuses a date that does not exist', () => {
    const error = thrown(() =>
      validateCycleWindows({ ...WINDOWS, self_assessment: { start: '2026-01-01', end: '2026-02-30' } }),
    );
    expect(error.field).toBe('windows.self_assessment.end');
  });

  it('knows real calendar dates', () => {
    expect(['2028-02-29', '2026-12-31'].every(isIsoDate)).toBe(true);
    expect(['2026-02-29', '2100-02-29', '2026-13-01', '2026-1-01', '', '2026-04-31'].some(isIsoDate)).toBe(false);
  });
});
