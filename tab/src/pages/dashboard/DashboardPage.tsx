import { lazy, Suspense } from 'react';
import { PAGE_NAMES } from '../../../../src/domain/labels';
import { useApp } from '../../app/app-context';
import { useRouter } from '../../app/router';
import type { Route } from '../../app/routes';
import { useLoad } from '../../app/use-load';
import { LoadView } from '../../ui/LoadView';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { DashboardControls } from './DashboardControls';
import { availableViews, viewOf } from './dashboard-scope';
import { serviceDashboard } from './service-dashboard-request';
import { ServiceProgress } from './ServiceProgress';

// Most people open their service's view; the organisation's and the network's views come with their own code.
const WiderView = lazy(() => import('./WiderView').then((m) => ({ default: m.WiderView })));

type DashboardRoute = Extract<Route, { page: 'dashboard' }>;

/** The dashboard: progress and scores for one service, an organisation's services side by side, or the network's benchmarks. */
export function DashboardPage({ route }: { route: DashboardRoute }) {
  const { me } = useApp();
  return (
    <>
      <PageHeader
        title={PAGE_NAMES.dashboard}
        subtitle="Where each self-assessment stands, and how it scores by theme."
      />
      {viewOf(route, me) === 'service' ? (
        <ServiceView route={route} />
      ) : (
        <Suspense fallback={<Loading label="Opening the view…" />}>
          <WiderView route={route} />
        </Suspense>
      )}
    </>
  );
}

/** One service: everything in one answer from the API, which also picks the cycle and the service to show. */
function ServiceView({ route }: { route: DashboardRoute }) {
  const { http, me } = useApp();
  const { navigate } = useRouter();
  const query = { cycleId: route.cycleId, serviceId: route.serviceId };
  const data = useLoad(() => serviceDashboard(http, query), JSON.stringify(query));
  return (
    <LoadView state={data} onRetry={data.reload} loadingLabel="Loading the service's progress…">
      {(dashboard) => {
        const cycle = dashboard.cycles.find((c) => c.id === dashboard.cycleId);
        return (
          <>
            <DashboardControls
              views={availableViews(me)}
              view="service"
              route={route}
              cycles={dashboard.cycles}
              cycleId={dashboard.cycleId ?? undefined}
              onPickCycle={(cycleId) => navigate({ ...route, cycleId })}
            />
            {cycle ? (
              <ServiceProgress
                dashboard={dashboard}
                cycle={cycle}
                onPickService={(serviceId) => navigate({ ...route, serviceId })}
              />
            ) : (
              <p>No cycle has been set up yet.</p>
            )}
          </>
        );
      }}
    </LoadView>
  );
}
