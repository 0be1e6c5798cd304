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
