import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signInAs } from './support/api';
import { startApp, type RunningApp } from './support/app-server';
import { buildIfNeeded } from './support/build-if-needed';
import { chromiumAvailable, launchChromium } from './support/chromium';
import { checkPageInEveryTheme } from './support/pages';
import {
  openPeerReviewWindow,
  recordAgreedRatingsThroughApi,
  reportState,
  REVIEWED_ASSESSMENT,
  reviewAgreementSteps,
  serviceAnswerSteps,
  switchPerson,
} from './support/review-agreement-steps';

/**
 * The lead reviewer's agreement page in real Chromium: start the review, return it for information with two
 * asks, the service lead answers and hands back, the lead records the agreed ratings and agrees the review, and
 * the report exists. The page is checked with axe in every theme, and at 320 CSS px nothing scrolls sideways.
 */
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
jest.setTimeout(120_000);

const ADMIN_EMAIL = 'amara.okafor@kch.nhs.example';
const LEAD_REVIEWER_EMAIL = 'catherine.lowe@kch.nhs.example';
const ASKS = [
  { text: 'Attach the latest physical health check audit.', standardCode: '1.1' },
  { text: 'Who leads mind and body care day to day?' },
];

describeInBrowser('lead reviewer agreement journey (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    buildIfNeeded();
    app = await startApp();
    await openPeerReviewWindow(app.baseUrl, await signInAs(app.baseUrl, ADMIN_EMAIL));
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    page = await context.newPage();
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
  });

  it('the lead reviewer opens the review from My work and starts it', async () => {
    await page.goto(`${app.baseUrl}/`);
    await page.getByRole('button', { name: /Catherine Lowe/ }).click();
    await page
      .getByRole('link', { name: /^Agree the review:/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /^Agree the review:/ }).waitFor();
    await reviewAgreementSteps(page).startOrOpen();
    expect(await page.getByRole('button', { name: 'Agree the review' }).getAttribute('aria-disabled')).toBe('true');
    expect(await page.getByText(/standards still need an agreed rating/).count()).toBeGreaterThan(0);
  });

  it('passes axe in every theme and reflows at 320 CSS px', async () => {
    problems.push(
      ...(await checkPageInEveryTheme(
        page,
        app.baseUrl,
        '20-review-agreement',
        `/assessments/${REVIEWED_ASSESSMENT}/review/agree`,
        (p) => p.getByTestId('agreement-1.1').waitFor(),
      )),
    );
    await page.setViewportSize({ width: 320, height: 800 });
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(sideways).toBe(false);
    expect(problems).toEqual([]);
    // axe over every standard's card, three times: minutes on a busy machine. A safeguard, not a budget.
  }, 400_000);

  it('returns it to the service with two asks', async () => {
    await reviewAgreementSteps(page).returnForInformation(ASKS);
    await page
      .getByRole('region', { name: 'What the team asked the service' })
      .getByText(ASKS[1]?.text ?? '')
      .waitFor();
  });

  it('the service lead sees the asks, answers them and hands the assessment back', async () => {
    await switchPerson(page, 'Grace Chen');
    const service = serviceAnswerSteps(page);
    await service.open(app.baseUrl);
    await page.getByTestId('standard-1.1').getByText('The review team asks about 1.1').waitFor();
    await service.answer(ASKS[0]?.text ?? '', 'Attached to standard 1.1: the October audit.');
    await service.answer(ASKS[1]?.text ?? '', 'Dr Patel, our mind and body lead.');
    await service.handBack();
  });

  it('the lead reviewer reads the answers, records the agreed ratings and agrees the review; the report exists', async () => {
    await switchPerson(page, 'Catherine Lowe');
    const steps = reviewAgreementSteps(page);
    await steps.open(app.baseUrl);
    await page.getByText("Service's answer: Dr Patel, our mind and body lead.").waitFor();
    await steps.startOrOpen();
    await recordAgreedRatingsThroughApi(app.baseUrl, await signInAs(app.baseUrl, LEAD_REVIEWER_EMAIL), ['1.1', '1.2']);
    await steps.open(app.baseUrl);
    await steps.recordAgreedRating('1.1', 'Partly met', 'Two of three clinics offer the check (audit seen).');
    await steps.recordAgreedRating('1.2', 'Met', 'Abnormal results are followed up by a named nurse.');
    await steps.agreeReview();
    expect(await reportState(app.baseUrl, await signInAs(app.baseUrl, ADMIN_EMAIL))).toBe('draft');
  });
});
