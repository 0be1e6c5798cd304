import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { Component, lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import type { ThemeChartProps } from './chart-types';

const ThemeBarsChart = lazy(() => import('./ThemeBarsChart'));

const useStyles = makeStyles({
  placeholder: { minHeight: '360px', display: 'flex', alignItems: 'center', justifyContent: 'center' },
  fallback: { color: tokens.colorNeutralForeground2 },
});

/** A chart that failed to load must not take the page down: the table shows the same numbers. */
class ChartBoundary extends Component<{ children: ReactNode; fallback: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/**
 * The chart library is fetched only after the page has rendered its numbers (a frame later), so it never
 * delays the first render nor counts towards the first-load budget.
 */
export function LazyThemeChart(props: ThemeChartProps) {
  const styles = useStyles();
  const [afterFirstPaint, setAfterFirstPaint] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setTimeout(() => setAfterFirstPaint(true), 0));
    return () => cancelAnimationFrame(frame);
  }, []);
  const placeholder = (
    <div className={styles.placeholder}>
      <Spinner size="small" label="Drawing the chart…" />
    </div>
  );
  return (
    <ChartBoundary
      fallback={
        <p className={styles.fallback}>The chart could not be drawn; the same figures are in {props.sameFiguresIn}.</p>
      }
    >
      <Suspense fallback={placeholder}>{afterFirstPaint ? <ThemeBarsChart {...props} /> : placeholder}</Suspense>
    </ChartBoundary>
  );
}
