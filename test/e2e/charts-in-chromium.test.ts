import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp, type RunningApp } from './support/app-server';
import { buildIfNeeded } from './support/build-if-needed';
import { chartSteps } from './support/chart-steps';
import { chromiumAvailable, launchChromium } from './support/chromium';
import { signInAsPerson } from './support/guest-steps';
import { checkPageInEveryTheme, WIDTHS } from './support/pages';

/**
 * Every chart of percent scores in real Chromium on the demo network: the dashboard's three views and both impact
 * pages, as the people who see them, at 1280 and 320 CSS px in the light, dark and high-contrast themes. In each:
 * no two value labels overlap (nor a label and a bar), every theme name and series name is fully visible, the
 * legend names every series, and axe finds no serious or critical problem. Screenshots go to test-artifacts/e2e.
 */
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
// Each page is opened 6 times (two widths, three themes), each time checked with axe: slow on a busy machine.
jest.setTimeout(300_000);

const SERVICE = 'COAST early intervention service';

describeInBrowser('charts people can read (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    buildIfNeeded();
    app = await startApp();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    page = await context.newPage();
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
  });

  /**
   * The page at each width in each theme: axe's problems, and every chart's own problems once it has been drawn.
   * `expectedLegends` names, by chart title, the series a chart must list.
   */
  async function checkCharts(
    name: string,
    route: string,
    ready: (p: Page) => Promise<unknown>,
    expectedLegends: Readonly<Record<string, readonly string[]>> = {},
  ): Promise<string[]> {
    const problems: string[] = [];
    const charts = chartSteps(page);
    try {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        const found = await checkPageInEveryTheme(page, app.baseUrl, `charts-${name}-${width}px`, route, async (p) => {
          await ready(p);
          await charts.waitForCharts();
          const theme = new URL(p.url()).searchParams.get('theme') ?? '';
          problems.push(...(await charts.problems(expectedLegends)).map((c) => `[${name}, ${width}px, ${theme}] ${c}`));
        });
        problems.push(...found.map((f) => `${f} (${width}px)`));
      }
    } finally {
      await page.setViewportSize({ width: WIDTHS[0], height: 900 });
    }
    return problems;
  }

  it("draws a service's scores beside the network median, labelled as the table rounds them", async () => {
    await signInAsPerson(page, app.baseUrl, 'Ella Morgan');
    const title = `Score by theme: ${SERVICE} and the network median`;
    const problems = await checkCharts(
      'service-dashboard',
      '/dashboard',
      (p) => p.getByTestId('dashboard-ready').waitFor(),
      { [title]: [SERVICE, 'Network median'] },
    );
    expect(problems).toEqual([]);

    const [chart] = await chartSteps(page).read();
    const table = page.getByRole('table', { name: 'Scores by theme' });
    const rows = await table.getByRole('row').all();
    const themeRows = rows.slice(1, -1); // the header and the overall row are not charted
    const tableThemes = await Promise.all(themeRows.map((r) => r.getByRole('cell').first().innerText()));
    const tableScores = await Promise.all(themeRows.map((r) => r.getByRole('cell').nth(1).innerText()));
    const tableMedians = await Promise.all(themeRows.map((r) => r.getByRole('cell').last().innerText()));
    expect(chart?.categories).toEqual(tableThemes.map((t) => t.trim()));
    // Each theme's two bars: the service's score, then the network median, both as the table writes them.
    expect(chart?.labels).toEqual(tableScores.flatMap((score, i) => [score.trim(), (tableMedians[i] ?? '').trim()]));
  });

  it("draws an organisation's services side by side, every service in the legend", async () => {
    await signInAsPerson(page, app.baseUrl, 'Hannah Reid');
    const problems = await checkCharts('organisation-dashboard', '/dashboard?view=organisation', (p) =>
      p.getByTestId('dashboard-ready').waitFor(),
    );
    expect(problems).toEqual([]);
    const [chart] = await chartSteps(page).read();
    const table = page.getByRole('table', { name: 'Services side by side' });
    const names = (await table.getByRole('row').all()).slice(1);
    const services = await Promise.all(names.map((r) => r.getByRole('cell').first().innerText()));
    // The table marks an organisation's own assessment; the legend names it as the chart's series.
    expect(chart?.legend).toEqual(services.slice(0, 8).map((s) => s.trim().replace(/ \(organisation\)$/, '')));
  });

  it("draws the network's quartiles by theme", async () => {
    await signInAsPerson(page, app.baseUrl, 'Amara Okafor');
    const problems = await checkCharts(
      'network-dashboard',
      '/dashboard?view=network',
      (p) => p.getByTestId('dashboard-ready').waitFor(),
      {
        'Service scores by theme across the network: lower quartile, median and upper quartile': [
          'Lower quartile',
          'Median',
          'Upper quartile',
        ],
      },
    );
    expect(problems).toEqual([]);
  });

  it("draws the network's standards met, cycle by cycle", async () => {
    await signInAsPerson(page, app.baseUrl, 'Amara Okafor');
    const problems = await checkCharts('network-impact', '/impact', (p) => p.getByTestId('network-impact').waitFor(), {
      'Standards met, cycle by cycle': ['Standards met'],
    });
    expect(problems).toEqual([]);
  });

  it("draws a service's scores by theme cycle by cycle, one series per cycle", async () => {
    await signInAsPerson(page, app.baseUrl, 'Ella Morgan');
    const problems = await checkCharts('service-impact', '/services/svc-slam-coast/impact', (p) =>
      p.getByTestId('service-impact').waitFor(),
    );
    expect(problems).toEqual([]);
    const [chart] = await chartSteps(page).read();
    const cycles = page.getByRole('table', { name: 'Cycles compared' });
    const rows = (await cycles.getByRole('row').all()).slice(1);
    const names = await Promise.all(rows.map((r) => r.getByRole('cell').first().innerText()));
    expect(chart?.legend).toEqual(names.map((n) => n.trim()));
  });
});
