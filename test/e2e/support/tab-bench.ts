import type { Browser } from 'playwright-core';
import { signInAs } from './api';

export const BUDGET = {
  firstLoadJsWireBytes: 125 * 1024,
  dashboardReadyMs: 1000,
  /** Everything a service lead's browser fetches to open My work, open the assessment and rate one standard. */
  journeyWireBytes: 250 * 1024,
} as const;

export interface ScriptOnTheWire {
  readonly file: string;
  /** The body as it crossed the wire (compressed, if the server compressed it). */
  readonly wireBytes: number;
  /** The script once the browser unpacked it. */
  readonly decodedBytes: number;
  /** The Content-Encoding it came with ("none" when sent as it is). */
  readonly coding: string;
}

export interface TabMeasurement {
  /**
   * JavaScript that crossed the wire before the dashboard first showed its data: the bodies as sent (brotli or gzip,
   * whichever the browser accepted), as Chromium counted them (encodedBodySize).
   */
  readonly firstLoadJsWireBytes: number;
  /** The same JavaScript unpacked, for comparison. */
  readonly firstLoadJsDecodedBytes: number;
  readonly firstLoadJsFiles: readonly ScriptOnTheWire[];
  /** From navigation start to the dashboard showing the service's progress (median of the runs). */
  readonly dashboardReadyMs: number;
  /** The same for the lazily loaded chart (not part of the budget). */
  readonly chartReadyMs: number;
  readonly runs: readonly number[];
}

const READY_PROBE = `
  new MutationObserver((_, observer) => {
    if (!window.__readyAt && document.querySelector('[data-testid="dashboard-ready"]')) window.__readyAt = performance.now();
    if (!window.__chartAt && document.querySelector('figure [data-chart-legend]')) { window.__chartAt = performance.now(); observer.disconnect(); }
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
  let files: ScriptOnTheWire[] = [];
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
    const codings = new Map<string, string>();
    page.on('response', (response) => codings.set(response.url(), response.headers()['content-encoding'] ?? 'none'));
    await page.goto(`${baseUrl}/dashboard?theme=light`);
    await page.waitForFunction(() => (window as unknown as { __chartAt?: number }).__chartAt, undefined, {
      timeout: 30_000,
    });
    const timing = await page.evaluate(() => {
      const w = window as unknown as { __readyAt: number; __chartAt: number };
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.responseEnd <= w.__readyAt && /\.m?js(\?|$)/.test(e.name))
        .map((e) => ({ url: e.name, wireBytes: e.encodedBodySize, decodedBytes: e.decodedBodySize }));
      return { readyAt: w.__readyAt, chartAt: w.__chartAt, scripts };
    });
    times.push(Math.round(timing.readyAt));
    chartTimes.push(Math.round(timing.chartAt));
    // Each run starts with an empty cache, so every script of the first one crossed the wire.
    if (run === 0) {
      files = timing.scripts.map((s) => ({
        file: new URL(s.url).pathname,
        wireBytes: s.wireBytes,
        decodedBytes: s.decodedBytes,
        coding: codings.get(s.url) ?? 'none',
      }));
    }
    await context.close();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  return {
    firstLoadJsWireBytes: files.reduce((sum, f) => sum + f.wireBytes, 0),
    firstLoadJsDecodedBytes: files.reduce((sum, f) => sum + f.decodedBytes, 0),
    firstLoadJsFiles: files.sort((a, b) => b.wireBytes - a.wireBytes),
    dashboardReadyMs: median(times),
    chartReadyMs: median(chartTimes),
    runs: times,
  };
}

/** What crossed the wire during the self-assessment journey, by kind of file. */
export interface JourneyMeasurement {
  readonly totalWireBytes: number;
  readonly byKind: Readonly<Record<'document' | 'script' | 'style' | 'api' | 'other', number>>;
  readonly requests: number;
}

function kindOf(url: string): keyof JourneyMeasurement['byKind'] {
  const pathname = new URL(url).pathname;
  if (pathname.startsWith('/api/')) return 'api';
  if (/\.m?js$/.test(pathname)) return 'script';
  if (pathname.endsWith('.css')) return 'style';
  if (pathname.endsWith('.html') || !pathname.includes('.')) return 'document';
  return 'other';
}

/**
 * A service lead's self-assessment journey with an empty cache: My work, the assessment, one standard rated with a
 * sentence of narrative, until everything is saved. Counts every body that crossed the wire (as sent, compressed
 * where the server compressed it), pages, scripts, styles and API answers alike.
 */
export async function measureJourney(browser: Browser, baseUrl: string): Promise<JourneyMeasurement> {
  const token = await signInAs(baseUrl, 'ella.morgan@slam.nhs.example');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(
      ({ token: t }) => {
        window.sessionStorage.setItem('mbqin.token', t);
        window.sessionStorage.setItem('mbqin.personId', 'p-sl-coast');
      },
      { token },
    );
    const page = await context.newPage();
    const bodies: { url: string; bytes: number }[] = [];
    page.on('requestfinished', (request) => {
      void request.sizes().then(
        (sizes) => bodies.push({ url: request.url(), bytes: sizes.responseBodySize }),
        () => undefined,
      );
    });
    await page.goto(`${baseUrl}/my-work?theme=light`);
    await page.getByRole('main').locator('a[href*="/assessments/"]').first().click();
    const card = page.locator('[data-testid^="standard-"]').first();
    await card.waitFor({ timeout: 30_000 });
    const unchecked = card.locator('input[type="radio"]:not(:checked)').first();
    await unchecked.check();
    await card.getByRole('textbox', { name: /What you do today/ }).fill(`Measured on ${new Date().toISOString()}.`);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="save-summary"]')?.textContent === 'All changes saved.',
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForLoadState('networkidle');
    const byKind = { document: 0, script: 0, style: 0, api: 0, other: 0 };
    for (const body of bodies) byKind[kindOf(body.url)] += body.bytes;
    return {
      totalWireBytes: Object.values(byKind).reduce((sum, n) => sum + n, 0),
      byKind,
      requests: bodies.length,
    };
  } finally {
    await context.close();
  }
}

export function describeMeasurement(m: TabMeasurement): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return [
    `Tab JavaScript on the wire before the dashboard's first render: ${kb(m.firstLoadJsWireBytes)} (${kb(m.firstLoadJsDecodedBytes)} unpacked; budget ${kb(BUDGET.firstLoadJsWireBytes)})`,
    ...m.firstLoadJsFiles.map((f) => `  ${f.file}  ${kb(f.wireBytes)} ${f.coding} (${kb(f.decodedBytes)} unpacked)`),
    `Dashboard showing its data after ${m.dashboardReadyMs} ms (median of ${m.runs.join(', ')} ms; budget ${BUDGET.dashboardReadyMs} ms)`,
    `Chart drawn (loaded lazily, not in the budget) after ${m.chartReadyMs} ms`,
  ].join('\n');
}
