import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const THEMES = ['light', 'dark', 'contrast'] as const;
export type ThemeName = (typeof THEMES)[number];

/**
 * Tabster (Fluent UI's focus manager) puts invisible `<i data-tabster-dummy aria-hidden tabindex=0>` focus
 * sentinels around arrow-key groups such as charts. axe reports them as aria-hidden-focus; Fluent and
 * Microsoft's Accessibility Insights treat them as a known false positive (microsoft/tabster#288,
 * microsoft/accessibility-insights-web#7605). Only those nodes are dropped; every other node still fails.
 */
function isTabsterSentinel(ruleId: string, html: string): boolean {
  return ruleId === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy/.test(html);
}

/** Serious and critical WCAG 2.2 A/AA violations on the page as it is now, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes
        .filter((n) => !isTabsterSentinel(v.id, n.html))
        .map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}`),
    );
}
