import type { Page } from 'playwright-core';

/** What one drawn chart shows, measured in the browser. */
export interface ChartReading {
  readonly title: string;
  /** The legend's entries, in order. */
  readonly legend: readonly string[];
  /** The category names down the side, as rendered. */
  readonly categories: readonly string[];
  /** The value labels, in the order of the bars. */
  readonly labels: readonly string[];
  /** Pairs of value labels whose boxes overlap, and labels that overlap a bar. */
  readonly overlaps: readonly string[];
  /** Category names, legend names and value labels cut off: clipped by their box, or outside the figure or window. */
  readonly clipped: readonly string[];
}

/**
 * Every chart of percent scores on the page as it is now (the lazily loaded chart must have been drawn: see
 * `chartSteps(page).waitForCharts`).
 */
export async function readCharts(page: Page): Promise<ChartReading[]> {
  return page.evaluate(() => {
    const text = (el: Element) => (el.textContent ?? '').trim();
    const overlap = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
    const viewport = document.documentElement.clientWidth;
    return [...document.querySelectorAll('figure')]
      .filter((figure) => figure.querySelector('[data-chart-legend]'))
      .map((figure) => {
        const frame = figure.getBoundingClientRect();
        const labels = [...figure.querySelectorAll('[data-chart-label]')];
        const bars = [...figure.querySelectorAll('[data-chart-label]')].map(
          (label) => label.parentElement?.querySelector('svg') ?? null,
        );
        const overlaps: string[] = [];
        labels.forEach((a, i) => {
          const box = a.getBoundingClientRect();
          labels.slice(i + 1).forEach((b, j) => {
            if (overlap(box, b.getBoundingClientRect()))
              overlaps.push(`"${text(a)}" (${i}) and "${text(b)}" (${i + j + 1})`);
          });
          bars.forEach((bar, k) => {
            if (bar && overlap(box, bar.getBoundingClientRect())) overlaps.push(`"${text(a)}" (${i}) and bar ${k}`);
          });
        });
        const names = [...figure.querySelectorAll('[data-chart-category], [data-chart-series], [data-chart-label]')];
        const clipped = names
          .filter((el) => {
            const box = el.getBoundingClientRect();
            const html = el as HTMLElement;
            return (
              html.scrollWidth > html.clientWidth + 1 ||
              html.scrollHeight > html.clientHeight + 1 ||
              box.left < frame.left - 0.5 ||
              box.right > frame.right + 0.5 ||
              box.right > viewport + 0.5 ||
              getComputedStyle(el).visibility !== 'visible'
            );
          })
          .map(text);
        if (frame.right > viewport + 0.5) clipped.push(`the figure itself (right edge ${Math.round(frame.right)} px)`);
        return {
          title: text(figure.querySelector('figcaption') ?? figure),
          legend: [...figure.querySelectorAll('[data-chart-series]')].map(text),
          categories: [...figure.querySelectorAll('[data-chart-category]')].map(text),
          labels: labels.map(text),
          overlaps,
          clipped,
        };
      });
  });
}

/** What a reader needs from a chart: nothing overlapping, nothing cut off, and no legend entry left out. */
export function chartProblems(chart: ChartReading, expectedLegend?: readonly string[]): string[] {
  const problems = [
    ...chart.overlaps.map((o) => `labels overlap: ${o}`),
    ...chart.clipped.map((c) => `not fully visible: ${c}`),
  ];
  if (chart.legend.some((entry) => /^\+\d+ more$/.test(entry))) problems.push('the legend hides series ("+N more")');
  if (expectedLegend && chart.legend.join(' | ') !== expectedLegend.join(' | '))
    problems.push(`the legend reads ${chart.legend.join(' | ')}, not ${expectedLegend.join(' | ')}`);
  return problems.map((p) => `[chart "${chart.title}"] ${p}`);
}

/** The chart steps a page walk can call: wait for the lazily loaded charts, read them, and list what is wrong. */
export function chartSteps(page: Page) {
  return {
    async waitForCharts(): Promise<void> {
      await page.locator('figure [data-chart-legend]').first().waitFor();
    },
    read: () => readCharts(page),
    /** Every chart on the page checked; `expectedLegends` by chart title, for the charts whose series are known. */
    async problems(expectedLegends: Readonly<Record<string, readonly string[]>> = {}): Promise<string[]> {
      const charts = await readCharts(page);
      if (charts.length === 0) return ['no chart was drawn'];
      return charts.flatMap((chart) => chartProblems(chart, expectedLegends[chart.title]));
    },
  };
}
