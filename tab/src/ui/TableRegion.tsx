import { makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  // The page itself never scrolls sideways (WCAG 1.4.10): a table wider than the screen scrolls inside this region.
  region: {
    overflowX: 'auto',
    maxWidth: '100%',
    // Fluent lays tables out at a fixed width, squeezing each column until its words overlap on a phone; here
    // columns keep the room their words need, and the region scrolls instead.
    '& > table': { tableLayout: 'auto' },
  },
});

/**
 * A table in its own labelled region that keyboard users can focus and scroll (axe: scrollable-region-focusable),
 * named like the table it holds, by `label` or by the element `labelledBy` names.
 */
export function TableRegion({
  label,
  labelledBy,
  children,
}: {
  label?: string;
  labelledBy?: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div className={styles.region} role="region" aria-label={label} aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
