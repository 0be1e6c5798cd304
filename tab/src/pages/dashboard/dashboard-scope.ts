import type { DashboardView, Route } from '../../app/routes';
import type { MeResponse } from '../../api/types';

/** The views the API says the person may see: organisations in view, and the network's benchmarks. */
export function availableViews(me: MeResponse): DashboardView[] {
  const views: DashboardView[] = ['service'];
  if (me.organisationsInView.length > 0) views.push('organisation');
  if (me.allowed.see_network_benchmarks.allowed) views.push('network');
  return views;
}

/** The network team starts with the network, people who see organisations with theirs, others with their service. */
export function defaultView(me: MeResponse, views: readonly DashboardView[]): DashboardView {
  if (me.allowed.administer.allowed && views.includes('network')) return 'network';
  if (views.includes('organisation')) return 'organisation';
  return 'service';
}

/** The view a dashboard address opens: the one it names if the person may see it, else a service's, else theirs. */
export function viewOf(route: Extract<Route, { page: 'dashboard' }>, me: MeResponse): DashboardView {
  const views = availableViews(me);
  if (route.view && views.includes(route.view)) return route.view;
  return route.serviceId ? 'service' : defaultView(me, views);
}

export const VIEW_LABELS: Readonly<Record<DashboardView, string>> = {
  service: 'Service',
  organisation: 'Organisation',
  network: 'Network',
};
