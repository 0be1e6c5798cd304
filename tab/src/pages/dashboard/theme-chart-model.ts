import { percentText } from '../../ui/percent-text';
import type { ChartGroup } from './chart-types';
import { seriesStyle, type SeriesStyle } from './chart-series-style';

/** One entry of the legend: a series named in full, with the look its bars have. */
export interface ChartSeries {
  readonly legend: string;
  readonly style: SeriesStyle;
}

/** One bar: its series, its length (a percentage of the axis, none while nothing is scored) and its label. */
export interface ChartBar {
  readonly seriesIndex: number;
  readonly legend: string;
  readonly percent: number | null;
  readonly label: string;
}

/** One category down the side (a theme, a cycle) with one bar per series, in the legend's order. */
export interface ChartCategory {
  readonly name: string;
  readonly bars: readonly ChartBar[];
}

export interface ThemeChartModel {
  readonly series: readonly ChartSeries[];
  readonly categories: readonly ChartCategory[];
}

/**
 * What the horizontal bar chart draws: every series once in the legend (in the order it first appears), every
 * category by its full name, and each value labelled as the tables beside the charts write it (`percentText`, or the
 * value's own words where a figure is withheld).
 */
export function themeChartModel(groups: readonly ChartGroup[]): ThemeChartModel {
  const legends = [...new Set(groups.flatMap((g) => g.values.map((v) => v.legend)))];
  const series = legends.map((legend, i) => ({ legend, style: seriesStyle(i) }));
  const categories = groups.map((group) => ({
    name: group.name,
    bars: legends.flatMap((legend, seriesIndex) => {
      const found = group.values.find((v) => v.legend === legend);
      return found
        ? [{ seriesIndex, legend, percent: found.value, label: found.text ?? percentText(found.value) }]
        : [];
    }),
  }));
  return { series, categories };
}
