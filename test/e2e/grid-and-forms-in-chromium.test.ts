import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signInAs } from './support/api';
import { startApp, type RunningApp } from './support/app-server';
import { buildIfNeeded } from './support/build-if-needed';
import { chromiumAvailable, launchChromium } from './support/chromium';
import { SELF_ASSESSMENT, signInWithoutPicker } from './support/every-page-steps';
import { askToShortenLiveWindow, saveEmptyOrganisation, submitTooEarly } from './support/forms-steps';
import { gridSteps } from './support/grid-steps';
import { ratingsSaved, ratingsInTheGrid, SERVICE_LEAD_EMAIL, stillToRateInGrid } from './support/grid-rating-steps';
import { REVIEW_PEOPLE } from './support/review-window';

/**
 * The standards grid and the forms that help, in real Chromium on the demo network: a service lead rates standards
 * with the keyboard alone in the grid and finds them saved, then prints the self-assessment on A4; a network admin
 * and the service lead meet every error at once, a confirmation before changing other people's work, and the focus
 * on the result. One app, one browser, one page.
 */
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
// A safeguard on a busy machine, never a budget.
jest.setTimeout(300_000);

describeInBrowser('the standards grid and the forms that help (Chromium)', () => {
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
    await page.goto(app.baseUrl);
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
  });

  it('a service lead rates standards by keyboard in the grid, they are saved, and the print view fits A4', async () => {
    await signInWithoutPicker(page, app.baseUrl, SERVICE_LEAD_EMAIL);
    await page.goto(`${app.baseUrl}/assessments/${SELF_ASSESSMENT}?theme=1`);
    const grid = gridSteps(page);
    await grid.chooseLayout('Grid of this theme');
    expect(await grid.tabStopsInGrid()).toBe(1);

    const ratings = await stillToRateInGrid(page, 3);
    await grid.rateByKeyboard(ratings.map(({ code, key }) => ({ code, key })));
    await ratingsSaved(page, ratings);
    expect(await ratingsInTheGrid(page, ratings)).toEqual(ratings.map((r) => r.label));

    const token = await signInAs(app.baseUrl, SERVICE_LEAD_EMAIL);
    const detail = await fetch(`${app.baseUrl}/api/v1/assessments/${SELF_ASSESSMENT}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const stored = ((await detail.json()) as { responses: { standardCode: string; rating: string | null }[] })
      .responses;
    expect(ratings.map((r) => stored.find((s) => s.standardCode === r.code)?.rating)).toEqual(
      ratings.map((r) => r.rating),
    );

    await grid.openPrintView();
    const printed = await grid.printOnA4();
    expect(printed.overflow).toEqual([]);
    expect(printed.sheets).toBeGreaterThan(0);
  });

  it('forms show every error at once, ask before changing live work, and put the focus on the result', async () => {
    await signInWithoutPicker(page, app.baseUrl, REVIEW_PEOPLE.admin.email);
    const empty = await saveEmptyOrganisation(page, app.baseUrl);
    expect(empty.summary).toBe('2 fields need correcting (marked below). Nothing has been saved yet.');
    expect(empty.focus).toBe('form-outcome');

    const asked = await askToShortenLiveWindow(page, app.baseUrl);
    expect(asked.question).toMatch(/\?$/);
    expect(asked.consequences.length).toBeGreaterThan(0);
    expect(asked.focused).toBe(true);

    await signInWithoutPicker(page, app.baseUrl, SERVICE_LEAD_EMAIL);
    const early = await submitTooEarly(page, app.baseUrl, SELF_ASSESSMENT);
    expect(early.message).toContain('You cannot submit yet');
    expect(early.focus).toBe('submit-not-yet');
  });
});
