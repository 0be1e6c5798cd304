import type { Route } from '../../app/routes';
import type { HttpClient } from '../../api/http-client';
import type { MeResponse, ServiceDashboard, ServiceDashboardQueryString } from '../../api/types';
import { viewOf } from './dashboard-scope';

/**
 * The dashboard's service view, asked for in one request. The app asks as soon as it knows the dashboard is
 * opening, while the page's code is still on its way, and the page takes that answer when it first loads: the
 * request and the code travel together rather than one after the other. Kept tiny: it is part of the first page.
 */
let early: { readonly http: HttpClient; readonly key: string; readonly answer: Promise<ServiceDashboard> } | undefined;
/** The view last asked for early, by whom: rendering the same address again does not ask again. */
let lastAsked: { readonly http: HttpClient; readonly key: string } | undefined;

function keyOf(query: ServiceDashboardQueryString): string {
  return `${query.cycleId ?? ''}\n${query.serviceId ?? ''}`;
}

function ask(http: HttpClient, query: ServiceDashboardQueryString): Promise<ServiceDashboard> {
  return http.get<ServiceDashboard>('/dashboard/service', { ...query });
}

/**
 * Starts the request before the page's code arrives. Called as the app renders the dashboard's address (an effect
 * would wait for the page's code): rendering the same address again asks nothing more.
 */
export function askForServiceDashboardEarly(http: HttpClient, query: ServiceDashboardQueryString): void {
  const key = keyOf(query);
  if (lastAsked?.http === http && lastAsked.key === key) return;
  lastAsked = { http, key };
  const answer = ask(http, query);
  // The page reports a failure when it takes the answer; nobody may be waiting for it yet.
  answer.catch(() => undefined);
  early = { http, key, answer };
}

/** The view's data: the early answer once, if it was for the same view; otherwise (a retry, a change) a new request. */
export function serviceDashboard(http: HttpClient, query: ServiceDashboardQueryString): Promise<ServiceDashboard> {
  const taken = early;
  early = undefined;
  return taken?.http === http && taken.key === keyOf(query) ? taken.answer : ask(http, query);
}

/**
 * Called with every address the app renders. On the dashboard's service view, starts its request; on any other
 * page or view, forgets an answer nobody took, so coming back to the dashboard later never shows it.
 */
export function askForFirstPageData(http: HttpClient, me: MeResponse, route: Route): void {
  if (route.page === 'dashboard' && viewOf(route, me) === 'service') {
    askForServiceDashboardEarly(http, { cycleId: route.cycleId, serviceId: route.serviceId });
  } else {
    early = undefined;
    lastAsked = undefined;
  }
}
