import type { DashboardView } from '../../app/routes';
import { isNetworkAdmin, organisationsLed, organisationsViewed } from '../../app/roles';
import type { MeResponse } from '../../api/types';

/** Reviewers see only what they review; everyone else can see anonymised network benchmarks. */
export function availableViews(me: MeResponse): DashboardView[] {
  const views: DashboardView[] = ['service'];
  if (isNetworkAdmin(me) || organisationsLed(me).length > 0 || organisationsViewed(me).length > 0) {
    views.push('organisation');
  }
  if (me.roles.some((r) => r.scope.kind !== 'review')) views.push('network');
  return views;
}

/** An admin starts with the network, an organisational lead with their organisation, others with their service. */
export function defaultView(me: MeResponse, views: readonly DashboardView[]): DashboardView {
  if (isNetworkAdmin(me) && views.includes('network')) return 'network';
  if (organisationsLed(me).length > 0 && views.includes('organisation')) return 'organisation';
  return 'service';
}

export const VIEW_LABELS: Readonly<Record<DashboardView, string>> = {
  service: 'Service',
  organisation: 'Organisation',
  network: 'Network',
};
