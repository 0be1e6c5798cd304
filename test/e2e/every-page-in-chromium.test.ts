import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seriousViolations, THEMES, type ThemeName } from './support/accessibility';
import { agreeTheReviewThroughApi } from './support/agreed-review';
import { signInAs } from './support/api';
import { startApp, type RunningApp } from './support/app-server';
import { buildIfNeeded, ROOT } from './support/build-if-needed';
import { chromiumAvailable, launchChromium } from './support/chromium';
import {
  AFTER_REVIEW_PAGES,
  publishTheReportThroughApi,
  SELF_ASSESSMENT_PAGES,
  signInWithoutPicker,
  type PageVisit,
} from './support/every-page-steps';
import {
  focusIsVisible,
  sidewaysOverflow,
  tabUntilFocused,
  useViewport,
  VIEWPORTS,
  type Viewport,
} from './support/pages';
import { REVIEW_PEOPLE } from './support/review-window';

/**
 * The tab's quality bar, page by page, in real Chromium on the demo network: every page, as the person who uses it,
 * at 1280, 360 and 320 CSS px and at 200% zoom, in the light, dark and high-contrast themes. On each: no serious or
 * critical axe problem, no sideways scrolling (naming what sticks out), a header that leaves the screen to the work,
 * and its main action reached with the Tab key alone, showing where the focus is. The self-assessment's pages are
 * visited while its window is open; the rest once a review is agreed and its report published.
 *
 * Setup is shared: one app (one seed), one browser, one context a theme whose browser tab keeps its theme and
 * sign-in from page to page. The three themes of a page are checked side by side. The keyboard is tried on a page
 * freshly opened at each width in the light theme (1280, 360, 320 px and 200% zoom), on a phone in dark and at 200%
 * zoom in high contrast. A screenshot of each page, width and theme goes to test-artifacts/screens.
 */
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
// A page is axe-checked twelve times on a machine that may be busy: a safeguard, never a budget.
jest.setTimeout(900_000);

const SCREENS = path.join(ROOT, 'test-artifacts', 'screens');
mkdirSync(SCREENS, { recursive: true });

/** Where each theme's keyboard check runs: light at every width, dark on a phone, high contrast at 200% zoom. */
const KEYBOARD_VIEWPORTS: Readonly<Record<ThemeName, readonly Viewport['label'][]>> = {
  light: VIEWPORTS.map((v) => v.label),
  dark: ['320'],
  contrast: ['zoom200'],
};

/** On a phone or at 200% zoom the app's header may take at most this share of the screen's height. */
const HEADER_SHARE_AT_MOST = 1 / 6;

interface ThemeSession {
  readonly theme: ThemeName;
  readonly context: BrowserContext;
  readonly page: Page;
  person: string | null;
}

describeInBrowser('every page, at every width, in every theme (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  const sessions: ThemeSession[] = [];
  const pageErrors: string[] = [];
  const headerHeights: string[] = [];

  beforeAll(async () => {
    buildIfNeeded();
    // Three themes browse side by side as the same people: the per-person rate limit is not what is tested here.
    app = await startApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    browser = await launchChromium();
    for (const theme of THEMES) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`[${theme}] ${error.message}`));
      // The theme is remembered for the browser tab's session: every page this context opens is in it.
      await page.goto(`${app.baseUrl}/?theme=${theme}`);
      sessions.push({ theme, context, page, person: null });
    }
  }, 300_000);

  afterAll(async () => {
    for (const session of sessions) await session.context.close();
    await browser?.close();
    await app?.stop();
  });

  /** What is wrong with the page as it is shown now, at this viewport and in this theme. */
  async function problemsAt(page: Page, visit: PageVisit, viewport: Viewport, theme: ThemeName): Promise<string[]> {
    const where = `[${visit.name}, ${viewport.label}, ${theme}]`;
    const problems: string[] = [];
    await page.screenshot({
      path: path.join(SCREENS, `${visit.name}-${viewport.label}-${theme}.png`),
      fullPage: viewport.scale === 1,
    });
    problems.push(...(await seriousViolations(page)).map((p) => `${where} ${p}`));
    const outside = await sidewaysOverflow(page);
    if (outside.length > 0) problems.push(`${where} scrolls sideways: ${outside.join('; ')}`);
    if (viewport.width <= 640) {
      const header = await page.locator('header').first().boundingBox();
      const height = Math.round(header?.height ?? 0);
      if (theme === 'light') headerHeights.push(`${visit.name} at ${viewport.label}: ${height} px`);
      if (height > viewport.height * HEADER_SHARE_AT_MOST) {
        problems.push(`${where} the header takes ${height} of ${viewport.height} px`);
      }
    }
    return problems;
  }

  /** The page's main action can be reached with Tab alone from the top of the page, and shows its focus. */
  async function keyboardProblems(page: Page, visit: PageVisit, viewport: Viewport, theme: ThemeName) {
    const where = `[${visit.name}, ${viewport.label}, ${theme}]`;
    const presses = await tabUntilFocused(page, visit.mainAction(page));
    if (presses === null) return [`${where} the main action is never reached with Tab`];
    return (await focusIsVisible(page)) ? [] : [`${where} the main action shows no visible focus`];
  }

  /** Opens the page afresh (the keyboard starts from its top) and waits until it shows its content. */
  async function open(session: ThemeSession, visit: PageVisit): Promise<void> {
    const { page } = session;
    if (session.person !== visit.person) {
      await signInWithoutPicker(page, app.baseUrl, visit.person);
      session.person = visit.person;
    }
    await page.goto(`${app.baseUrl}${visit.route}`);
    await visit.ready(page);
    await page.waitForLoadState('networkidle');
  }

  /** One theme's checks of a page: the keyboard where this theme tries it, then every width. */
  async function checkTheme(session: ThemeSession, visit: PageVisit): Promise<string[]> {
    const { page, theme } = session;
    const keyboardAt = VIEWPORTS.filter((v) => KEYBOARD_VIEWPORTS[theme].includes(v.label));
    const problems: string[] = [];
    let opened = false;
    for (const viewport of [...keyboardAt, ...VIEWPORTS.filter((v) => !keyboardAt.includes(v))]) {
      await useViewport(page, viewport);
      if (keyboardAt.includes(viewport)) {
        await open(session, visit);
        opened = true;
        problems.push(...(await keyboardProblems(page, visit, viewport, theme)));
      } else if (!opened) {
        await open(session, visit);
        opened = true;
      } else {
        await visit.ready(page);
      }
      problems.push(...(await problemsAt(page, visit, viewport, theme)));
    }
    return problems;
  }

  /** Each theme in its own browser context, side by side: Chromium lays out and runs axe in each at once. */
  async function checkEverywhere(visit: PageVisit): Promise<string[]> {
    return (await Promise.all(sessions.map((session) => checkTheme(session, visit)))).flat();
  }

  describe('while the self-assessment window is open', () => {
    for (const visit of SELF_ASSESSMENT_PAGES) {
      it(`${visit.name}: reflows, passes axe and works by keyboard everywhere`, async () => {
        expect(await checkEverywhere(visit)).toEqual([]);
      });
    }

    it('self-assessment: the rating options stack on a phone rather than clip their words', async () => {
      const { page } = sessions[0] ?? missing('no browser session');
      const visit = SELF_ASSESSMENT_PAGES.find((v) => v.name === 'self-assessment') ?? missing('no such page');
      await useViewport(page, VIEWPORTS.find((v) => v.label === '320') ?? missing('no 320 px viewport'));
      await page.goto(`${app.baseUrl}${visit.route}`);
      await visit.ready(page);
      const clipped = await page.getByTestId('standard-3.3').evaluate((card) => {
        const edge = card.getBoundingClientRect().right;
        return [...card.querySelectorAll('.fui-Radio')]
          .filter((radio) => {
            const label = radio.querySelector('label');
            return !label || label.scrollWidth > label.clientWidth || radio.getBoundingClientRect().right > edge;
          })
          .map((radio) => radio.textContent ?? '');
      });
      expect(clipped).toEqual([]);
      expect(await page.getByTestId('standard-3.3').getByRole('radio', { name: 'Not applicable' }).isVisible()).toBe(
        true,
      );
    });
  });

  describe('once a review is agreed and its report published', () => {
    beforeAll(async () => {
      await agreeTheReviewThroughApi(app.baseUrl);
      await publishTheReportThroughApi(app.baseUrl, await signInAs(app.baseUrl, REVIEW_PEOPLE.lead.email));
    }, 120_000);

    for (const visit of AFTER_REVIEW_PAGES) {
      it(`${visit.name}: reflows, passes axe and works by keyboard everywhere`, async () => {
        expect(await checkEverywhere(visit)).toEqual([]);
      });
    }

    it('on a phone the Menu button opens the navigation from the keyboard, and following a link folds it again', async () => {
      const { page } = sessions[0] ?? missing('no browser session');
      await useViewport(page, VIEWPORTS.find((v) => v.label === '320') ?? missing('no 320 px viewport'));
      await page.goto(`${app.baseUrl}/my-work`);
      const menu = page.getByRole('button', { name: 'Menu' });
      const nav = page.getByRole('navigation', { name: 'Main' });
      expect(await nav.isVisible()).toBe(false);
      expect(await tabUntilFocused(page, menu, 5)).not.toBeNull();
      await page.keyboard.press('Enter');
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      expect(await tabUntilFocused(page, nav.getByRole('link').nth(1), 10)).not.toBeNull();
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname !== '/my-work');
      expect(await nav.isVisible()).toBe(false);
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
    });
  });

  it('had no script error on any page', () => {
    console.log(`The header on narrow screens (light theme):\n${headerHeights.join('\n')}`);
    expect(pageErrors).toEqual([]);
  });
});

function missing(message: string): never {
  throw new Error(message);
}
