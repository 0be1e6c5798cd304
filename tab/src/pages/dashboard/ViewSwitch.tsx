import { makeStyles, tokens } from '@fluentui/react-components';
import { RouteLink } from '../../app/RouteLink';
import type { DashboardView, Route } from '../../app/routes';
import { VIEW_LABELS } from './dashboard-scope';

const useStyles = makeStyles({
  list: { display: 'flex', gap: tokens.spacingHorizontalL, listStyleType: 'none', margin: 0, padding: 0 },
  item: { paddingBottom: tokens.spacingVerticalXS, borderBottom: `${tokens.strokeWidthThicker} solid transparent` },
  current: { borderBottomColor: tokens.colorBrandStroke1, fontWeight: tokens.fontWeightSemibold },
});

/** Service, organisation or network: plain links (each view has its own address). */
export function ViewSwitch({
  views,
  current,
  route,
}: {
  views: readonly DashboardView[];
  current: DashboardView;
  route: Extract<Route, { page: 'dashboard' }>;
}) {
  const styles = useStyles();
  return (
    <nav aria-label="Show progress for">
      <ul className={styles.list}>
        {views.map((view) => (
          <li key={view} className={view === current ? `${styles.item} ${styles.current}` : styles.item}>
            <RouteLink to={{ ...route, view }} aria-current={view === current ? 'page' : undefined}>
              {VIEW_LABELS[view]}
            </RouteLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
