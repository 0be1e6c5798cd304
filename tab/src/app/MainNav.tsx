import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { PAGE_NAMES } from '../../../src/domain/labels';
import { hostShowsPersonalTabs } from '../host/host-app';
import { useApp } from './app-context';
import { RouteLink } from './RouteLink';
import { useRouter } from './router';
import type { Route } from './routes';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  link: { fontWeight: tokens.fontWeightSemibold, paddingBlock: tokens.spacingVerticalXS },
  current: {
    textDecorationLine: 'underline',
    textDecorationThickness: '2px',
    textUnderlineOffset: '6px',
  },
});

interface NavItem {
  readonly label: string;
  readonly to: Route;
  readonly pages: readonly Route['page'][];
}

export function MainNav() {
  const styles = useStyles();
  const { me, host } = useApp();
  const { route } = useRouter();
  // In the personal app the host already shows My work and Dashboard as its own tabs: no second copy here.
  const personalPages: NavItem[] = hostShowsPersonalTabs(host)
    ? []
    : [
        { label: PAGE_NAMES.myWork, to: { page: 'my-work' }, pages: ['my-work', 'home'] },
        { label: PAGE_NAMES.dashboard, to: { page: 'dashboard' }, pages: ['dashboard'] },
      ];
  const items: NavItem[] = [
    ...personalPages,
    ...(me.allowed.administer.allowed
      ? [
          {
            label: 'Network admin',
            to: { page: 'admin', section: 'organisations' } as Route,
            pages: ['admin' as const],
          },
        ]
      : []),
    ...(me.allowed.declare_conflict.allowed
      ? [{ label: 'My reviewing', to: { page: 'reviewing' } as Route, pages: ['reviewing' as const] }]
      : []),
    ...(me.allowed.record_time_and_expenses.allowed || me.allowed.manage_time_and_expenses.allowed
      ? [
          {
            label: 'Time and expenses',
            to: { page: 'time-and-expenses' } as Route,
            pages: ['time-and-expenses' as const],
          },
        ]
      : []),
    ...(me.allowed.read_library.allowed
      ? [{ label: 'Good practice', to: { page: 'library' } as Route, pages: ['library' as const] }]
      : []),
  ];
  if (items.length === 0) return null;
  return (
    <nav aria-label="Main">
      <ul className={styles.list}>
        {items.map((item) => {
          const current = item.pages.includes(route.page);
          return (
            <li key={item.label}>
              <RouteLink
                to={item.to}
                className={mergeClasses(styles.link, current && styles.current)}
                aria-current={current ? 'page' : undefined}
              >
                {item.label}
              </RouteLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
