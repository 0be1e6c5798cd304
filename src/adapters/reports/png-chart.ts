import { encodePng } from './png';
import type { ChartBlock } from '../../domain/report-document';

/**
 * A grouped bar chart drawn pixel by pixel into a PNG: no canvas or browser needed on the server, and the same
 * picture goes into the Word document and the workbook. Axis numbers and category codes use a built-in 5x7 digit
 * font; series names go in the legend under the picture (and every figure is in the alt text and the table).
 */
export const CHART_GEOMETRY = { width: 720, height: 320, left: 56, right: 16, top: 16, bottom: 40 } as const;

/** Colour-blind-safe palette (Okabe-Ito), one colour per series, as [r, g, b]. */
export const SERIES_COLOURS: readonly (readonly [number, number, number])[] = [
  [0, 114, 178],
  [230, 159, 0],
  [0, 158, 115],
  [204, 121, 167],
  [86, 180, 233],
];
export const SERIES_COLOUR_NAMES = ['blue', 'orange', 'green', 'pink', 'sky blue'];

const GRID: readonly [number, number, number] = [221, 221, 221];
const AXIS: readonly [number, number, number] = [68, 68, 68];

const GLYPHS: Readonly<Record<string, readonly string[]>> = {
  '0': ['01110', '10001', '10011', '10101', '11001', '10001', '01110'],
  '1': ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
  '2': ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
  '3': ['11110', '00001', '00001', '01110', '00001', '00001', '11110'],
  '4': ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
  '5': ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
  '6': ['00110', '01000', '10000', '11110', '10001', '10001', '01110'],
  '7': ['11111', '00001', '00010', '00100', '01000', '01000', '01000'],
  '8': ['01110', '10001', '10001', '01110', '10001', '10001', '01110'],
  '9': ['01110', '10001', '10001', '01111', '00001', '00010', '01100'],
  '.': ['00000', '00000', '00000', '00000', '00000', '01100', '01100'],
};
const SCALE = 2;

class Raster {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height * 3).fill(255);
  }

  fill(x0: number, y0: number, x1: number, y1: number, [r, g, b]: readonly [number, number, number]): void {
    for (let y = Math.max(0, y0); y < Math.min(this.height, y1); y++) {
      for (let x = Math.max(0, x0); x < Math.min(this.width, x1); x++) {
        const i = (y * this.width + x) * 3;
        this.pixels[i] = r;
        this.pixels[i + 1] = g;
        this.pixels[i + 2] = b;
      }
    }
  }

  /** Text in the digit font, right-aligned at `x` when `align` is right, else centred on x. */
  text(value: string, x: number, y: number, align: 'right' | 'centre'): void {
    const glyphs = [...value].map((c) => GLYPHS[c]).filter((g): g is readonly string[] => g !== undefined);
    const width = glyphs.length * 6 * SCALE - SCALE;
    let cursor = align === 'right' ? x - width : x - Math.floor(width / 2);
    for (const glyph of glyphs) {
      glyph.forEach((row, gy) => {
        [...row].forEach((bit, gx) => {
          if (bit === '1')
            this.fill(cursor + gx * SCALE, y + gy * SCALE, cursor + (gx + 1) * SCALE, y + (gy + 1) * SCALE, AXIS);
        });
      });
      cursor += 6 * SCALE;
    }
  }
}

/** Where each bar is drawn, so a reader (or a test) can find it: x range and top y, per category and series. */
export function barLayout(chart: Pick<ChartBlock, 'categories' | 'series' | 'max'>) {
  const g = CHART_GEOMETRY;
  const plotWidth = g.width - g.left - g.right;
  const plotHeight = g.height - g.top - g.bottom;
  const band = plotWidth / Math.max(1, chart.categories.length);
  const barWidth = Math.max(1, Math.floor((band * 0.8) / Math.max(1, chart.series.length)));
  const baseline = g.top + plotHeight;
  return chart.categories.map((_, c) =>
    chart.series.map((s, k) => {
      const value = s.values[c] ?? null;
      const x0 = Math.round(g.left + c * band + band * 0.1 + k * barWidth);
      const height =
        value === null ? 0 : Math.round((Math.min(Math.max(value, 0), chart.max) / chart.max) * plotHeight);
      return { x0, x1: x0 + barWidth - 1, top: baseline - height, baseline, value };
    }),
  );
}

export function renderBarChart(chart: ChartBlock): Uint8Array {
  const g = CHART_GEOMETRY;
  const img = new Raster(g.width, g.height);
  const plotHeight = g.height - g.top - g.bottom;
  for (const tick of [0, 25, 50, 75, 100]) {
    const y = g.top + plotHeight - Math.round((tick / 100) * plotHeight);
    img.fill(g.left, y, g.width - g.right, y + 1, GRID);
    img.text(String(Math.round((tick / 100) * chart.max)), g.left - 6, y - 7, 'right');
  }
  const layout = barLayout(chart);
  layout.forEach((bars, c) => {
    bars.forEach((bar, k) => {
      // One pixel gap between bars of a group keeps them apart for the eye.
      img.fill(bar.x0, bar.top, bar.x1, bar.baseline, SERIES_COLOURS[k % SERIES_COLOURS.length] ?? AXIS);
    });
    const first = bars[0];
    const last = bars[bars.length - 1];
    if (first && last)
      img.text(chart.categories[c] ?? '', Math.round((first.x0 + last.x1) / 2), g.height - g.bottom + 10, 'centre');
  });
  img.fill(g.left, g.top, g.left + 1, g.top + plotHeight + 1, AXIS);
  img.fill(g.left, g.top + plotHeight, g.width - g.right, g.top + plotHeight + 1, AXIS);
  return encodePng(img.width, img.height, img.pixels, 3);
}
