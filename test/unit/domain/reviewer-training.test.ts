import { longDate, trainingExpiresOn, trainingValidOn } from '../../../src/domain/reviewer-training';

describe('reviewer training', () => {
  it('expires two years after the day it was done', () => {
    expect(trainingExpiresOn('2025-03-05')).toBe('2027-03-05');
  });

  it('moves training done on 29 February to 1 March when it expires', () => {
    expect(trainingExpiresOn('2024-02-29')).toBe('2026-03-01');
  });

  it('counts up to the day before it expires, and not on that day', () => {
    expect(trainingValidOn('2025-03-05', '2027-03-04')).toBe(true);
    expect(trainingValidOn('2025-03-05', '2027-03-05')).toBe(false);
  });

  it('writes dates the British way', () => {
    expect(longDate('2027-01-25')).toBe('25 January 2027');
  });
});
