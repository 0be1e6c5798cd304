import { currentCycle } from '../../../../src/domain/current-cycle';
import { useApp } from '../../app/app-context';
import { useRouter } from '../../app/router';
import type { Route } from '../../app/routes';
import { useLoad } from '../../app/use-load';
import { cachedCycles } from '../../api/cached';
import { todayIso } from '../../ui/dates';
import { LoadView } from '../../ui/LoadView';
import { DashboardControls } from './DashboardControls';
import { availableViews, viewOf } from './dashboard-scope';
import { NetworkBenchmarks } from './NetworkBenchmarks';
import { OrganisationProgress } from './OrganisationProgress';

type DashboardRoute = Extract<Route, { page: 'dashboard' }>;

/** An organisation's services or the network's benchmarks, in the cycle chosen (the current one at first). */
export function WiderView({ route }: { route: DashboardRoute }) {
  const { api, me } = useApp();
  const { navigate } = useRouter();
  const cycles = useLoad(() => cachedCycles(api), 'cycles');
  const view = viewOf(route, me);
  const go = (change: Partial<DashboardRoute>) => navigate({ ...route, ...change });
  return (
    <LoadView state={cycles} onRetry={cycles.reload} loadingLabel="Loading the cycles…">
      {(list) => {
        const cycle = list.find((c) => c.id === route.cycleId) ?? currentCycle(list, todayIso());
        return (
          <>
            <DashboardControls
              views={availableViews(me)}
              view={view}
              route={route}
              cycles={list}
              cycleId={cycle?.id}
              onPickCycle={(cycleId) => go({ cycleId })}
            />
            {!cycle ? (
              <p>No cycle has been set up yet.</p>
            ) : view === 'organisation' ? (
              <OrganisationProgress
                cycle={cycle}
                organisationId={route.organisationId}
                onPickOrganisation={(id) => go({ organisationId: id })}
              />
            ) : (
              <NetworkBenchmarks cycle={cycle} />
            )}
          </>
        );
      }}
    </LoadView>
  );
}
