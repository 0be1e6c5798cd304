import { ConfigError, loadConfig } from '../../src/config';

/** The network's recognition settings: validity, interim review and appeal window, with our defaults. */
describe('recognition settings', () => {
  it('default to three years, an interim review at eighteen months and 20 working days to appeal', () => {
    expect(loadConfig({}).recognition).toEqual({ validityMonths: 36, interimReviewMonths: 18, appealWorkingDays: 20 });
  });

  it('take the network its own', () => {
    const config = loadConfig({
      RECOGNITION_VALIDITY_MONTHS: '24',
      RECOGNITION_INTERIM_REVIEW_MONTHS: '12',
      RECOGNITION_APPEAL_WORKING_DAYS: '15',
    });
    expect(config.recognition).toEqual({ validityMonths: 24, interimReviewMonths: 12, appealWorkingDays: 15 });
  });

  it('refuse an interim review that would fall on or after the expiry, naming both settings', () => {
    expect(() => loadConfig({ RECOGNITION_VALIDITY_MONTHS: '12', RECOGNITION_INTERIM_REVIEW_MONTHS: '12' })).toThrow(
      ConfigError,
    );
    expect(() => loadConfig({ RECOGNITION_VALIDITY_MONTHS: '12', RECOGNITION_INTERIM_REVIEW_MONTHS: '12' })).toThrow(
      /RECOGNITION_INTERIM_REVIEW_MONTHS \(12\) must be fewer than RECOGNITION_VALIDITY_MONTHS \(12\)/,
    );
  });
});
