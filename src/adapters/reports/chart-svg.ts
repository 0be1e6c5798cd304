import * as echarts from 'echarts';
import type { ChartBlock } from '../../domain/report-document';
import { CHART_FONT_FAMILY } from './chart-fonts';

/** Colour-blind-safe palette (Okabe-Ito), one colour per series. */
export const SERIES_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9'] as const;

const TEXT = '#1F1F1F';
const GRID_LINE = '#D6D6D6';
export const CHART_WIDTH = 640;
const LEGEND_HEIGHT = 40;
const AXIS_HEIGHT = 32;
const TITLE_HEIGHT = 36;
const BAR_HEIGHT = 16;
const CATEGORY_GAP = 18;

export interface DrawnChart {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/** Tall enough for every bar of every category to be its own readable line of the chart. */
function chartHeight(chart: ChartBlock, withTitle: boolean): number {
  const perCategory = Math.max(1, chart.series.length) * BAR_HEIGHT + CATEGORY_GAP;
  return (withTitle ? TITLE_HEIGHT : 0) + LEGEND_HEIGHT + AXIS_HEIGHT + chart.categories.length * perCategory;
}

/**
 * A grouped bar chart as SVG, drawn by Apache ECharts on the server (no browser): the categories (theme names, in
 * full) down the side, so long names stay readable, each bar labelled with its value, a missing figure labelled
 * "not scored", the series named in a legend. The title is drawn in only when asked: in the Word report the
 * caption carries it.
 */
export function drawChartSvg(chart: ChartBlock, options: { withTitle: boolean }): DrawnChart {
  const width = CHART_WIDTH;
  const height = chartHeight(chart, options.withTitle);
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    instance.setOption({
      animation: false,
      backgroundColor: '#FFFFFF',
      color: [...SERIES_COLOURS],
      textStyle: { fontFamily: CHART_FONT_FAMILY, color: TEXT, fontSize: 12 },
      title: options.withTitle
        ? { text: chart.title, left: 0, top: 4, textStyle: { fontSize: 15, fontWeight: 'bold', color: TEXT } }
        : undefined,
      legend: {
        top: options.withTitle ? TITLE_HEIGHT : 4,
        left: 'center',
        itemWidth: 14,
        itemHeight: 14,
        textStyle: { color: TEXT, fontSize: 12 },
      },
      grid: {
        left: 8,
        right: 48,
        top: (options.withTitle ? TITLE_HEIGHT : 0) + LEGEND_HEIGHT,
        bottom: AXIS_HEIGHT - 8,
        containLabel: true,
      },
      xAxis: {
        type: 'value',
        min: 0,
        max: chart.max,
        interval: chart.max / 4,
        axisLabel: { formatter: '{value}%', color: TEXT },
        splitLine: { lineStyle: { color: GRID_LINE } },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: [...chart.categories],
        axisLabel: { width: 190, overflow: 'break', color: TEXT, lineHeight: 15 },
        axisTick: { show: false },
        axisLine: { lineStyle: { color: TEXT } },
      },
      series: chart.series.map((s) => ({
        type: 'bar',
        name: s.name,
        barMaxWidth: BAR_HEIGHT,
        barGap: '10%',
        data: s.values.map((value) =>
          value === null
            ? { value: 0, label: { show: true, position: 'right', formatter: 'not scored', color: TEXT } }
            : value,
        ),
        label: { show: true, position: 'right', color: TEXT, fontSize: 11 },
      })),
    });
    return { svg: instance.renderToSVGString(), width, height };
  } finally {
    // An instance that is not disposed keeps timers alive and node would not exit.
    instance.dispose();
  }
}
