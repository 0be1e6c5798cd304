import { tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ChartMarker, ChartPattern } from './chart-series-style';
import type { ChartSeries } from './theme-chart-model';

/** The marks of each fill, on an 8 by 8 tile, drawn in the page's background colour over the series' colour. */
const PATTERN_MARKS: Record<ChartPattern, ReactNode> = {
  solid: null,
  diagonal: <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" />,
  'back-diagonal': <path d="M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" />,
  horizontal: <path d="M0,4 h8" />,
  vertical: <path d="M4,0 v8" />,
  crosshatch: <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4 M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" />,
  grid: <path d="M0,4 h8 M4,0 v8" />,
  dots: <circle cx="4" cy="4" r="1.75" style={{ fill: tokens.colorNeutralBackground1, stroke: 'none' }} />,
};

/** Marker shapes on a 12 by 12 box. */
const MARKER_SHAPES: Record<ChartMarker, ReactNode> = {
  circle: <circle cx="6" cy="6" r="5" />,
  square: <rect x="1" y="1" width="10" height="10" />,
  triangle: <polygon points="6,0.8 11.5,11 0.5,11" />,
  diamond: <polygon points="6,0.5 11.5,6 6,11.5 0.5,6" />,
  'triangle-down': <polygon points="0.5,1 11.5,1 6,11.2" />,
  plus: <path d="M4,0.5 h4 v3.5 h3.5 v4 h-3.5 v3.5 h-4 v-3.5 h-3.5 v-4 h3.5 z" />,
  hexagon: <polygon points="3,1 9,1 11.5,6 9,11 3,11 0.5,6" />,
  star: (
    <polygon points="6,0.5 7.35,4.14 11.23,4.3 8.19,6.71 9.23,10.45 6,8.3 2.77,10.45 3.81,6.71 0.77,4.3 4.65,4.14" />
  ),
};

/** Ids usable inside `url(#...)`: React's generated ids carry characters that would need escaping there. */
export function patternId(chartId: string, seriesIndex: number): string {
  return `${chartId.replace(/[^A-Za-z0-9_-]/g, '')}-fill-${seriesIndex}`;
}

const hiddenDefs = { position: 'absolute', width: 0, height: 0, overflow: 'hidden' } as const;

/** One fill per series, defined once per chart and used by its bars and its legend. */
export function PatternDefs({ chartId, series }: { chartId: string; series: readonly ChartSeries[] }) {
  return (
    <svg aria-hidden="true" focusable="false" style={hiddenDefs}>
      <defs>
        {series.map(({ style }, i) => (
          <pattern key={i} id={patternId(chartId, i)} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" style={{ fill: style.colour }} />
            <g style={{ stroke: tokens.colorNeutralBackground1, strokeWidth: 1.5, fill: 'none' }}>
              {PATTERN_MARKS[style.pattern]}
            </g>
          </pattern>
        ))}
      </defs>
    </svg>
  );
}

/** The series' marker shape, filled with its colour and outlined in the text colour so it shows in every theme. */
export function SeriesMarker({ series, className }: { series: ChartSeries; className?: string }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 12 12" width="12" height="12" className={className}>
      <g style={{ fill: series.style.colour, stroke: tokens.colorNeutralForeground1, strokeWidth: 1 }}>
        {MARKER_SHAPES[series.style.marker]}
      </g>
    </svg>
  );
}
