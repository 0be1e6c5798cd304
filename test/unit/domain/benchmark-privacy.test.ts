import {
  benchmarkCounts,
  benchmarkQuartiles,
  HIDDEN_FEW_SERVICES,
  MIN_SERVICES_FOR_BENCHMARK,
} from '../../../src/domain/benchmark-privacy';

describe('anonymised benchmarks hide figures drawn from fewer than 5 services', () => {
  it('names the threshold once, and says so in plain words', () => {
    expect(MIN_SERVICES_FOR_BENCHMARK).toBe(5);
    expect(HIDDEN_FEW_SERVICES).toBe('Hidden: fewer than 5 services');
  });

  it('hides every quartile of four services and says why, keeping how many services there are', () => {
    expect(benchmarkQuartiles([40, 50, 60, 70], true)).toEqual({
      count: 4,
      min: null,
      q1: null,
      median: null,
      q3: null,
      max: null,
      hidden: 'Hidden: fewer than 5 services',
    });
  });

  it('shows the quartiles of five services', () => {
    expect(benchmarkQuartiles([40, 50, 60, 70, 80], true)).toMatchObject({ count: 5, median: 60, hidden: null });
  });

  it('shows every figure to the network team, who see services by name anyway', () => {
    expect(benchmarkQuartiles([40, 50], false)).toMatchObject({ count: 2, median: 45, hidden: null });
  });

  it('hides the recognition counts when fewer than five services reached a level', () => {
    expect(benchmarkCounts({ Excellent: 1, Developing: 3 }, true)).toEqual({ counts: {}, hidden: HIDDEN_FEW_SERVICES });
    expect(benchmarkCounts({ Excellent: 1, Developing: 4 }, true)).toEqual({
      counts: { Excellent: 1, Developing: 4 },
      hidden: null,
    });
  });
});
