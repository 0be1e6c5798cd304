import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp, type RunningApp } from './support/app-server';
import { buildIfNeeded } from './support/build-if-needed';
import { chromiumAvailable, launchChromium } from './support/chromium';
import {
  answerByKeyboard,
  focused,
  openPatientQuestionnaire,
  patientAnswersCounted,
  PATIENT_QUESTIONNAIRE,
  problemsInEveryScheme,
  sidewaysScroll,
  targetHeights,
} from './support/public-questionnaire-steps';

/**
 * A patient answers the service's questionnaire on a phone-sized page (360 CSS px) in real Chromium, by keyboard
 * alone, without signing in; a second try from the same browser is told it has answered. The form, its error page
 * and the thank-you page pass axe in light, dark and forced colours, and reflow at 320 px; and the same answer goes
 * through in a browser with JavaScript switched off (axe needs script, so that run checks the answer alone).
 * Screenshots go to test-artifacts/e2e.
 */
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
jest.setTimeout(300_000);

describeInBrowser('the public questionnaire page on a phone (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let link: string;

  beforeAll(async () => {
    buildIfNeeded();
    app = await startApp();
    link = await openPatientQuestionnaire(app.baseUrl, '2099-12-31T17:00:00Z');
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'en-GB' });
    page = await context.newPage();
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
  });

  it('shows the questionnaire with large targets, reflowing at 320 px, clean with axe in every scheme', async () => {
    await page.goto(`${app.baseUrl}${link}`);
    await page.getByRole('heading', { level: 1, name: PATIENT_QUESTIONNAIRE.title }).waitFor();
    expect(await page.getByRole('group').count()).toBe(8);
    const small = (await targetHeights(page)).filter((t) => t.height < 44);
    expect(small).toEqual([]);
    expect(await problemsInEveryScheme(page, 'public-questionnaire-form')).toEqual([]);
    await page.setViewportSize({ width: 320, height: 780 });
    expect(await sidewaysScroll(page)).toBe(0);
    await page.setViewportSize({ width: 360, height: 780 });
  });

  it('lists every problem at the top when sent empty, each linked to its question', async () => {
    await page.goto(`${app.baseUrl}${link}`);
    await page.getByRole('button', { name: 'Send my answers' }).press('Enter');
    const summary = page.getByRole('alert');
    await summary.getByRole('heading', { name: 'There is a problem' }).waitFor();
    const required = PATIENT_QUESTIONNAIRE.items.filter((i) => i.required).length;
    expect(await summary.getByRole('link').count()).toBe(required);
    expect(await problemsInEveryScheme(page, 'public-questionnaire-errors')).toEqual([]);
    await page.setViewportSize({ width: 320, height: 780 });
    expect(await sidewaysScroll(page)).toBe(0);
    await page.setViewportSize({ width: 360, height: 780 });
    // Following a link takes the keyboard to the question it names.
    await summary.getByRole('link', { name: 'Please answer question 3.' }).press('Enter');
    expect(await focused(page)).toBe('input choices.P3');
  });

  it('takes an answer given by keyboard alone, thanks the patient, and tells the same browser it has answered', async () => {
    await page.goto(`${app.baseUrl}${link}`);
    await answerByKeyboard(page, 'The waiting room was calm.');
    await page.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
    expect(await page.getByText('Thank you. Your answer has been saved.').count()).toBe(1);
    expect(await patientAnswersCounted(app.baseUrl)).toBe(1);
    expect(await problemsInEveryScheme(page, 'public-questionnaire-thanks')).toEqual([]);
    await page.setViewportSize({ width: 320, height: 780 });
    expect(await sidewaysScroll(page)).toBe(0);
    await page.setViewportSize({ width: 360, height: 780 });

    await page.goto(`${app.baseUrl}${link}`);
    await page.getByText('You have already answered this questionnaire on this device.').waitFor();
    expect(await page.getByRole('button', { name: 'Send my answers' }).count()).toBe(0);
    expect(await patientAnswersCounted(app.baseUrl)).toBe(1);
    expect(await problemsInEveryScheme(page, 'public-questionnaire-already-answered')).toEqual([]);
  });

  it('works with JavaScript switched off: the same answer by keyboard, in a browser that runs no script', async () => {
    const noScript = await browser.newContext({
      viewport: { width: 360, height: 780 },
      locale: 'en-GB',
      javaScriptEnabled: false,
    });
    try {
      const before = await patientAnswersCounted(app.baseUrl);
      const plain = await noScript.newPage();
      await plain.goto(`${app.baseUrl}${link}`);
      await answerByKeyboard(plain, 'Sent without JavaScript.');
      await plain.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
      expect(await patientAnswersCounted(app.baseUrl)).toBe(before + 1);
    } finally {
      await noScript.close();
    }
  });
});
