import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp, type RunningApp } from './support/app-server';
import { buildIfNeeded } from './support/build-if-needed';
import { chromiumAvailable, launchChromium } from './support/chromium';
import { checkPageInEveryTheme } from './support/pages';
import { reviewTeamSteps, sidewaysOverflow } from './support/review-team-steps';

/**
 * The network admin builds a review team in real Chromium on the demo network: Network admin > Review teams, the
 * submitted rheumatology assessment, a reviewer from the assessed trust (the rule shows in words), removed, a
 * proper member added, saved. Then a reviewer's own page. Each page is checked with axe in every theme and for
 * reflow at 320 CSS px.
 */
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
jest.setTimeout(120_000);

const SERVICE = 'Rheumatology service';
const SAME_TRUST = 'Dr Samuel Obi';
const PROPER = "Aisha O'Neill";

describeInBrowser('building a review team (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const pageErrors: string[] = [];
  const steps = () => reviewTeamSteps(page, app.baseUrl);

  beforeAll(async () => {
    buildIfNeeded();
    app = await startApp();
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

  it('signs in as the network admin and opens Network admin > Review teams', async () => {
    await page.goto(app.baseUrl);
    await page.getByRole('button', { name: /Amara Okafor/ }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Network admin' }).click();
    await steps().openReviewTeams();
    problems.push(
      ...(await checkPageInEveryTheme(page, app.baseUrl, '40-admin-review-teams', '/admin/review-teams', (p) =>
        p.getByRole('table', { name: 'Assessments and their review teams' }).waitFor(),
      )),
    );
    await steps().filterByState('Submitted');
    const rows = await steps().rows();
    expect(rows.slice(1)).toEqual([expect.stringContaining(SERVICE)]);
    expect(rows[1]).toMatch(/3 members, keeps every rule/);
  });

  it('adds a reviewer from the assessed trust: the rule appears in words beside them', async () => {
    problems.push(...(await steps().checkEditorInEveryTheme(SERVICE, '40-admin-review-team-editor')));
    expect(await steps().barredText(SAME_TRUST)).toMatch(/works for Guy's and St Thomas' NHS Foundation Trust/);
    await steps().add(SAME_TRUST, 'Peer reviewer');
    expect(await steps().brokenRulesOf(SAME_TRUST)).toEqual([
      expect.stringMatching(/works for Guy's and St Thomas' NHS Foundation Trust, the organisation under review/),
    ]);
  });

  it('removes them, adds a proper member, sets the start time and saves', async () => {
    await steps().remove(SAME_TRUST);
    await steps().add(PROPER, 'Peer reviewer');
    expect(await steps().brokenRulesOf(PROPER)).toEqual([]);
    const date = await page.getByLabel('Visit date').inputValue();
    await steps().setVisit(date, '09:30', 'In person');
    expect(await steps().save()).toBe(`The review team for ${SERVICE} is saved.`);
    const rows = await steps().rows();
    expect(rows.find((r) => r.includes(SERVICE))).toMatch(/4 members, keeps every rule/);
    expect(rows.find((r) => r.includes(SERVICE))).toMatch(/09:30 \(UK time\)/);
  });

  it('reflows at 320 CSS px: the list and the editor never scroll sideways', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await steps().openReviewTeams();
    expect(await sidewaysOverflow(page)).toEqual([]);
    await steps().openTeamFor(SERVICE);
    expect(await sidewaysOverflow(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("shows a reviewer's own page, My reviewing, with their training and this review", async () => {
    await page.getByRole('button', { name: 'Switch person' }).click();
    await page.getByRole('button', { name: /Aisha O'Neill/ }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My reviewing' }).click();
    await page.getByRole('heading', { level: 1, name: 'My reviewing' }).waitFor();
    problems.push(
      ...(await checkPageInEveryTheme(page, app.baseUrl, '41-my-reviewing', '/reviewing', (p) =>
        p.getByRole('heading', { name: 'My conflicts of interest' }).waitFor(),
      )),
    );
    await page.getByText(/^Peer reviewer: trained .*, renew by /).waitFor();
    await page.getByRole('link', { name: new RegExp(SERVICE) }).waitFor();
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await sidewaysOverflow(page)).toEqual([]);
  });

  it('found no serious accessibility problem and no script error on the way', () => {
    expect(problems).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
