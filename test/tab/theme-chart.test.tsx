/** @jest-environment jsdom */
import './tab-test-env';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import type { ChartGroup } from '../../tab/src/pages/dashboard/chart-types';
import ThemeBarsChart from '../../tab/src/pages/dashboard/ThemeBarsChart';
import { themeChartModel } from '../../tab/src/pages/dashboard/theme-chart-model';
import { percentText } from '../../tab/src/ui/percent-text';

const THEMES: readonly ChartGroup[] = [
  {
    name: '1. Integrated patient care',
    values: [
      { legend: 'COAST early intervention service', value: 66.7 },
      { legend: 'Network median', value: 66.7 },
    ],
  },
  {
    name: '5. Governance and organisational processes, including leadership, data and the policies that sustain it',
    values: [
      { legend: 'COAST early intervention service', value: null },
      { legend: 'Network median', value: 81.3 },
    ],
  },
];

/** Ten services: more series than the chart has colours, patterns or markers. */
const MANY_SERVICES: readonly ChartGroup[] = [
  {
    name: '2. Patient and community involvement',
    values: Array.from({ length: 10 }, (_, i) => ({ legend: `Service ${i + 1}`, value: i * 10 })),
  },
];

describe('the chart of percent scores (what it draws)', () => {
  it('keeps every category name in full, in the order given', () => {
    const model = themeChartModel(THEMES);
    expect(model.categories.map((c) => c.name)).toEqual(THEMES.map((g) => g.name));
  });

  it('has one legend entry per series, each named once, in the order they first appear', () => {
    const model = themeChartModel([...THEMES, ...MANY_SERVICES]);
    expect(model.series.map((s) => s.legend)).toEqual([
      'COAST early intervention service',
      'Network median',
      ...Array.from({ length: 10 }, (_, i) => `Service ${i + 1}`),
    ]);
  });

  it('gives each series a fill pattern and marker of its own, so series differ without colour', () => {
    const { series } = themeChartModel(MANY_SERVICES);
    const looks = series.map((s) => `${s.style.pattern}+${s.style.marker}`);
    expect(new Set(looks).size).toBe(series.length);
    // The first eight (the most any dashboard draws) differ in pattern and in marker alike.
    const firstEight = series.slice(0, 8);
    expect(new Set(firstEight.map((s) => s.style.pattern)).size).toBe(8);
    expect(new Set(firstEight.map((s) => s.style.marker)).size).toBe(8);
  });

  it('labels each bar as the tables write the figure, and draws no bar while nothing is scored', () => {
    const [first, fifth] = themeChartModel(THEMES).categories;
    expect(first?.bars.map((b) => [b.legend, b.label])).toEqual([
      ['COAST early intervention service', percentText(66.7)],
      ['Network median', percentText(66.7)],
    ]);
    expect(fifth?.bars.map((b) => [b.percent, b.label])).toEqual([
      [null, percentText(null)],
      [81.3, percentText(81.3)],
    ]);
  });
});

function renderChart(groups: readonly ChartGroup[]) {
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <ThemeBarsChart
        title="Score by theme: COAST and the network median"
        groups={groups}
        sameFiguresIn="the table “Scores by theme” below"
      />
    </FluentProvider>,
  );
}

describe('the chart of percent scores (on the page)', () => {
  it('names every series in the legend, never "+N more"', () => {
    const { container } = renderChart(MANY_SERVICES);
    const legend = container.querySelector('[data-chart-legend]') as HTMLElement;
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(Array.from({ length: 10 }, (_, i) => `Service ${i + 1}`));
    expect(container.textContent).not.toMatch(/\+\d+ more/);
  });

  it('shows each theme name in full and one value label per bar, as the table writes it', () => {
    const { container } = renderChart(THEMES);
    const names = [...container.querySelectorAll('[data-chart-category]')].map((el) => el.textContent);
    expect(names).toEqual(THEMES.map((g) => g.name));
    const labels = [...container.querySelectorAll('[data-chart-label]')].map((el) => el.textContent);
    expect(labels).toEqual(['66.7%', '66.7%', 'Not scored yet', '81.3%']);
  });

  it('draws each bar as long as its score, filled with its series pattern', () => {
    const { container } = renderChart(THEMES);
    const bars = [...container.querySelectorAll('svg[width$="%"]')];
    expect(bars.map((b) => b.getAttribute('width'))).toEqual(['66.7%', '66.7%', '81.3%']);
    const fills = bars.map((b) => (b.querySelector('rect') as SVGRectElement).style.fill);
    // Both bars of the network median share its pattern; the service's bar has another.
    expect(fills[1]).toBe(fills[2]);
    expect(fills[0]).not.toBe(fills[1]);
    for (const fill of fills) {
      const id = /url\("?#([^")]+)"?\)/.exec(fill)?.[1] ?? '';
      expect(container.querySelector(`pattern[id="${id}"]`)).not.toBeNull();
    }
  });

  it('is one labelled image that says where its figures are as text, with nothing to focus inside', async () => {
    const { container } = renderChart(THEMES);
    const image = screen.getByRole('img', { name: 'Score by theme: COAST and the network median' });
    const description = document.getElementById(image.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe('The same figures are in the table “Scores by theme” below.');
    expect(screen.getByRole('figure', { name: 'Score by theme: COAST and the network median' })).toBeTruthy();
    expect(container.querySelectorAll('[tabindex], a, button, input')).toHaveLength(0);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
