import { changeActionStatus, newAction, type ActionItem } from '../../../src/domain/action-plan';
import type { Rating } from '../../../src/domain/assessment';
import { networkImpact, type NetworkServiceRecord } from '../../../src/domain/network-impact';
import { ratingChange, scoreChange } from '../../../src/domain/rating-change';
import { completedAtOf, reviewToCompletionDays } from '../../../src/domain/review-to-completion';
import { serviceImpact, type ServiceCycleRecord } from '../../../src/domain/service-impact';
import { ratingMap, V1, V2 } from './impact-fixtures';

describe('what changed for one standard between two cycles', () => {
  it.each([
    ['partly_met', 'met', 'improved'],
    ['met', 'not_met', 'worsened'],
    ['partly_met', 'partly_met', 'unchanged'],
    [null, 'met', 'new'],
    ['not_applicable', 'not_met', 'new'],
    ['met', 'not_applicable', 'no_longer_applicable'],
    ['not_applicable', 'not_applicable', 'unchanged'],
    ['met', null, null],
  ] as const)('%s then %s is %s', (before, after, change) => {
    expect(ratingChange(before, after)).toBe(change);
  });

  it('compares theme percentages the same way', () => {
    expect([scoreChange(50, 75), scoreChange(75, 50), scoreChange(50, 50), scoreChange(null, 40)]).toEqual([
      'improved',
      'worsened',
      'unchanged',
      'new',
    ]);
    expect(scoreChange(40, null)).toBe('no_longer_applicable');
  });
});

function cycle(id: string, framework: typeof V1, ratings: Record<string, Rating | null>): ServiceCycleRecord {
  return {
    cycleId: id,
    cycleName: `Cycle ${id}`,
    framework,
    ratings: ratingMap(ratings),
    basis: 'agreed',
    completedActions: [],
  };
}

describe("a service's impact over cycles", () => {
  const first = {
    ...cycle('2025', V1, {
      '1.1': 'not_met',
      '1.2': 'met',
      '1.3': 'not_met',
      '2.1': 'partly_met',
      '2.2': 'met',
      '2.3': 'met',
    }),
    completedActions: [
      { actionId: 'act-1', title: 'Screen for depression', standardCode: '1.1', completedAt: '2025-09-01T09:00:00Z' },
    ],
  };
  const second = cycle('2026', V2, {
    '1.1': 'met',
    '1.2': 'not_applicable',
    '1.5': 'partly_met',
    '1.6': 'met',
    '2.5': 'met',
    '2.6': 'not_met',
    '2.7': 'met',
  });
  const impact = serviceImpact([first, second], [V1, V2]);
  const row = (code: string) => impact?.standards.find((s) => s.code === code);

  it('lists each standard of the latest version with its rating in every cycle and what changed', () => {
    expect(row('1.1')).toMatchObject({ ratings: ['not_met', 'met'], changes: ['improved'] });
    expect(row('1.2')).toMatchObject({ ratings: ['met', 'not_applicable'], changes: ['no_longer_applicable'] });
    expect(row('1.6')).toMatchObject({ ratings: [null, 'met'], changes: ['new'], carriesHistoryOf: [] });
  });

  it('keeps the history of a renamed and of a split standard across the revision', () => {
    expect(row('1.5')).toMatchObject({
      ratings: ['not_met', 'partly_met'],
      changes: ['improved'],
      carriesHistoryOf: ['1.3'],
    });
    expect(row('2.5')).toMatchObject({
      ratings: ['partly_met', 'met'],
      changes: ['improved'],
      carriesHistoryOf: ['2.1'],
    });
    expect(row('2.6')).toMatchObject({
      ratings: ['partly_met', 'not_met'],
      changes: ['worsened'],
      carriesHistoryOf: ['2.1'],
    });
    expect(row('2.7')).toMatchObject({ ratings: ['met', 'met'], carriesHistoryOf: ['2.2', '2.3'] });
  });

  it("scores each cycle's themes in the latest version, so the percentages compare like with like", () => {
    const care = impact?.themes.find((t) => t.themeCode === '1');
    // 2025 carried: 1.1 not met, 1.2 met, 1.5 not met -> 1 of 3; 2026: 1.1 met, 1.5 partly, 1.6 met (1.2 N/A) -> 2.5 of 3.
    expect(care).toMatchObject({ percents: [33.3, 83.3], changes: ['improved'] });
  });

  it('shows the actions completed between the cycles', () => {
    expect(impact?.betweenCycles).toEqual([
      { fromCycleId: '2025', toCycleId: '2026', completedActions: first.completedActions },
    ]);
  });

  it('has nothing to show before a first cycle', () => {
    expect(serviceImpact([], [V1])).toBeNull();
  });
});

describe('review to completion', () => {
  const action = (fields: Partial<ActionItem>) =>
    ({ status: 'completed', updatedAt: '2026-05-01T00:00:00Z', verifiedAt: null, ...fields }) as ActionItem;

  it('takes the recorded completion time, else the best bound there is, and nothing while open', () => {
    expect(completedAtOf(action({ completedAt: '2026-04-01T00:00:00Z' }))).toBe('2026-04-01T00:00:00Z');
    expect(completedAtOf(action({}))).toBe('2026-05-01T00:00:00Z');
    expect(completedAtOf(action({ status: 'verified', verifiedAt: '2026-05-03T00:00:00Z' }))).toBe(
      '2026-05-03T00:00:00Z',
    );
    expect(completedAtOf(action({ status: 'in_progress' }))).toBeNull();
  });

  it('gives the median and spread in whole days from the agreement', () => {
    const agreedAt = '2026-02-01T10:00:00Z';
    const days = reviewToCompletionDays(
      ['2026-02-11T09:00:00Z', '2026-03-03T10:00:00Z', '2026-04-02T10:00:00Z'].map((completedAt) => ({
        agreedAt,
        completedAt,
      })),
    );
    expect(days).toEqual({ count: 3, min: 9, q1: 19.5, median: 30, q3: 45, max: 60 });
  });
});

describe("the network's impact over cycles", () => {
  const service = (
    id: string,
    ratings: Record<string, Rating | null>,
    rank: number,
    extra: Partial<NetworkServiceRecord> = {},
  ) => ({
    serviceId: id,
    serviceName: `Service ${id}`,
    ratings: ratingMap(ratings),
    recognitionLevel: V1.recognitionLevels[rank]?.name ?? '',
    recognitionRank: rank,
    rated: true,
    agreedAt: null,
    completions: [],
    ...extra,
  });
  const ids = ['a', 'b', 'c', 'd', 'e'];
  const before = {
    cycleId: '2025',
    cycleName: '2025',
    framework: V1,
    services: ids.map((id, i) =>
      service(id, { '1.1': 'not_met', '1.3': 'not_met', '2.1': i < 2 ? 'met' : 'not_met' }, 2, {
        agreedAt: '2025-03-01T00:00:00Z',
        completions: i === 0 ? ['2025-03-11T00:00:00Z', '2025-04-10T00:00:00Z'] : [],
      }),
    ),
  };
  const after = {
    cycleId: '2026',
    cycleName: '2026',
    framework: V2,
    services: ids.map((id, i) =>
      service(id, { '1.1': i < 3 ? 'met' : 'not_met', '1.5': 'not_met', '2.5': 'met', '2.6': 'met' }, i === 0 ? 1 : 2),
    ),
  };

  it('gives the share of standards met per cycle and the time from review to completion', () => {
    const impact = networkImpact([before, after], [V1, V2], false);
    expect(impact?.cycles.map((c) => [c.cycleName, c.metPercent])).toEqual([
      ['2025', 13.3],
      ['2026', 65],
    ]);
    expect(impact?.cycles[0]?.reviewToCompletionDays).toMatchObject({ count: 2, median: 25, min: 10, max: 40 });
  });

  it('names the most improved standards and those most often still not met, through the revision', () => {
    const impact = networkImpact([before, after], [V1, V2], false);
    expect(impact?.mostImproved.map((m) => [m.code, m.improved])).toEqual([
      ['1.1', 3],
      ['2.5', 3],
      ['2.6', 3],
    ]);
    expect(impact?.mostOftenStillNotMet.map((m) => [m.code, m.stillNotMet])).toEqual([
      ['1.5', 5],
      ['1.1', 2],
    ]);
  });

  it('counts services that moved level, naming them only for those who may see names', () => {
    const anonymous = networkImpact([before, after], [V1, V2], false);
    expect(anonymous?.levelMoves).toEqual([
      { fromCycleId: '2025', toCycleId: '2026', up: 1, down: 0, same: 4, withheld: false },
    ]);
    const named = networkImpact([before, after], [V1, V2], true);
    expect(named?.levelMoves[0]?.services).toEqual([
      { serviceId: 'a', serviceName: 'Service a', from: 'Developing', to: 'Meeting the standard', direction: 'up' },
    ]);
  });

  it('withholds the figures of a cycle with fewer than five services from an anonymised view', () => {
    const small = { ...after, services: after.services.slice(0, 4) };
    const impact = networkImpact([before, small], [V1, V2], false);
    expect(impact?.cycles[1]).toMatchObject({ withheld: true, metPercent: null });
    // Nor is anything compared across that step: no standard movement, no level move.
    expect(impact?.mostImproved).toEqual([]);
    expect(impact?.levelMoves[0]).toMatchObject({ withheld: true, up: 0, down: 0 });
    expect(networkImpact([before, small], [V1, V2], true)?.cycles[1]).toMatchObject({
      withheld: false,
      metPercent: 68.8,
    });
  });
});

describe('the completion time of an action', () => {
  it('is recorded when the action is marked completed, and kept when it is verified', () => {
    const open = {
      ...newAction(
        { id: 'a-1', cycleId: 'c-1', subject: { kind: 'service', serviceId: 's-1', organisationId: 'o-1' } },
        {
          id: 'act-1',
          findingId: null,
          findingKind: null,
          standardCode: '1.1',
          title: 'Offer checks',
          description: '',
          ownerId: 'p-1',
          dueDate: '2026-06-30',
        },
        '2026-02-01T10:00:00.000Z',
      ),
      status: 'in_progress' as const,
    };
    const completion = { note: 'Done in every clinic.', evidenceIds: [] };
    const completed = changeActionStatus(
      open,
      'completed',
      { personId: 'p-1', isLeadReviewer: false },
      { completion },
      '2026-04-01T10:00:00.000Z',
    );
    expect(completed.completedAt).toBe('2026-04-01T10:00:00.000Z');
    const verified = changeActionStatus(
      completed,
      'verified',
      { personId: 'p-lead', isLeadReviewer: true },
      {},
      '2026-04-09T10:00:00.000Z',
    );
    expect(completedAtOf(verified)).toBe('2026-04-01T10:00:00.000Z');
  });
});
