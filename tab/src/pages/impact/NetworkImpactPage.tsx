import { HIDDEN_FEW_SERVICES } from '../../../../src/domain/benchmark-privacy';
import { Field, Select, Text } from '@fluentui/react-components';
import { useApp } from '../../app/app-context';
import { useRouter } from '../../app/router';
import type { Route } from '../../app/routes';
import { useLoad } from '../../app/use-load';
import { cachedCycles } from '../../api/cached';
import type { Cycle, NetworkImpact, StandardMovement } from '../../api/types';
import { LoadView } from '../../ui/LoadView';
import { PageHeader } from '../../ui/PageHeader';
import { percentText } from '../../ui/percent-text';
import { LazyThemeChart } from '../dashboard/LazyThemeChart';
import { ImpactTable } from './ImpactTable';
import { useImpactStyles } from './impact-styles';

type ImpactRoute = Extract<Route, { page: 'impact' }>;

const days = (n: number | null) => (n === null ? '–' : `${n} days`);

/** The network's change over a range of cycles, anonymised unless the API names services to this reader. */
export function NetworkImpactPage({ route }: { route: ImpactRoute }) {
  const styles = useImpactStyles();
  const { api } = useApp();
  const cycles = useLoad(() => cachedCycles(api), 'cycles');
  const impact = useLoad(
    () =>
      api.networkImpact({
        ...(route.fromCycleId ? { fromCycleId: route.fromCycleId } : {}),
        ...(route.toCycleId ? { toCycleId: route.toCycleId } : {}),
      }),
    `${route.fromCycleId ?? ''}:${route.toCycleId ?? ''}`,
  );
  return (
    <div className={styles.page}>
      <PageHeader
        title="Impact over time"
        subtitle="How the network changes from cycle to cycle: standards met, what improved, and how long actions take."
      />
      <LoadView state={cycles} onRetry={cycles.reload} loadingLabel="Loading the cycles…">
        {(list) => <RangeControls cycles={list} route={route} />}
      </LoadView>
      <LoadView state={impact} onRetry={impact.reload} loadingLabel="Comparing the cycles…">
        {(data) =>
          data === null ? (
            <Text block as="p">
              No cycle has been set up yet.
            </Text>
          ) : (
            <NetworkImpactView impact={data} />
          )
        }
      </LoadView>
    </div>
  );
}

function RangeControls({ cycles, route }: { cycles: readonly Cycle[]; route: ImpactRoute }) {
  const styles = useImpactStyles();
  const { navigate } = useRouter();
  const ordered = [...cycles].sort((a, b) =>
    a.windows.self_assessment.start.localeCompare(b.windows.self_assessment.start),
  );
  const pick = (change: Partial<ImpactRoute>) => navigate({ ...route, ...change });
  const options = ordered.map((c) => (
    <option key={c.id} value={c.id}>
      {c.name}
    </option>
  ));
  return (
    <div className={styles.controls}>
      <Field label="From cycle">
        <Select value={route.fromCycleId ?? ordered[0]?.id ?? ''} onChange={(_, d) => pick({ fromCycleId: d.value })}>
          {options}
        </Select>
      </Field>
      <Field label="To cycle">
        <Select value={route.toCycleId ?? ordered.at(-1)?.id ?? ''} onChange={(_, d) => pick({ toCycleId: d.value })}>
          {options}
        </Select>
      </Field>
    </div>
  );
}

function movementRows(list: readonly StandardMovement[]) {
  return list.map((m) => ({
    key: m.code,
    cells: [`${m.code} ${m.title}`, String(m.improved), String(m.worsened), String(m.stillNotMet)],
  }));
}
const MOVEMENT_COLUMNS = ['Standard', 'Services improved', 'Services went down', 'Still not met'];

function NetworkImpactView({ impact }: { impact: NetworkImpact }) {
  const styles = useImpactStyles();
  const names = new Map(impact.cycles.map((c) => [c.cycleId, c.cycleName]));
  const withheld = impact.cycles.filter((c) => c.withheld);
  const named = impact.levelMoves.flatMap((step) => (step.services ?? []).map((s) => ({ step, s })));
  return (
    <div className={styles.page} data-testid="network-impact">
      <section className={styles.section} aria-labelledby="impact-met">
        <Text as="h2" size={500} weight="semibold" id="impact-met" className={styles.heading}>
          Standards met, cycle by cycle
        </Text>
        {impact.anonymised ? (
          <Text block as="p" className={styles.note}>
            Figures are anonymised: no service is named
            {withheld.length > 0
              ? `, and ${withheld.map((c) => c.cycleName).join(', ')} had fewer than five services, so its figures are not shown`
              : ''}
            .
          </Text>
        ) : null}
        <LazyThemeChart
          title="Standards met, cycle by cycle"
          sameFiguresIn="the table “Standards met and time from review to action completion” below"
          groups={impact.cycles.map((c) => ({
            name: c.cycleName,
            values: [{ legend: 'Standards met', value: c.metPercent }],
          }))}
        />
        <ImpactTable
          label="Standards met and time from review to action completion"
          columns={[
            'Cycle',
            'Services',
            'Standards met',
            'Actions completed',
            'Median time to complete',
            'Middle half',
          ]}
          rows={impact.cycles.map((c) => ({
            key: c.cycleId,
            cells: [
              c.cycleName,
              String(c.services),
              c.withheld ? HIDDEN_FEW_SERVICES : percentText(c.metPercent),
              String(c.reviewToCompletionDays.count),
              days(c.reviewToCompletionDays.median),
              c.reviewToCompletionDays.q1 === null
                ? '–'
                : `${days(c.reviewToCompletionDays.q1)} to ${days(c.reviewToCompletionDays.q3)}`,
            ],
          }))}
        />
      </section>
      <section className={styles.section} aria-labelledby="impact-improved">
        <Text as="h2" size={500} weight="semibold" id="impact-improved" className={styles.heading}>
          Standards that improved and those that did not
        </Text>
        {impact.mostImproved.length === 0 && impact.mostOftenStillNotMet.length === 0 ? (
          <Text block as="p">
            There is nothing to compare until services have been rated in two cycles.
          </Text>
        ) : (
          <>
            <ImpactTable
              label="Most improved standards"
              columns={MOVEMENT_COLUMNS}
              rows={movementRows(impact.mostImproved)}
            />
            <ImpactTable
              label="Standards most often still not met"
              columns={MOVEMENT_COLUMNS}
              rows={movementRows(impact.mostOftenStillNotMet)}
            />
          </>
        )}
      </section>
      <section className={styles.section} aria-labelledby="impact-levels">
        <Text as="h2" size={500} weight="semibold" id="impact-levels" className={styles.heading}>
          Services that moved recognition level
        </Text>
        <ImpactTable
          label="Services that moved recognition level"
          columns={['From', 'To', 'Moved up', 'Moved down', 'Stayed']}
          rows={impact.levelMoves.map((m) => ({
            key: `${m.fromCycleId}:${m.toCycleId}`,
            cells: [
              names.get(m.fromCycleId) ?? '',
              names.get(m.toCycleId) ?? '',
              ...(m.withheld
                ? ['Not shown', 'Not shown', 'Not shown']
                : [String(m.up), String(m.down), String(m.same)]),
            ],
          }))}
        />
        {named.length > 0 ? (
          <ImpactTable
            label="Level moves by service"
            columns={['Service', 'Cycles', 'From', 'To']}
            rows={named.map(({ step, s }) => ({
              key: `${step.toCycleId}:${s.serviceId}`,
              cells: [
                s.serviceName,
                `${names.get(step.fromCycleId) ?? ''} to ${names.get(step.toCycleId) ?? ''}`,
                s.from,
                `${s.to} (${s.direction === 'up' ? 'up' : 'down'})`,
              ],
            }))}
          />
        ) : null}
      </section>
    </div>
  );
}
