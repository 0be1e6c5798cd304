import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { seriousViolations } from './accessibility';
import { ROOT } from './build-if-needed';

export const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'e2e');
mkdirSync(ARTIFACTS, { recursive: true });

/** Light last, so the rest of the journey runs in the default theme (the override is remembered per session). */
const THEME_ORDER = ['dark', 'contrast', 'light'] as const;

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/**
 * Opens `route` in each theme, waits until it is `ready`, keeps a screenshot of each, and returns every serious
 * or critical accessibility violation found (empty when the page passes in all three themes).
 */
export async function checkPageInEveryTheme(
  page: Page,
  baseUrl: string,
  name: string,
  route: string,
  ready: (page: Page) => Promise<unknown>,
): Promise<string[]> {
  const problems: string[] = [];
  for (const theme of THEME_ORDER) {
    await page.goto(`${baseUrl}${route}${route.includes('?') ? '&' : '?'}theme=${theme}`);
    await ready(page);
    await page.waitForLoadState('networkidle');
    await screenshot(page, `${name}-${theme}`);
    problems.push(...(await seriousViolations(page)).map((p) => `[${name}, ${theme}] ${p}`));
  }
  return problems;
}

/** Presses Tab until the focused element matches `selector`: proves it is reachable by keyboard alone. */
export async function tabTo(page: Page, selector: string, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector} after ${maxPresses} presses.`);
}

/** The widths every review page is checked at: a desktop Teams window and the narrowest phone (WCAG 1.4.10). */
export const WIDTHS = [1280, 320] as const;

/**
 * What makes the page scroll sideways at its current width (WCAG reflow: nothing may at 320 CSS px): each element
 * that sticks out past the right edge and is not inside a region that scrolls on its own. Empty when it reflows.
 */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width + 1) return [];
    const scrollsItself = (el: Element | null): boolean => {
      for (let e = el?.parentElement ?? null; e; e = e.parentElement) {
        if (getComputedStyle(e).overflowX === 'auto' || getComputedStyle(e).overflowX === 'scroll') return true;
      }
      return false;
    };
    return [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !scrollsItself(el))
      .slice(0, 10)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 2).join('.')} "${(el.textContent ?? '').slice(0, 40)}" right=${Math.round(el.getBoundingClientRect().right)}`,
      );
  });
}

/**
 * `checkPageInEveryTheme` at each of WIDTHS: axe in three themes at 1280 and 320 CSS px, and at 320 px a page that
 * scrolls sideways counts as a problem too. The viewport is put back to 1280 px afterwards.
 */
export async function checkPageEverywhere(
  page: Page,
  baseUrl: string,
  name: string,
  route: string,
  ready: (page: Page) => Promise<unknown>,
): Promise<string[]> {
  const problems: string[] = [];
  const height = page.viewportSize()?.height ?? 900;
  try {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height });
      problems.push(...(await checkPageInEveryTheme(page, baseUrl, `${name}-${width}px`, route, ready)));
      if (width < 400) {
        const outside = await sidewaysOverflow(page);
        if (outside.length > 0) problems.push(`[${name}, ${width}px] scrolls sideways: ${outside.join('; ')}`);
      }
    }
  } finally {
    await page.setViewportSize({ width: WIDTHS[0], height });
  }
  return problems;
}
