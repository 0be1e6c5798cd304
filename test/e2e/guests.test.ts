import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp, type RunningApp } from './support/app-server';
import { buildIfNeeded } from './support/build-if-needed';
import { chromiumAvailable, launchChromium } from './support/chromium';
import {
  exportClaimsForFinance,
  fitsWidth,
  inviteExpertByExperience,
  recordTimeAndExpenses,
  signInAsPerson,
} from './support/guest-steps';
import { checkPageInEveryTheme } from './support/pages';

/**
 * An expert by experience without a trust account, in real Chromium: the network admin invites them, they sign
 * in and claim 3.5 hours and £12.40 of travel, and the admin downloads the claims for finance. Pages are checked
 * with axe in the light, dark and high-contrast themes and at 320 CSS pixels.
 */
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
jest.setTimeout(120_000);

const ADMIN = 'Amara Okafor';
const GUEST = { name: 'Noor Patel', email: 'noor.patel@example.org' };

describeInBrowser('an expert by experience as a guest (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    buildIfNeeded();
    app = await startApp();
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
      acceptDownloads: true,
    });
    page = await context.newPage();
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
  });

  it('the network admin invites an expert by experience, who waits to accept', async () => {
    await signInAsPerson(page, app.baseUrl, ADMIN);
    const row = await inviteExpertByExperience(page, app.baseUrl, GUEST);
    expect(row).toContain('Invitation sent, not accepted yet');
  });

  it('the expert signs in and records 3.5 hours and £12.40 of travel, on a page that fits 320 pixels', async () => {
    await signInAsPerson(page, app.baseUrl, GUEST.name);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Time and expenses' }).waitFor();
    const card = await recordTimeAndExpenses(page, app.baseUrl, { hours: '3.5', travelPounds: '12.40', note: 'Bus' });
    expect(card).toContain('3.5 hours, expenses £12.40');
    problems.push(
      ...(await checkPageInEveryTheme(page, app.baseUrl, 'guests-01-time-and-expenses', '/time-and-expenses', (p) =>
        p.getByTestId('claims').waitFor(),
      )),
    );
    expect(await fitsWidth(page, 320)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('the admin sees them signed in, and downloads the claim for finance', async () => {
    await signInAsPerson(page, app.baseUrl, ADMIN);
    await page.goto(`${app.baseUrl}/admin/people`);
    expect(await page.getByRole('row').filter({ hasText: GUEST.email }).innerText()).toContain('Signed in');
    const file = await exportClaimsForFinance(page, app.baseUrl);
    expect(file.name).toMatch(/^Time and expenses \d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.text).toContain('Noor Patel');
    expect(file.text).toMatch(/,3\.5,12\.40,0\.00,0\.00,12\.40,Bus,/);
    problems.push(
      ...(await checkPageInEveryTheme(page, app.baseUrl, 'guests-02-claims-admin', '/time-and-expenses', (p) =>
        p.getByTestId('claims').waitFor(),
      )),
    );
  });

  it('has no serious or critical accessibility problem on these pages in any theme', () => {
    expect(problems).toEqual([]);
  });
});
