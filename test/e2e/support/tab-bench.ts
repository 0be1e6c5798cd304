import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { signInAs } from './api';

export const BUDGET = { firstLoadJsGzipBytes: 250 * 1024, dashboardReadyMs: 1500 } as const;

export interface TabMeasurement {
  /** JavaScript the browser fetched before the dashboard first showed its data, gzip-compressed. */
  readonly firstLoadJsGzipBytes: number;
  readonly firstLoadJsFiles: readonly { readonly file: string; readonly gzipBytes: number }[];
  /** From navigation start to the dashboard showing the service's progress (median of the runs). */
  readonly dashboardReadyMs: number;
  /** The same for the lazily loaded chart (not part of the budget). */
  readonly chartReadyMs: number;
  readonly runs: readonly number[];
}

const READY_PROBE = `
  new MutationObserver((_, observer) => {
    if (!window.__readyAt && document.querySelector('[data-testid="dashboard-ready"]')) window.__readyAt = performance.now();
    if (!window.__chartAt && document.querySelector('figure svg')) { window.__chartAt = performance.now(); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
`;

/**
 * Opens the dashboard as a signed-in service lead in a fresh browser context (empty cache) `runs` times, and
 * measures the JavaScript loaded before the first render and the time until the dashboard shows its data.
 */
export async function measureTab(browser: Browser, baseUrl: string, runs = 5): Promise<TabMeasurement> {
  const email = 'ella.morgan@slam.nhs.example';
  const token = await signInAs(baseUrl, email);
  const personId = 'p-sl-coast';
  const times: number[] = [];
  const chartTimes: number[] = [];
  let files: { file: string; gzipBytes: number }[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(
      ({ token: t, personId: p }) => {
        window.sessionStorage.setItem('mbqin.token', t);
        window.sessionStorage.setItem('mbqin.personId', p);
      },
      { token, personId },
    );
    await context.addInitScript(READY_PROBE);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/dashboard?theme=light`);
    await page.waitForFunction(() => (window as unknown as { __chartAt?: number }).__chartAt, undefined, {
      timeout: 30_000,
    });
    const timing = await page.evaluate(() => {
      const w = window as unknown as { __readyAt: number; __chartAt: number };
      const scripts = performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming).responseEnd <= w.__readyAt && /\.m?js(\?|$)/.test(e.name))
        .map((e) => e.name);
      return { readyAt: w.__readyAt, chartAt: w.__chartAt, scripts };
    });
    times.push(Math.round(timing.readyAt));
    chartTimes.push(Math.round(timing.chartAt));
    if (run === 0) {
      files = await Promise.all(
        timing.scripts.map(async (url) => {
          const body = Buffer.from(await (await fetch(url)).arrayBuffer());
          return { file: new URL(url).pathname, gzipBytes: gzipSync(body, { level: 9 }).length };
        }),
      );
    }
    await context.close();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  return {
    firstLoadJsGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    firstLoadJsFiles: files.sort((a, b) => b.gzipBytes - a.gzipBytes),
    dashboardReadyMs: median(times),
    chartReadyMs: median(chartTimes),
    runs: times,
  };
}

export function describeMeasurement(m: TabMeasurement): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return [
    `Tab JavaScript before the dashboard's first render: ${kb(m.firstLoadJsGzipBytes)} gzip (budget ${kb(BUDGET.firstLoadJsGzipBytes)})`,
    ...m.firstLoadJsFiles.map((f) => `  ${f.file}  ${kb(f.gzipBytes)}`),
    `Dashboard showing its data after ${m.dashboardReadyMs} ms (median of ${m.runs.join(', ')} ms; budget ${BUDGET.dashboardReadyMs} ms)`,
    `Chart drawn (loaded lazily, not in the budget) after ${m.chartReadyMs} ms`,
  ].join('\n');
}
