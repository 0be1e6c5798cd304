import { agreementByTheme, measureAgreement } from '../../../src/domain/agreement';
import type { Rating } from '../../../src/domain/assessment';
import { ratings, SMALL } from './fixtures';

type Pair = [Rating | null, Rating | null];

describe('measureAgreement: share matching and linearly weighted kappa, worked by hand', () => {
  it('example A: four standards, three the same, one near miss', () => {
    // Self:   met, met,    partly, not.   Agreed: met, partly, partly, not.
    // Weights (k = 3): same 1, one step 0.5, two steps 0.
    // Po = (1 + 0.5 + 1 + 1) / 4 = 0.875.
    // Self marginals (not, partly, met) = (.25, .25, .5); agreed = (.25, .5, .25).
    // Pe = .25*(1*.25 + .5*.5 + 0*.25) + .25*(.5*.25 + 1*.5 + .5*.25) + .5*(0*.25 + .5*.5 + 1*.25)
    //    = .25*.5 + .25*.75 + .5*.5 = .125 + .1875 + .25 = .5625.
    // kappa = (.875 - .5625) / (1 - .5625) = .3125 / .4375 = 5/7 = 0.714.
    const pairs: Pair[] = [
      ['met', 'met'],
      ['met', 'partly_met'],
      ['partly_met', 'partly_met'],
      ['not_met', 'not_met'],
    ];
    expect(measureAgreement(pairs)).toEqual({ pairs: 4, matching: 3, sharePercent: 75, kappa: 0.714 });
  });

  it('example B: two opposite ratings is worse than chance (kappa -1)', () => {
    // Po = 0 (two steps apart, weight 0). Marginals both (.5, 0, .5).
    // Pe = .5*(1*.5 + 0*.5) + .5*(0*.5 + 1*.5) = .5. kappa = (0 - .5) / .5 = -1.
    expect(
      measureAgreement([
        ['met', 'not_met'],
        ['not_met', 'met'],
      ]),
    ).toEqual({ pairs: 2, matching: 0, sharePercent: 0, kappa: -1 });
  });

  it('example C: full agreement over varied ratings is kappa 1', () => {
    expect(
      measureAgreement([
        ['met', 'met'],
        ['partly_met', 'partly_met'],
        ['not_met', 'not_met'],
      ]),
    ).toEqual({ pairs: 3, matching: 3, sharePercent: 100, kappa: 1 });
  });

  it('example D: self over-rates by one step throughout', () => {
    // Self: met, met, partly. Agreed: partly, partly, not. Po = (.5 + .5 + .5) / 3 = .5.
    // Self marginals (0, 1/3, 2/3); agreed (1/3, 2/3, 0).
    // Pe = 1/3*(.5*1/3 + 1*2/3) + 2/3*(0*1/3 + .5*2/3) = 1/3*(5/6) + 2/3*(1/3) = 5/18 + 4/18 = 1/2.
    // kappa = (.5 - .5) / .5 = 0: no better than chance.
    expect(
      measureAgreement([
        ['met', 'partly_met'],
        ['met', 'partly_met'],
        ['partly_met', 'not_met'],
      ]),
    ).toEqual({ pairs: 3, matching: 0, sharePercent: 0, kappa: 0 });
  });

  it('leaves N/A and unrated standards out of both measures', () => {
    const withGaps: Pair[] = [
      ['met', 'met'],
      ['met', 'partly_met'],
      ['partly_met', 'partly_met'],
      ['not_met', 'not_met'],
      ['not_applicable', 'met'],
      ['met', 'not_applicable'],
      [null, 'met'],
      ['met', null],
    ];
    expect(measureAgreement(withGaps)).toEqual({ pairs: 4, matching: 3, sharePercent: 75, kappa: 0.714 });
  });

  it('has no kappa when both sides used one rating throughout (chance agreement 1), nor without pairs', () => {
    expect(
      measureAgreement([
        ['met', 'met'],
        ['met', 'met'],
      ]),
    ).toEqual({ pairs: 2, matching: 2, sharePercent: 100, kappa: null });
    expect(measureAgreement([])).toEqual({ pairs: 0, matching: 0, sharePercent: null, kappa: null });
  });

  it('rounds the share to one decimal', () => {
    expect(
      measureAgreement([
        ['met', 'met'],
        ['met', 'met'],
        ['met', 'not_met'],
      ]).sharePercent,
    ).toBe(66.7);
  });
});

describe('agreementByTheme', () => {
  it('measures each theme of the framework on the standards that apply, and overall', () => {
    // Service standards: theme 1 = 1.1, 1.2, 1.3; theme 2 = 2.1, 2.2, 2.3 (1.4, 2.4 are organisation-level).
    const self = ratings({
      '1.1': 'met',
      '1.2': 'met',
      '1.3': 'partly_met',
      '2.1': 'met',
      '2.2': 'not_met',
      '1.4': 'met',
    });
    const agreed = ratings({
      '1.1': 'met',
      '1.2': 'partly_met',
      '1.3': 'partly_met',
      '2.1': 'not_met',
      '2.2': 'not_met',
      '1.4': 'not_met',
    });
    const report = agreementByTheme(SMALL, 'service', self, agreed);
    expect(
      report.byTheme.map((t) => [t.themeCode, t.measure.pairs, t.measure.matching, t.measure.sharePercent]),
    ).toEqual([
      ['1', 3, 2, 66.7],
      ['2', 2, 1, 50],
    ]);
    // Theme 2 alone: (met, not), (not, not). Po = (0 + 1)/2 = .5. Self (.5, 0, .5), agreed (1, 0, 0).
    // Pe = .5*1*1 + .5*0*1 = .5 (row not: w(not,not)=1 * 1; row met: w(met,not)=0). kappa = 0.
    expect(report.byTheme[1]?.measure.kappa).toBe(0);
    expect(report.overall).toMatchObject({ pairs: 5, matching: 3, sharePercent: 60 });
  });
});
