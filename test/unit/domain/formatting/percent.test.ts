import { percentOf, percentText } from '../../../../src/domain/formatting/percent';

describe('percentages, rounded one way', () => {
  it('rounds to the nearest tenth, so two of three is 66.7 and never the truncated 66.6', () => {
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(13, 16)).toBe(81.3);
  });

  it('rounds a half up', () => {
    expect(percentOf(1, 8)).toBe(12.5);
    expect(percentOf(1, 16)).toBe(6.3);
    expect(percentOf(1, 2000)).toBe(0.1);
  });

  it('has no figure when there is nothing to divide by', () => {
    expect(percentOf(0, 0)).toBeNull();
  });

  it('writes a whole figure without ".0" and a fraction with one decimal', () => {
    expect(percentText(50)).toBe('50%');
    expect(percentText(66.7)).toBe('66.7%');
    expect(percentText(percentOf(2, 3))).toBe('66.7%');
  });

  it('says so in words when there is no figure', () => {
    expect(percentText(null)).toBe('Not scored yet');
    expect(percentText(null, 'Nothing rated yet')).toBe('Nothing rated yet');
  });
});
