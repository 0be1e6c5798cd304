import {
  compareRatings,
  kappaStrength,
  peerConsensus,
  reviewAgreementByTheme,
  type RatingPair,
} from '../../../src/domain/agreement';

describe('compareRatings: the agreement measure with N/A counted apart and put in words', () => {
  it('explains a small comparison, with the caveat, the N/A both gave, a dispute about applicability and a gap', () => {
    // On the scale: (met, met), (met, partly), (partly, partly), (not, not): 3 of 4 the same.
    // Linear weights (same 1, one step 0.5, two steps 0): Po = (1 + .5 + 1 + 1) / 4 = .875.
    // Self marginals (not, partly, met) = (.25, .25, .5), peer (.25, .5, .25): Pe = .5625 (worked in full in
    // agreement.test.ts, example A). kappa = (.875 - .5625) / .4375 = 5/7 = 0.714 -> "0.71", substantial.
    const pairs: RatingPair[] = [
      ['met', 'met'],
      ['met', 'partly_met'],
      ['partly_met', 'partly_met'],
      ['not_met', 'not_met'],
      ['not_applicable', 'not_applicable'],
      ['met', 'not_applicable'],
      [null, 'met'],
    ];
    const result = compareRatings('Self and peer ratings', pairs);
    expect(result.measure).toEqual({ pairs: 4, matching: 3, sharePercent: 75, kappa: 0.714 });
    expect(result.offScale).toEqual({ bothNotApplicable: 1, applicabilityDisagreements: 1, unrated: 1 });
    expect(result.words).toBe(
      'Self and peer ratings agreed on 3 of 4 standards (75%). ' +
        'Weighted kappa 0.71: substantial agreement, near misses (such as met and partly met) counting half. ' +
        'With only 4 standards compared, read this with care: one different rating changes it a lot. ' +
        'Both said 1 standard does not apply; not applicable is not on the rating scale, so it is left out of the figures. ' +
        'They disagreed on whether 1 standard applies at all (one side said not applicable); it is left out of the figures too. ' +
        '1 standard still lacks a rating from one side.',
    );
  });

  it('gives no small-number caveat from ten standards up', () => {
    // Ten standards, nine the same, one near miss (self met, peer partly met).
    // Self: 4 met, 3 partly, 3 not; peer: 3 met, 4 partly, 3 not. Po = (9 + .5) / 10 = .95.
    // Pe = sum over self i, peer j of w_ij p_i q_j with p = (.3, .3, .4), q = (.3, .4, .3) (not, partly, met):
    //   not row:    .3 * (1*.3 + .5*.4 + 0*.3) = .3 * .5  = .15
    //   partly row: .3 * (.5*.3 + 1*.4 + .5*.3) = .3 * .7 = .21
    //   met row:    .4 * (0*.3 + .5*.4 + 1*.3) = .4 * .5  = .20      Pe = .56
    // kappa = (.95 - .56) / (1 - .56) = .39 / .44 = 0.886 -> almost perfect.
    const pairs: RatingPair[] = [
      ...Array.from({ length: 3 }, (): RatingPair => ['met', 'met']),
      ['met', 'partly_met'],
      ...Array.from({ length: 3 }, (): RatingPair => ['partly_met', 'partly_met']),
      ...Array.from({ length: 3 }, (): RatingPair => ['not_met', 'not_met']),
    ];
    const result = compareRatings('Self and agreed ratings', pairs);
    expect(result.measure.kappa).toBe(0.886);
    expect(result.words).toBe(
      'Self and agreed ratings agreed on 9 of 10 standards (90%). ' +
        'Weighted kappa 0.89: almost perfect agreement, near misses (such as met and partly met) counting half.',
    );
  });

  it('says when nothing can be compared yet, and when kappa is undefined', () => {
    expect(compareRatings('Self and agreed ratings', [['met', null]]).words).toBe(
      'Self and agreed ratings cannot be compared yet: no standard has a rating from both.',
    );
    expect(compareRatings('Self and peer ratings', [['met', 'met']]).words).toContain(
      'Weighted kappa cannot be worked out: both sides gave the same rating to every standard',
    );
  });
});

describe('kappaStrength: the conventional bands', () => {
  it.each([
    [-0.2, 'less agreement than chance alone would give'],
    [0.1, 'slight agreement'],
    [0.35, 'fair agreement'],
    [0.5, 'moderate agreement'],
    [0.64, 'substantial agreement'],
    [0.9, 'almost perfect agreement'],
  ])('reads %p as %p', (kappa, words) => {
    expect(kappaStrength(kappa)).toBe(words);
  });
});

describe('peerConsensus: the peer reviewers shared view of one standard', () => {
  it('is the median rating, the lower middle one for an even number, ignoring N/A among ratings', () => {
    expect(peerConsensus(['met', 'partly_met', 'not_met'])).toBe('partly_met');
    expect(peerConsensus(['met', 'partly_met'])).toBe('partly_met');
    expect(peerConsensus(['met', 'not_applicable'])).toBe('met');
  });
  it('is not applicable when every reviewer said so, and null when nobody has rated', () => {
    expect(peerConsensus(['not_applicable', 'not_applicable'])).toBe('not_applicable');
    expect(peerConsensus([])).toBeNull();
  });
});

describe('reviewAgreementByTheme', () => {
  it('measures self vs peer and self vs agreed for each theme, listing themes without ratings too', () => {
    const result = reviewAgreementByTheme(
      [
        { code: '1', title: 'Integrated patient care' },
        { code: '2', title: 'Patient and community involvement' },
      ],
      [
        { themeCode: '1', self: 'met', peer: ['met', 'partly_met', 'met'], agreed: 'met' },
        { themeCode: '1', self: 'not_met', peer: ['partly_met', 'partly_met'], agreed: null },
      ],
    );
    expect(result.map((t) => t.themeCode)).toEqual(['1', '2']);
    // Peer consensus: met (median of partly, met, met), partly met. Self: met, not met: 1 of 2 the same.
    expect(result[0]?.selfVsPeer.measure).toMatchObject({ pairs: 2, matching: 1 });
    expect(result[0]?.selfVsAgreed.measure).toMatchObject({ pairs: 1, matching: 1 });
    expect(result[0]?.selfVsAgreed.offScale.unrated).toBe(1);
    expect(result[1]?.selfVsPeer.words).toBe(
      'Self and peer ratings cannot be compared yet: no standard has a rating from both.',
    );
  });
});
