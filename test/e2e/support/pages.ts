import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
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

/**
 * Presses Tab until `target` has the focus (proving a keyboard reaches it) and returns how many presses it took, or
 * null when it never did within `maxPresses`.
 */
export async function tabUntilFocused(page: Page, target: Locator, maxPresses = 80): Promise<number | null> {
  for (let presses = 1; presses <= maxPresses; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) {
      return presses;
    }
  }
  return null;
}

/**
 * Whether the focused element shows that it has the focus: its surroundings (a few pixels around it, where focus
 * rings are drawn) look different focused and not. Compares what a person sees, whatever draws the indicator.
 */
export async function focusIsVisible(page: Page): Promise<boolean> {
  const box = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    // A visually hidden input (a Fluent radio or checkbox) draws its focus on the label around it.
    const shown = el.closest('.fui-Radio, .fui-Checkbox, .fui-Switch') ?? el;
    shown.scrollIntoView({ block: 'center', inline: 'nearest' });
    const r = shown.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height, innerWidth, innerHeight };
  });
  if (!box) return false;
  const margin = 4;
  const viewport = { width: box.innerWidth, height: box.innerHeight };
  const x = Math.max(0, box.x - margin);
  const y = Math.max(0, box.y - margin);
  const clip = {
    x,
    y,
    width: Math.max(1, Math.min(viewport.width - x, box.width + 2 * margin)),
    height: Math.max(1, Math.min(viewport.height - y, box.height + 2 * margin)),
  };
  const focused = await page.screenshot({ clip });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const blurred = await page.screenshot({ clip });
  return !focused.equals(blurred);
}

/** The widths every review page is checked at: a desktop Teams window and the narrowest phone (WCAG 1.4.10). */
export const WIDTHS = [1280, 320] as const;

/**
 * What makes the page scroll sideways at its current width (WCAG reflow: nothing may at 320 CSS px): each element
 * that sticks out past the right edge and is not inside a region that scrolls on its own. Text can stick out of a
 * box that fits (words too long for a squeezed table cell): then the innermost element whose removal ends the
 * sideways scrolling is named instead. Empty when the page reflows.
 */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width + 1) return [];
    const describe = (el: Element): string =>
      `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 2).join('.')} "${(el.textContent ?? '').slice(0, 40)}" right=${Math.round(el.getBoundingClientRect().right)}`;
    const scrollsItself = (el: Element | null): boolean => {
      for (let e = el?.parentElement ?? null; e; e = e.parentElement) {
        if (getComputedStyle(e).overflowX === 'auto' || getComputedStyle(e).overflowX === 'scroll') return true;
      }
      return false;
    };
    const outside = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !scrollsItself(el))
      .slice(0, 10)
      .map(describe);
    if (outside.length > 0) return outside;
    const scrolls = () => document.documentElement.scrollWidth > width + 1;
    let culprit: Element = document.body;
    for (;;) {
      const next = [...culprit.children].find((child) => {
        if (!(child instanceof HTMLElement || child instanceof SVGElement)) return false;
        const before = child.style.display;
        child.style.display = 'none';
        const fits = !scrolls();
        child.style.display = before;
        return fits;
      });
      if (!next) break;
      culprit = next;
    }
    return [`${describe(culprit)} (its content is wider than it)`];
  });
}

/** A window the pages are checked in: CSS pixels wide and high, and device pixels per CSS pixel. */
export interface Viewport {
  /** Its part of a screenshot's name. */
  readonly label: string;
  readonly width: number;
  readonly height: number;
  readonly scale: number;
}

/**
 * A desktop Teams window, a common phone, the narrowest phone WCAG reflow asks for, and a 1280 x 720 desktop at 200%
 * zoom (640 x 360 CSS px at two device pixels each).
 */
export const VIEWPORTS: readonly Viewport[] = [
  { label: '1280', width: 1280, height: 900, scale: 1 },
  { label: '360', width: 360, height: 740, scale: 1 },
  { label: '320', width: 320, height: 640, scale: 1 },
  { label: 'zoom200', width: 640, height: 360, scale: 2 },
];

/** Resizes the page to `viewport` (zoom through Chromium's device metrics) and waits until it has laid out again. */
export async function useViewport(page: Page, viewport: Viewport): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    if (viewport.scale === 1) {
      await cdp.send('Emulation.clearDeviceMetricsOverride');
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
    } else {
      await cdp.send('Emulation.setDeviceMetricsOverride', {
        width: viewport.width,
        height: viewport.height,
        deviceScaleFactor: viewport.scale,
        mobile: false,
      });
    }
  } finally {
    await cdp.detach();
  }
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
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
