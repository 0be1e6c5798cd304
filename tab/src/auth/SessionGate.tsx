import { lazy, Suspense, useCallback, useMemo, useState, type ReactNode } from 'react';
import { AppShell } from '../app/AppShell';
import { AppContext, type AppServices } from '../app/app-context';
import { useRouter } from '../app/router';
import { useLoad } from '../app/use-load';
import { askForFirstPageData } from '../pages/dashboard/service-dashboard-request';
import { ConsentRequiredError, isProblem, SessionExpiredError } from '../api/errors';
import type { HostInfo } from '../host/host-info';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Loading } from '../ui/Loading';
import { CenteredPanel } from './CenteredPanel';
import { connect, type EarlySignIn } from './early-sign-in';

// Only some people ever see these (the local picker; a trust that has not consented yet): they are fetched when
// shown, so the first page of everyone else carries less.
const SignInPicker = lazy(() => import('./SignInPicker').then((m) => ({ default: m.SignInPicker })));
const ConsentPrompt = lazy(() => import('./ConsentPrompt').then((m) => ({ default: m.ConsentPrompt })));

/** Headings for the sign-in refusals people meet in practice; the API's own words follow each. */
const SIGN_IN_REFUSED_TITLES: Readonly<Record<string, string>> = {
  tenant_not_allowed: 'Your organisation is not in the network yet',
  missing_scope: 'The app needs your organisation’s consent',
  token_not_yet_valid: 'Check the date and time on your device',
};

function WhenLoaded({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <CenteredPanel title="Mind & Body QIN">
          <Loading label="Opening…" />
        </CenteredPanel>
      }
    >
      {children}
    </Suspense>
  );
}

/**
 * Teams SSO or the local "sign in as" picker, then who the person is, then the app. `early` is the sign-in started
 * before the first render (main.tsx): its answer about the person is the first load's.
 */
export function SessionGate({ host, early }: { host: HostInfo; early?: EarlySignIn | undefined }) {
  const { session, http, api } = useMemo(() => early ?? connect(host), [host, early]);
  const [signedIn, setSignedIn] = useState(() => session === null || session.signedIn);
  const { route } = useRouter();
  // The first page's data is asked for the moment the person is known, before the app and the page render.
  const me = useLoad(
    () =>
      signedIn
        ? (early?.takeMe() ?? api.me()).then((who) => {
            askForFirstPageData(http, who, route);
            return who;
          })
        : Promise.resolve(null),
    String(signedIn),
  );
  const signOut = useCallback(() => {
    session?.signOut();
    setSignedIn(false);
  }, [session]);
  const services = useMemo<AppServices | null>(
    () => (me.data ? { api, http, me: me.data, host, ...(session ? { signOut } : {}) } : null),
    [api, http, me.data, host, session, signOut],
  );

  if (session && !signedIn) {
    return (
      <WhenLoaded>
        <SignInPicker session={session} onSignedIn={() => setSignedIn(true)} />
      </WhenLoaded>
    );
  }
  if (me.status === 'error' && me.error instanceof SessionExpiredError && session) {
    session.signOut();
    return (
      <WhenLoaded>
        <SignInPicker session={session} onSignedIn={() => setSignedIn(true)} />
      </WhenLoaded>
    );
  }
  if (me.status === 'error' && me.error instanceof ConsentRequiredError) {
    return (
      <WhenLoaded>
        <ConsentPrompt host={host} onConsented={me.reload} />
      </WhenLoaded>
    );
  }
  if (me.status === 'error' && isProblem(me.error, 403, 'unknown_person')) {
    return (
      <CenteredPanel title="You are not in the network yet">
        <ErrorMessage
          title="We could not find you in the network"
          error={me.error}
          {...(session ? { onRetry: signOut } : {})}
        />
      </CenteredPanel>
    );
  }
  if (me.status === 'error' && isProblem(me.error, 401)) {
    return (
      <CenteredPanel title={SIGN_IN_REFUSED_TITLES[me.error.code] ?? 'You cannot sign in to the network app yet'}>
        <ErrorMessage title="Your sign-in was refused" error={me.error} onRetry={me.reload} />
      </CenteredPanel>
    );
  }
  if (me.status === 'error') {
    return (
      <CenteredPanel title="Mind & Body QIN">
        <ErrorMessage error={me.error} onRetry={me.reload} />
      </CenteredPanel>
    );
  }
  if (!services) {
    return (
      <CenteredPanel title="Mind & Body QIN">
        <Loading label="Signing you in…" />
      </CenteredPanel>
    );
  }
  return (
    <AppContext.Provider value={services}>
      <AppShell />
    </AppContext.Provider>
  );
}
