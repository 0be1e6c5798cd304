import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp, type RunningApp } from './support/app-server';
import { buildIfNeeded } from './support/build-if-needed';
import { chromiumAvailable, launchChromium } from './support/chromium';
import { checkPageInEveryTheme } from './support/pages';
import {
  REVIEW_PEOPLE,
  REVIEWED_ASSESSMENT,
  reviewWorkspaceSteps,
  startTheDemoReviewToday,
} from './support/review-workspace-steps';

/**
 * The reviewer's workspace in real Chromium against the built app: a peer reviewer and an expert by experience
 * each open the demo's rheumatology review from My work, rate, comment, record a finding and attach a file. The
 * page is checked with axe in the light, dark and high-contrast themes, and at 320 CSS px.
 */
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
jest.setTimeout(120_000);

/** A small PDF: enough of a start for the content check. */
const VISIT_NOTES = Buffer.concat([Buffer.from('%PDF-1.7 visit notes\n'), Buffer.alloc(2048, 7)]);

describeInBrowser("reviewer's workspace (Chromium)", () => {
  let app: RunningApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];

  async function newPage(width = 1280): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-GB' });
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    buildIfNeeded();
    app = await startApp();
    browser = await launchChromium();
    await startTheDemoReviewToday(app.baseUrl);
  }, 300_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.stop();
  });

  it('a peer reviewer opens the review from My work, rates two standards, records a finding and attaches a file', async () => {
    const page = await newPage();
    const steps = reviewWorkspaceSteps(page);
    await steps.signInFromPicker(app.baseUrl, REVIEW_PEOPLE.peer.name);
    await steps.openFromMyWork('Rheumatology');
    await steps.rate('1.1', 'Partly met', 'Two of the three clinics ask about mood at every visit.');
    await steps.rate('1.2', 'Met', 'Every patient we met had a joint care plan.');
    await steps.allSaved();
    await steps.recordFinding('1.1', 'Good practice', 'Nurses use a short mood questionnaire at each visit.');
    await steps.attachFile('Visit notes.pdf', 'application/pdf', VISIT_NOTES);
    await page.reload();
    await steps.standard('1.1').waitFor();
    expect(await steps.standard('1.1').getByRole('radio', { name: 'Partly met' }).isChecked()).toBe(true);
    problems.push(
      ...(await checkPageInEveryTheme(
        page,
        app.baseUrl,
        'review-01-peer',
        `/assessments/${REVIEWED_ASSESSMENT}/review`,
        (p) => p.getByTestId('review-standard-1.1').waitFor(),
      )),
    );
  });

  it('an expert by experience does the same for one standard, in plain words, at 320 CSS px', async () => {
    const page = await newPage(320);
    const steps = reviewWorkspaceSteps(page);
    await steps.signInFromPicker(app.baseUrl, REVIEW_PEOPLE.expert.name);
    await steps.openFromMyWork('Rheumatology');
    await steps.rate('1.1', 'Not met', 'The patients we spoke to said nobody asked how they felt.');
    await steps.allSaved();
    await steps.recordFinding('1.1', 'Area for improvement', 'Ask every patient how they are feeling, every visit.');
    await steps.attachFile('My notes.pdf', 'application/pdf', VISIT_NOTES);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The peer reviewer's progress shows on the team's list.
    expect(await page.getByTestId('progress-p-peer-mh').innerText()).toMatch(/2 rated/);
  });

  it('passes axe in every theme', () => {
    expect(problems).toEqual([]);
  });
});
