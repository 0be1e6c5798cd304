import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { EarlySignIn } from '../auth/early-sign-in';
import { SessionGate } from '../auth/SessionGate';
import type { HostInfo } from '../host/host-info';
import { FLUENT_THEMES, useHostTheme } from '../theme/use-host-theme';
import { RouterProvider } from './router';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    // A pick list is as wide as its longest choice; on a phone it shrinks to the screen instead, so the page never
    // scrolls sideways (WCAG 1.4.10). The open list still shows each choice in full.
    '& .fui-Select': { maxWidth: '100%' },
    '& .fui-Select__select': { minWidth: 0, width: '100%' },
  },
});

/** Fluent theme that follows the host, the router, and the signed-in session around every page. */
export function App({ host, early }: { host: HostInfo; early?: EarlySignIn | undefined }) {
  const styles = useStyles();
  const theme = useHostTheme(host);
  useEffect(() => {
    document.documentElement.lang = 'en-GB';
    document.documentElement.dataset['theme'] = theme;
  }, [theme]);
  return (
    <FluentProvider theme={FLUENT_THEMES[theme]}>
      <div className={styles.root}>
        <RouterProvider>
          <SessionGate host={host} early={early} />
        </RouterProvider>
      </div>
    </FluentProvider>
  );
}
