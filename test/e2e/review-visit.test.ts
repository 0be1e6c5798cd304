import type { Browser, BrowserContext, Page } from 'playwright-core';
import { callApi, signInAs } from './support/api';
import { startApp, type RunningApp } from './support/app-server';
import { buildIfNeeded } from './support/build-if-needed';
import { chromiumAvailable, launchChromium } from './support/chromium';
import { checkPageInEveryTheme } from './support/pages';
import { openReviewWindowToday, reviewVisitSteps } from './support/review-visit-steps';

/**
 * The lead reviewer's visit day in real Chromium: the visit page in every theme and at 320 CSS px, the agenda
 * downloaded as Word, a note written offline and saved back online, and the feedback shared with the service.
 */
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
jest.setTimeout(120_000);

const ASSESSMENT = 'a-cur-svc-gstt-rheum';
const LEAD_REVIEWER = 'Dr Catherine Lowe';

describeInBrowser('the lead reviewer on the visit day (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const steps = () => reviewVisitSteps(page, context);

  beforeAll(async () => {
    buildIfNeeded();
    app = await startApp();
    await openReviewWindowToday(app.baseUrl, await signInAs(app.baseUrl, 'amara.okafor@kch.nhs.example'), ASSESSMENT);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
  });

  it('signs in as the lead reviewer and opens the visit page, accessible in every theme', async () => {
    await page.goto(`${app.baseUrl}/`);
    await page.getByRole('button', { name: new RegExp(LEAD_REVIEWER) }).click();
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    const problems = await checkPageInEveryTheme(
      page,
      app.baseUrl,
      '40-review-visit',
      `/assessments/${ASSESSMENT}/review/visit`,
      (p) => p.getByRole('heading', { level: 1, name: /^Visit day: / }).waitFor(),
    );
    expect(problems).toEqual([]);
  });

  it('reflows at 320 CSS px without sideways scrolling', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await steps().open(app.baseUrl, ASSESSMENT);
    expect(await steps().fitsWidth()).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('downloads the agenda as a Word document', async () => {
    await steps().open(app.baseUrl, ASSESSMENT);
    const file = await steps().downloadAgenda();
    expect(file.fileName).toMatch(/\.docx$/);
    expect(file.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('keeps a note on the device while offline, and saves it once back online', async () => {
    const text = 'Met the clinic team: mood is asked about at every visit.';
    await steps().writeNoteOffline('1', text);
    expect(await steps().notesKeptOnDevice()).toContain(text);
    await steps().backOnline();
    expect(await steps().notesKeptOnDevice()).toBe('');
    const lead = await signInAs(app.baseUrl, 'catherine.lowe@kch.nhs.example');
    const view = await callApi<{ notes: { themeCode: string; mine: { text: string } }[] }>(
      app.baseUrl,
      lead,
      'GET',
      `/assessments/${ASSESSMENT}/review/visit`,
    );
    expect(view.notes.find((n) => n.themeCode === '1')?.mine.text).toBe(text);
  });

  it('shares the preliminary feedback, which the service lead then reads', async () => {
    await steps().shareFeedback();
    const serviceLead = await signInAs(app.baseUrl, 'grace.chen@gstt.nhs.example');
    const shared = await callApi<{ feedback: { sharedBy: string } | null }>(
      app.baseUrl,
      serviceLead,
      'GET',
      `/assessments/${ASSESSMENT}/visit-feedback`,
    );
    expect(shared.feedback?.sharedBy).toBe(LEAD_REVIEWER);
    expect(pageErrors).toEqual([]);
  });
});
