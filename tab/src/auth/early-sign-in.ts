import { createApi, type Api } from '../api/endpoints';
import { HttpClient, type TokenProvider } from '../api/http-client';
import type { MeResponse } from '../api/types';
import type { Route } from '../app/routes';
import type { HostInfo } from '../host/host-info';
import { askBeforeKnowingWho, askForFirstPageData } from '../pages/dashboard/service-dashboard-request';
import { StandaloneSession } from './standalone-session';

/** How the tab speaks to the API in this host: the local session outside Teams, the host's sign-in inside it. */
export interface Connection {
  readonly session: StandaloneSession | null;
  readonly http: HttpClient;
  readonly api: Api;
}

/** The connection, and who the person is, asked for before the app first renders. */
export interface EarlySignIn extends Connection {
  /** The answer about the person, to the first load only: a retry or a new sign-in asks again. */
  takeMe(): Promise<MeResponse> | undefined;
  /**
   * Settles once the first requests are on their way (at once in a host, whose sign-in is a round trip to it): the
   * first page's code is fetched after them, so on a connection that sends a few requests at a time (HTTP/1.1: six)
   * the answers the page waits for are not queued behind a dozen files of code.
   */
  readonly firstRequestsSent: Promise<void>;
}

/** Throws when the host offers no way to get a token, as the app cannot work there. */
export function connect(host: HostInfo, watch?: (token: Promise<string>) => void): Connection {
  const session = host.kind === 'standalone' ? new StandaloneSession(window.sessionStorage) : null;
  const source = host.tokens ?? session;
  if (!source) throw new Error('No way to get a token in this host.');
  const tokens: TokenProvider = watch
    ? {
        getToken(options) {
          const token = source.getToken(options);
          watch(token);
          return token;
        },
      }
    : source;
  const http = new HttpClient({ tokens });
  return { session, http, api: createApi(http) };
}

/**
 * Asks who the person is as soon as the host is known, rather than after the app's first render, and the first
 * page's data alongside it when that does not depend on who they are (else once they are known): the answers
 * travel while the app starts. Someone not signed in yet is asked nothing.
 */
export function startSignIn(host: HostInfo, route: Route): EarlySignIn | undefined {
  if (host.kind !== 'standalone' && !host.tokens) return undefined;
  // The tokens the first requests wait for: each request goes out in the same turn as its token arrives.
  let firstTokens: Promise<string>[] | undefined = [];
  const connection = connect(host, (token) => firstTokens?.push(token));
  let pending: Promise<MeResponse> | undefined;
  if (connection.session === null || connection.session.signedIn) {
    pending = connection.api.me().then((who) => {
      askForFirstPageData(connection.http, who, route);
      return who;
    });
    // The app reports a failure when its first load takes the answer, which may be after it arrives.
    pending.catch(() => undefined);
    // The first page's data alongside, when it does not depend on the answer (a round trip saved).
    askBeforeKnowingWho(connection.http, route);
  }
  const watched = firstTokens;
  firstTokens = undefined;
  const firstRequestsSent =
    host.kind === 'standalone' ? Promise.allSettled(watched).then(() => undefined) : Promise.resolve();
  return {
    ...connection,
    firstRequestsSent,
    takeMe() {
      const taken = pending;
      pending = undefined;
      return taken;
    },
  };
}
