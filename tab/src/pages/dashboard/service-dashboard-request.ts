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

/** Where the view the dashboard opened on last time is kept between visits (a view's name, nothing more). */
const OPENED_ON_KEY = 'mbqin.dashboardOpensOn';
type Remembering = Pick<Storage, 'getItem' | 'setItem'>;

/** The browser's lasting storage, if the host lets the tab use it (some webviews and private windows refuse). */
function browserStorage(): Remembering | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function remember(storage: Remembering | undefined, view: string): void {
  try {
    storage?.setItem(OPENED_ON_KEY, view);
  } catch {
    // A full or refused storage only means the next visit waits for who the person is.
  }
}

function rememberedView(storage: Remembering | undefined): string | null {
  try {
    return storage?.getItem(OPENED_ON_KEY) ?? null;
  } catch {
    return null;
  }
}

/**
 * Called as the request for who the person is goes out: the dashboard's service view is asked for alongside it,
 * unless the address names another view or the dashboard opened on another view last time in this browser (most
 * people's dashboard is their service's; organisation leads, board members and the network team open on wider
 * views). The answer about the person then confirms it (askForFirstPageData); a wrong guess is one answer dropped,
 * once per person and browser, since the view is remembered.
 */
export function askBeforeKnowingWho(
  http: HttpClient,
  route: Route,
  storage: Remembering | undefined = browserStorage(),
): void {
  if (route.page !== 'dashboard') return;
  const named = route.view ?? (route.serviceId ? 'service' : undefined);
  if ((named ?? rememberedView(storage) ?? 'service') !== 'service') return;
  askForServiceDashboardEarly(http, { cycleId: route.cycleId, serviceId: route.serviceId });
}

/**
 * Called with every address the app renders. On the dashboard's service view, starts its request; on any other
 * page or view, forgets an answer nobody took, so coming back to the dashboard later never shows it. The view a
 * plain dashboard address opens on is remembered for the next visit (askBeforeKnowingWho).
 */
export function askForFirstPageData(
  http: HttpClient,
  me: MeResponse,
  route: Route,
  storage: Remembering | undefined = browserStorage(),
): void {
  const view = route.page === 'dashboard' ? viewOf(route, me) : undefined;
  if (route.page === 'dashboard' && view && !route.view && !route.serviceId && rememberedView(storage) !== view) {
    remember(storage, view);
  }
  if (route.page === 'dashboard' && view === 'service') {
    askForServiceDashboardEarly(http, { cycleId: route.cycleId, serviceId: route.serviceId });
  } else {
    early = undefined;
    lastAsked = undefined;
  }
}
