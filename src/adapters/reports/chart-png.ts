import { Resvg } from '@resvg/resvg-js';
import type { ChartBlock } from '../../domain/report-document';
import { chartFonts } from './chart-fonts';
import { drawChartSvg, type DrawnChart } from './chart-svg';

/** Pixels per point of the SVG: twice, so the picture stays sharp when printed or zoomed. */
const SCALE = 2;

export interface RenderedChart extends DrawnChart {
  /** The same chart rasterised, for programs that do not show SVG. */
  readonly png: Uint8Array;
}

/** The chart as SVG and as a PNG rasterised from it by resvg, with the fonts the report uses. */
export function renderChart(chart: ChartBlock, options: { withTitle: boolean }): RenderedChart {
  const drawn = drawChartSvg(chart, options);
  const fonts = chartFonts();
  const png = new Resvg(drawn.svg, {
    fitTo: { mode: 'zoom', value: SCALE },
    background: '#FFFFFF',
    font: {
      fontFiles: [...fonts.fontFiles],
      loadSystemFonts: fonts.loadSystemFonts,
      defaultFontFamily: fonts.defaultFontFamily,
      sansSerifFamily: fonts.defaultFontFamily,
    },
  })
    .render()
    .asPng();
  return { ...drawn, png: new Uint8Array(png) };
}
