import type * as DatesModule from '../../tab/src/ui/dates';
import type * as PrepareModule from '../../tab/src/ui/prepare-date-formats';

/** Fresh modules, so no date format has been built yet (the formats are kept once built). */
function freshModules(): { dates: typeof DatesModule; prepare: typeof PrepareModule } {
  let loaded: { dates: typeof DatesModule; prepare: typeof PrepareModule } | undefined;
  jest.isolateModules(() => {
    loaded = {
      dates: jest.requireActual<typeof DatesModule>('../../tab/src/ui/dates'),
      prepare: jest.requireActual<typeof PrepareModule>('../../tab/src/ui/prepare-date-formats'),
    };
  });
  if (!loaded) throw new Error('modules not loaded');
  return loaded;
}

describe('the date formats, prepared while the app waits for the network', () => {
  afterEach(() => jest.restoreAllMocks());

  it('are built only once the browser is idle, and the first page then formats its dates without building any', () => {
    const { dates, prepare } = freshModules();
    const built = jest.spyOn(Intl, 'DateTimeFormat');
    const idle: (() => void)[] = [];
    prepare.prepareDateFormatsWhenIdle({
      requestIdleCallback: (callback: IdleRequestCallback) => idle.push(() => callback({} as IdleDeadline)),
      setTimeout: (() => 0) as unknown as Window['setTimeout'],
    });
    expect(built).not.toHaveBeenCalled();

    idle.forEach((run) => run());
    const preparing = built.mock.calls.length;
    expect(preparing).toBeGreaterThan(0);

    // What the dashboard's first render formats: today, and the day the self-assessment closes.
    expect(dates.formatDate('2027-01-18')).toBe('18 January 2027');
    expect(dates.formatTableDate('2027-01-18')).toBe('18/01/2027');
    dates.describeDue('2027-01-18', dates.todayIso());
    expect(built).toHaveBeenCalledTimes(preparing);
  });

  it('are built soon after start where the browser has no idle callbacks (Safari)', () => {
    const { prepare } = freshModules();
    const built = jest.spyOn(Intl, 'DateTimeFormat');
    const later: (() => void)[] = [];
    prepare.prepareDateFormatsWhenIdle({
      setTimeout: ((run: () => void) => later.push(run)) as unknown as Window['setTimeout'],
    });
    expect(built).not.toHaveBeenCalled();
    later.forEach((run) => run());
    expect(built).toHaveBeenCalled();
  });
});
