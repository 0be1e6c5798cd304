import type { CyclePhase, DateWindow } from '../../../src/domain/cycle';
import { cycleWindowChanges } from '../../../src/domain/cycle-window-changes';

const WINDOWS: Record<CyclePhase, DateWindow> = {
  self_assessment: { start: '2027-01-04', end: '2027-03-31' },
  peer_review: { start: '2027-04-01', end: '2027-06-30' },
  reporting: { start: '2027-07-01', end: '2027-08-31' },
  action_planning: { start: '2027-09-01', end: '2027-12-31' },
};

describe('cycleWindowChanges', () => {
  it('finds a live window that would close earlier, by how many days', () => {
    const after = { ...WINDOWS, self_assessment: { start: '2027-01-04', end: '2027-03-21' } };
    expect(cycleWindowChanges(WINDOWS, after, '2027-02-10')).toEqual([
      {
        kind: 'shortens_live_window',
        phase: 'self_assessment',
        endedOn: '2027-03-31',
        endsOn: '2027-03-21',
        fewerDays: 10,
        closesAtOnce: false,
      },
    ]);
  });

  it('says when a live window would close at once', () => {
    const after = { ...WINDOWS, self_assessment: { start: '2027-01-04', end: '2027-02-01' } };
    expect(cycleWindowChanges(WINDOWS, after, '2027-02-10')).toMatchObject([{ closesAtOnce: true }]);
  });

  it('does not ask about windows that are not open today, or that get longer', () => {
    const after = {
      ...WINDOWS,
      self_assessment: { start: '2027-01-04', end: '2027-03-31' },
      reporting: { start: '2027-07-01', end: '2027-08-15' },
    };
    expect(cycleWindowChanges(WINDOWS, after, '2027-02-10')).toEqual([]);
  });

  it('finds a new overlap between phases, and not one the cycle already had', () => {
    const after = { ...WINDOWS, peer_review: { start: '2027-03-25', end: '2027-06-30' } };
    const changes = cycleWindowChanges(WINDOWS, after, '2027-02-10');
    expect(changes).toEqual([
      {
        kind: 'overlap',
        earlier: 'self_assessment',
        later: 'peer_review',
        laterStarts: '2027-03-25',
        earlierEnds: '2027-03-31',
      },
    ]);
    expect(cycleWindowChanges(after, after, '2027-02-10')).toEqual([]);
    expect(cycleWindowChanges(null, after, '2027-02-10')).toHaveLength(1);
  });
});
