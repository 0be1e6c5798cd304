/**
 * `npm run bench` (tab part): JavaScript that crosses the wire on first load (as sent: brotli or gzip) and time to the dashboard's first render in
 * headless Chromium, against the built app. Run: tsx test/e2e/bench-tab.ts [--json]
 */
import { startApp } from './support/app-server';
import { buildIfNeeded } from './support/build-if-needed';
import { CHROMIUM_PATH, launchChromium } from './support/chromium';
import { BUDGET, describeMeasurement, measureJourney, measureTab } from './support/tab-bench';

async function main(): Promise<void> {
  buildIfNeeded();
  const app = await startApp();
  const browser = await launchChromium().catch((error: unknown) => {
    throw new Error(`Cannot start Chromium at ${CHROMIUM_PATH} (apt-get install chromium): ${String(error)}`);
  });
  try {
    const measurement = await measureTab(browser, app.baseUrl);
    const journey = await measureJourney(browser, app.baseUrl);
    console.log(
      process.argv.includes('--json')
        ? JSON.stringify({ ...measurement, journey }, null, 2)
        : `${describeMeasurement(measurement)}\nSelf-assessment journey on the wire: ${(journey.totalWireBytes / 1024).toFixed(1)} KB in ${journey.requests} requests (budget ${BUDGET.journeyWireBytes / 1024} KB)`,
    );
    const over =
      measurement.firstLoadJsWireBytes > BUDGET.firstLoadJsWireBytes ||
      measurement.dashboardReadyMs > BUDGET.dashboardReadyMs ||
      journey.totalWireBytes > BUDGET.journeyWireBytes;
    if (over) {
      console.error('Over budget.');
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
