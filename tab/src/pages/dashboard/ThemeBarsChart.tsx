import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Fragment, useId } from 'react';
import type { ThemeChartProps } from './chart-types';
import { PatternDefs, patternId, SeriesMarker } from './chart-glyphs';
import { themeChartModel } from './theme-chart-model';

const BAR_HEIGHT = '14px';
/** A bar's outline on both sides: what a bar at 0% still shows, so its label starts past it. */
const BAR_BORDERS = `2 * ${tokens.strokeWidthThin}`;
/** Vertical lines at every quarter of the axis, behind the bars. */
const GRID_LINES = `linear-gradient(to right, ${tokens.colorNeutralStroke2} 1px, transparent 1px)`;

const useStyles = makeStyles({
  figure: {
    margin: 0,
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  caption: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  chart: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  legendItem: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  legendName: { overflowWrap: 'anywhere' },
  swatch: {
    display: 'block',
    flexShrink: 0,
    boxSizing: 'border-box',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
  },
  // One grid for every row, so every bar has the same scale. Each bar has a row of its own, and its value label
  // sits just past the bar's end, inside room kept free at the end of the scale: labels can never overlap each other
  // or a bar, whatever the width.
  plot: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  category: {
    gridColumn: '1 / -1',
    marginTop: tokens.spacingVerticalS,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  marker: { display: 'block' },
  track: { alignSelf: 'stretch', minHeight: tokens.lineHeightBase300 },
  scale: {
    position: 'relative',
    height: '100%',
    display: 'flex',
    alignItems: 'center',
    backgroundImage: GRID_LINES,
    backgroundSize: '25% 100%',
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  bar: {
    display: 'block',
    flexShrink: 0,
    height: BAR_HEIGHT,
    boxSizing: 'border-box',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
  },
  label: {
    position: 'absolute',
    top: '50%',
    transform: 'translateY(-50%)',
    paddingInline: tokens.spacingHorizontalXS,
    // The grid lines stop at the label instead of striking through it.
    backgroundColor: tokens.colorNeutralBackground1,
    whiteSpace: 'nowrap',
    lineHeight: tokens.lineHeightBase300,
    fontVariantNumeric: 'tabular-nums',
  },
  axis: {
    height: tokens.lineHeightBase300,
    marginTop: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  axisScale: { position: 'relative', height: '100%' },
  tick: { position: 'absolute', top: 0 },
  tickMiddle: { transform: 'translateX(-50%)' },
  tickEnd: { transform: 'translateX(-100%)' },
});

const clamp = (percent: number) => Math.min(100, Math.max(0, percent));

/**
 * Percent scores as horizontal bars: each category (a theme, a cycle) named in full above its bars, one bar per
 * series with its value at its end, every series in the legend, and a fill pattern and a marker per series as well
 * as a colour. Drawn with plain SVG and CSS grid: no chart library to load. Loaded lazily all the same, after the
 * page's numbers. The drawing is one image to assistive technology; the figure says where its figures are as text.
 */
export default function ThemeBarsChart({ title, groups, sameFiguresIn }: ThemeChartProps) {
  const styles = useStyles();
  const id = useId();
  const { series, categories } = themeChartModel(groups);
  const fill = (seriesIndex: number) => `url(#${patternId(id, seriesIndex)})`;
  // Room past the end of the scale for the longest label, so a full bar's label stays inside the chart.
  const longest = Math.max(0, ...categories.flatMap((c) => c.bars.map((b) => b.label.length)));
  const labelRoom = { paddingInlineEnd: `calc(${longest}ch + 2 * ${tokens.spacingHorizontalXS} + ${BAR_BORDERS})` };
  return (
    <figure className={styles.figure} aria-labelledby={`${id}-title`}>
      <figcaption className={styles.caption} id={`${id}-title`}>
        {title}
      </figcaption>
      <p className={styles.note} id={`${id}-note`}>
        The same figures are in {sameFiguresIn}.
      </p>
      <div className={styles.chart} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-note`}>
        <PatternDefs chartId={id} series={series} />
        <ul className={styles.legend} data-chart-legend="">
          {series.map((s, i) => (
            <li key={s.legend} className={styles.legendItem}>
              <SeriesMarker series={s} className={styles.marker} />
              <svg aria-hidden="true" focusable="false" width="24" height="14" className={styles.swatch}>
                <rect width="100%" height="100%" style={{ fill: fill(i) }} />
              </svg>
              <span className={styles.legendName} data-chart-series="">
                {s.legend}
              </span>
            </li>
          ))}
        </ul>
        <div className={styles.plot}>
          {categories.map((category) => (
            <Fragment key={category.name}>
              <div className={styles.category} data-chart-category="">
                {category.name}
              </div>
              {category.bars.map((bar) => {
                const own = series[bar.seriesIndex];
                return (
                  <Fragment key={bar.legend}>
                    {own ? <SeriesMarker series={own} className={styles.marker} /> : <span />}
                    <div className={styles.track} style={labelRoom}>
                      <div className={styles.scale}>
                        {/* Nothing scored yet draws no bar: a bar at 0 would read as "scored 0%". */}
                        {bar.percent === null ? null : (
                          <svg
                            aria-hidden="true"
                            focusable="false"
                            className={styles.bar}
                            width={`${clamp(bar.percent)}%`}
                            height={BAR_HEIGHT}
                          >
                            <rect width="100%" height="100%" style={{ fill: fill(bar.seriesIndex) }} />
                          </svg>
                        )}
                        <span
                          className={styles.label}
                          style={{ left: `calc(${clamp(bar.percent ?? 0)}% + ${BAR_BORDERS})` }}
                          data-chart-label=""
                        >
                          {bar.label}
                        </span>
                      </div>
                    </div>
                  </Fragment>
                );
              })}
            </Fragment>
          ))}
          <span />
          <div className={styles.axis} style={labelRoom} aria-hidden="true">
            <div className={styles.axisScale}>
              <span className={styles.tick} style={{ left: 0 }}>
                0%
              </span>
              <span className={mergeClasses(styles.tick, styles.tickMiddle)} style={{ left: '50%' }}>
                50%
              </span>
              <span className={mergeClasses(styles.tick, styles.tickEnd)} style={{ left: '100%' }}>
                100%
              </span>
            </div>
          </div>
        </div>
      </div>
    </figure>
  );
}
