import { tokens } from '@fluentui/react-components';

/** Fills a bar can have: each series gets its own, so series differ without colour (greyscale, high contrast). */
export const CHART_PATTERNS = [
  'solid',
  'diagonal',
  'dots',
  'horizontal',
  'crosshatch',
  'vertical',
  'back-diagonal',
  'grid',
] as const;
export type ChartPattern = (typeof CHART_PATTERNS)[number];

/** Shapes drawn before every bar and in the legend: they tell series apart even where a bar is too short to show its fill. */
export const CHART_MARKERS = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'triangle-down',
  'plus',
  'hexagon',
  'star',
] as const;
export type ChartMarker = (typeof CHART_MARKERS)[number];

/**
 * Fluent palette tokens, so each theme picks its own shade. In Teams' high-contrast theme they all become one colour:
 * there the pattern and the marker are what tells series apart.
 */
const SERIES_COLOURS = [
  tokens.colorPaletteBlueBorderActive,
  tokens.colorPaletteDarkOrangeBorderActive,
  tokens.colorPaletteTealBorderActive,
  tokens.colorPaletteBerryBorderActive,
  tokens.colorPaletteMarigoldBorderActive,
  tokens.colorPalettePurpleBorderActive,
  tokens.colorPaletteForestBorderActive,
  tokens.colorPaletteNavyBorderActive,
] as const;

export interface SeriesStyle {
  readonly colour: string;
  readonly pattern: ChartPattern;
  readonly marker: ChartMarker;
}

const at = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;

/**
 * The look of the series at `index`. Past the eighth series the patterns shift against the markers, so no two of
 * the first 64 series look alike.
 */
export function seriesStyle(index: number): SeriesStyle {
  const round = Math.floor(index / CHART_MARKERS.length);
  return {
    colour: at(SERIES_COLOURS, index),
    pattern: at(CHART_PATTERNS, index + round),
    marker: at(CHART_MARKERS, index),
  };
}
