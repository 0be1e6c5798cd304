import { lazy, Suspense, useCallback, useMemo, useState, type ReactNode } from 'react';
import { AppShell } from '../app/AppShell';
import { AppContext, type AppServices } from '../app/app-context';
import { useRouter } from '../app/router';
import { useLoad } from '../app/use-load';
import { createApi } from '../api/endpoints';
import { askForFirstPageData } from '../pages/dashboard/service-dashboard-request';
import { ConsentRequiredError, isProblem, SessionExpiredError } from '../api/errors';
import { HttpClient } from '../api/http-client';
import type { HostInfo } from '../host/host-info';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Loading } from '../ui/Loading';
import { CenteredPanel } from './CenteredPanel';
import { StandaloneSession } from './standalone-session';

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

/** Teams SSO or the local "sign in as" picker, then who the person is, then the app. */
export function SessionGate({ host }: { host: HostInfo }) {
  const session = useMemo(
    () => (host.kind === 'standalone' ? new StandaloneSession(window.sessionStorage) : null),
    [host],
  );
  const [signedIn, setSignedIn] = useState(() => session === null || session.signedIn);
  const http = useMemo(() => {
    const tokens = host.tokens ?? session;
    if (!tokens) throw new Error('No way to get a token in this host.');
    return new HttpClient({ tokens });
  }, [host, session]);
  const api = useMemo(() => createApi(http), [http]);
  const { route } = useRouter();
  // The first page's data is asked for the moment the person is known, before the app and the page render.
  const me = useLoad(
    () =>
      signedIn
        ? api.me().then((who) => {
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
