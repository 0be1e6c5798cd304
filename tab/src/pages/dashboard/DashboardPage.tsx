import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { PAGE_NAMES } from '../../../../src/domain/labels';
import { useApp } from '../../app/app-context';
import { useRouter } from '../../app/router';
import type { DashboardView, Route } from '../../app/routes';
import { useLoad } from '../../app/use-load';
import { cachedCycles, currentCycle } from '../../api/cached';
import { todayIso } from '../../ui/dates';
import { LoadView } from '../../ui/LoadView';
import { PageHeader } from '../../ui/PageHeader';
import { availableViews, defaultView } from './dashboard-scope';
import { NetworkBenchmarks } from './NetworkBenchmarks';
import { OrganisationProgress } from './OrganisationProgress';
import { ServiceProgress } from './ServiceProgress';
import { ViewSwitch } from './ViewSwitch';

const useStyles = makeStyles({
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    marginBottom: tokens.spacingVerticalL,
  },
});

type DashboardRoute = Extract<Route, { page: 'dashboard' }>;

/** The dashboard: progress and scores for one service, an organisation's services side by side, or the network's benchmarks. */
export function DashboardPage({ route }: { route: DashboardRoute }) {
  const styles = useStyles();
  const { api, me } = useApp();
  const { navigate } = useRouter();
  const cycles = useLoad(() => cachedCycles(api), 'cycles');
  const views = availableViews(me);
  const view: DashboardView =
    route.view && views.includes(route.view) ? route.view : route.serviceId ? 'service' : defaultView(me, views);
  const go = (change: Partial<DashboardRoute>) => navigate({ ...route, ...change });

  return (
    <>
      <PageHeader
        title={PAGE_NAMES.dashboard}
        subtitle="Where each self-assessment stands, and how it scores by theme."
      />
      <LoadView state={cycles} onRetry={cycles.reload} loadingLabel="Loading the cycles…">
        {(list) => {
          const cycle = list.find((c) => c.id === route.cycleId) ?? currentCycle(list, todayIso());
          return (
            <>
              <div className={styles.controls}>
                {views.length > 1 ? <ViewSwitch views={views} current={view} route={route} /> : <span />}
                <Field label="Cycle">
                  <Select value={cycle?.id ?? ''} onChange={(_, data) => go({ cycleId: data.value })}>
                    {list.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name}
                      </option>
                    ))}
                  </Select>
                </Field>
              </div>
              {!cycle ? (
                <p>No cycle has been set up yet.</p>
              ) : view === 'service' ? (
                <ServiceProgress
                  cycle={cycle}
                  serviceId={route.serviceId}
                  onPickService={(id) => go({ serviceId: id })}
                />
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
    </>
  );
}
