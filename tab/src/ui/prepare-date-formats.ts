import { formatDate, formatTableDate, todayIso } from './dates';

/**
 * The first date a page formats costs the browser 60-100 ms on a busy machine (it loads its locale and time zone
 * data for the first date format), and the dashboard's first render formats one. Done while the app waits for the
 * network, the first render does not pay it. Only when the browser is idle: otherwise the page's own render
 * prepares the formats as it always did.
 */
export function prepareDateFormatsWhenIdle(
  win: Pick<Window, 'setTimeout'> & Partial<Pick<Window, 'requestIdleCallback'>> = window,
): void {
  const prepare = () => {
    const today = todayIso();
    formatDate(today);
    formatTableDate(today);
  };
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(prepare);
  else win.setTimeout(prepare, 0);
}
