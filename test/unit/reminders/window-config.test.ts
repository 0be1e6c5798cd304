import { ConfigError, loadConfig } from '../../../src/config';

describe('the sending window settings', () => {
  it('defaults to working days, 08:00-18:00, Europe/London', () => {
    expect(loadConfig({}).reminders.window).toEqual({
      timeZone: 'Europe/London',
      workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      opens: '08:00',
      closes: '18:00',
    });
  });

  it("takes a trust's own working pattern", () => {
    const config = loadConfig({
      REMINDER_WORKING_DAYS: 'Mon, Tue, Wed, Thu, Fri, Sat',
      REMINDER_WINDOW_OPENS: '07:30',
      REMINDER_WINDOW_CLOSES: '20:00',
    });
    expect(config.reminders.window).toMatchObject({
      workingDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
      opens: '07:30',
      closes: '20:00',
    });
  });

  it.each([
    [{ REMINDER_WORKING_DAYS: 'mon,funday' }, /REMINDER_WORKING_DAYS: list working days/],
    [{ REMINDER_WORKING_DAYS: ' , ' }, /REMINDER_WORKING_DAYS/],
    [{ REMINDER_WINDOW_OPENS: '8am' }, /REMINDER_WINDOW_OPENS: give a 24-hour time/],
    [{ REMINDER_WINDOW_CLOSES: '24:00' }, /REMINDER_WINDOW_CLOSES: give a 24-hour time/],
    [{ REMINDER_WINDOW_OPENS: '18:00', REMINDER_WINDOW_CLOSES: '08:00' }, /must be earlier than/],
    [{ REMINDER_TIME_ZONE: 'Europe/Londres' }, /REMINDER_TIME_ZONE: give an IANA time zone/],
    [{ BOT_TENANT_RATE_PER_SECOND: '80' }, /BOT_TENANT_RATE_PER_SECOND/],
  ])('refuses %j with a message that says what to fix', (env, expected) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(expected);
  });
});
