import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { Suspense, useEffect, useId, useRef, useState } from 'react';
import { ConnectionBanner } from '../ui/ConnectionBanner';
import { requestFocusAfterNavigation } from '../ui/focus-on-navigation';
import { Loading } from '../ui/Loading';
import { NARROW_SCREEN } from '../ui/narrow-screen';
import { useApp } from './app-context';
import { MainNav } from './MainNav';
import { PageSwitch } from './PageSwitch';
import { useRouter } from './router';
import { routeFromHash, routeFromSubEntity, type Route } from './routes';
import type { MeResponse } from '../api/types';

const useStyles = makeStyles({
  skip: {
    position: 'absolute',
    left: '-10000px',
    top: 'auto',
    ':focus': { left: tokens.spacingHorizontalM, top: tokens.spacingVerticalS, zIndex: 10 },
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    padding: tokens.spacingHorizontalS,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    [NARROW_SCREEN]: {
      gap: tokens.spacingHorizontalS,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    },
  },
  brand: { marginRight: tokens.spacingHorizontalL },
  // The navigation and the person: beside the brand on a wide screen; on a phone behind the menu button, so the
  // header takes one line of the screen, not a third of it.
  panel: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    flexGrow: 1,
    [NARROW_SCREEN]: { flexBasis: '100%', paddingBottom: tokens.spacingVerticalS },
  },
  panelFolded: { [NARROW_SCREEN]: { display: 'none' } },
  menuButton: { display: 'none', [NARROW_SCREEN]: { display: 'inline-flex', marginLeft: 'auto' } },
  user: { marginLeft: 'auto', display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  main: {
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    maxWidth: '80rem',
    margin: '0 auto',
    outlineStyle: 'none',
    [NARROW_SCREEN]: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  },
});

/** Where a fresh load of "/" goes: a Teams deep link, the channel tab's service, or where the API says the work is. */
function startRoute(subPageId: string | undefined, isChannelTab: boolean, startPage: MeResponse['startPage']): Route {
  const routed = routeFromSubEntity(subPageId);
  if (routed) return routed;
  if (isChannelTab) return { page: 'dashboard' };
  return startPage === 'organisation_view' ? { page: 'dashboard', view: 'organisation' } : { page: 'my-work' };
}

export function AppShell() {
  const styles = useStyles();
  const { host, http, me, signOut } = useApp();
  const { route, navigate } = useRouter();
  const started = useRef(false);
  const panelId = useId();
  // The menu is open on the page it was opened on: following a link closes it, so the new page is what shows.
  const [menuOpenOn, setMenuOpenOn] = useState<Route | null>(null);
  const menuOpen = menuOpenOn === route;

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const deepLink = routeFromSubEntity(host.subPageId) ?? routeFromHash(window.location.hash);
    if (deepLink) navigate(deepLink, { replace: true });
    else if (route.page === 'home') navigate(startRoute(undefined, host.isChannelTab, me.startPage), { replace: true });
    host.notifyLoaded?.();
  }, [host, route.page, navigate, me.startPage]);

  useEffect(() => {
    const onNavigate = () => requestFocusAfterNavigation();
    window.addEventListener('popstate', onNavigate);
    return () => window.removeEventListener('popstate', onNavigate);
  }, []);

  return (
    <>
      <a href="#main" className={styles.skip}>
        Skip to main content
      </a>
      <header className={styles.header}>
        <Text weight="semibold" size={400} className={styles.brand}>
          Mind &amp; Body QIN
        </Text>
        <Button
          appearance="subtle"
          className={styles.menuButton}
          aria-expanded={menuOpen}
          aria-controls={panelId}
          onClick={() => setMenuOpenOn(menuOpen ? null : route)}
        >
          Menu
        </Button>
        {/* A link followed from the menu folds it, even one to the page already open (the route stays the same). */}
        <div
          id={panelId}
          className={mergeClasses(styles.panel, !menuOpen && styles.panelFolded)}
          onClick={(event) => {
            if (event.target instanceof Element && event.target.closest('a')) setMenuOpenOn(null);
          }}
        >
          <MainNav />
          <div className={styles.user}>
            <Text>{me.person.displayName}</Text>
            {signOut ? (
              <Button appearance="subtle" onClick={signOut}>
                Switch person
              </Button>
            ) : null}
          </div>
        </div>
      </header>
      <ConnectionBanner status={http.status} />
      <main id="main" tabIndex={-1} className={styles.main}>
        <Suspense fallback={<Loading label="Opening the page…" />}>
          <PageSwitch route={route} />
        </Suspense>
      </main>
    </>
  );
}
