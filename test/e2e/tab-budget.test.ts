import type { Browser } from 'playwright-core';
import { startApp, type RunningApp } from './support/app-server';
import { buildIfNeeded } from './support/build-if-needed';
import { chromiumAvailable, launchChromium } from './support/chromium';
import { BUDGET, describeMeasurement, measureTab } from './support/tab-bench';

/** The tab's budget: at most 250 KB gzip of JavaScript before the first page renders; dashboard ready in 1.5 s. */
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;

describeInBrowser('tab performance budget (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    buildIfNeeded();
    app = await startApp();
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('loads little JavaScript and shows the dashboard quickly', async () => {
    const measurement = await measureTab(browser, app.baseUrl, 3);
    console.log(describeMeasurement(measurement));
    expect(measurement.firstLoadJsGzipBytes).toBeLessThanOrEqual(BUDGET.firstLoadJsGzipBytes);
    expect(measurement.dashboardReadyMs).toBeLessThanOrEqual(BUDGET.dashboardReadyMs);
  }, 120_000);
});
