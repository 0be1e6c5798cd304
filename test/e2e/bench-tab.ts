/**
 * `npm run bench` (tab part): JavaScript that crosses the wire on first load (as sent: brotli or gzip) and time to the dashboard's first render in
 * headless Chromium, against the built app. Run: tsx test/e2e/bench-tab.ts [--json]
 */
import { startApp } from './support/app-server';
import { buildIfNeeded } from './support/build-if-needed';
import { CHROMIUM_PATH, launchChromium } from './support/chromium';
import { BUDGET, describeMeasurement, measureTab } from './support/tab-bench';

async function main(): Promise<void> {
  buildIfNeeded();
  const app = await startApp();
  const browser = await launchChromium().catch((error: unknown) => {
    throw new Error(`Cannot start Chromium at ${CHROMIUM_PATH} (apt-get install chromium): ${String(error)}`);
  });
  try {
    const measurement = await measureTab(browser, app.baseUrl);
    console.log(
      process.argv.includes('--json') ? JSON.stringify(measurement, null, 2) : describeMeasurement(measurement),
    );
    const over =
      measurement.firstLoadJsWireBytes > BUDGET.firstLoadJsWireBytes ||
      measurement.dashboardReadyMs > BUDGET.dashboardReadyMs;
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
