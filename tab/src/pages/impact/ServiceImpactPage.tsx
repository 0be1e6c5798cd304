import { Text } from '@fluentui/react-components';
import { useApp } from '../../app/app-context';
import { useLoad } from '../../app/use-load';
import type { ServiceImpact, ServiceImpactView } from '../../api/types';
import { NOT_RATED_LABEL, RATING_CHANGE_LABELS, RATING_LABELS } from '../../../../src/domain/labels';
import { formatDate } from '../../ui/dates';
import { LoadView } from '../../ui/LoadView';
import { PageHeader } from '../../ui/PageHeader';
import { percentText } from '../../ui/percent-text';
import { LazyThemeChart } from '../dashboard/LazyThemeChart';
import { ImpactTable } from './ImpactTable';
import { useImpactStyles } from './impact-styles';

const BASIS_LABELS = { agreed: 'Agreed by the review team', self: "The service's own" } as const;

function changeText(change: ServiceImpact['themes'][number]['changes'][number] | undefined): string {
  return change ? RATING_CHANGE_LABELS[change] : '–';
}

/** One service's ratings across cycles: each theme and standard, what changed, and the actions completed between. */
export function ServiceImpactPage({ serviceId }: { readonly serviceId: string }) {
  const { api } = useApp();
  const loaded = useLoad(() => api.serviceImpact(serviceId), serviceId);
  return (
    <LoadView
      state={loaded}
      onRetry={loaded.reload}
      loadingLabel="Loading the service's cycles…"
      errorTitle="The service's impact could not be opened"
    >
      {(view) => <ServiceImpactView view={view} />}
    </LoadView>
  );
}

function ServiceImpactView({ view }: { view: ServiceImpactView }) {
  const styles = useImpactStyles();
  const impact = view.impact;
  return (
    <div className={styles.page} data-testid="service-impact">
      <PageHeader
        title={`Impact over time: ${view.serviceName}`}
        subtitle="Each theme and standard cycle by cycle, what changed, and the actions completed in between."
      />
      {impact === null ? (
        <Text block as="p">
          This service has no assessment in any cycle yet, so there is nothing to compare.
        </Text>
      ) : (
        <ImpactDetail impact={impact} />
      )}
    </div>
  );
}

function ImpactDetail({ impact }: { impact: ServiceImpact }) {
  const styles = useImpactStyles();
  const cycleNames = impact.cycles.map((c) => c.cycleName);
  const lastStep = impact.cycles.length - 2;
  const actionsBetween = impact.betweenCycles.filter((b) => b.completedActions.length > 0);
  return (
    <>
      <section className={styles.section} aria-labelledby="impact-cycles">
        <Text as="h2" size={500} weight="semibold" id="impact-cycles" className={styles.heading}>
          Cycles
        </Text>
        <Text block as="p" className={styles.note}>
          Everything is shown in {impact.frameworkName} version {impact.frameworkVersionNumber}. Where the framework was
          revised, a renamed or split standard keeps its history, and a merged one shows the least favourable rating of
          the standards it replaced.
        </Text>
        <ImpactTable
          label="Cycles compared"
          columns={['Cycle', 'Framework version', 'Ratings', 'Overall', 'Recognition level']}
          rows={impact.cycles.map((c) => ({
            key: c.cycleId,
            cells: [
              c.cycleName,
              `Version ${c.frameworkVersionNumber}`,
              BASIS_LABELS[c.basis],
              percentText(c.overallPercent),
              c.recognitionLevel,
            ],
          }))}
        />
      </section>
      <section className={styles.section} aria-labelledby="impact-themes">
        <Text as="h2" size={500} weight="semibold" id="impact-themes" className={styles.heading}>
          Themes
        </Text>
        <LazyThemeChart
          title="Score by theme, cycle by cycle"
          sameFiguresIn="the table “Score by theme, cycle by cycle” below"
          groups={impact.themes.map((t) => ({
            name: `${t.themeCode}. ${t.title}`,
            values: t.percents.map((value, i) => ({ legend: cycleNames[i] ?? '', value })),
          }))}
        />
        <ImpactTable
          label="Score by theme, cycle by cycle"
          columns={['Theme', ...cycleNames, ...(lastStep >= 0 ? ['Latest change'] : [])]}
          rows={impact.themes.map((t) => ({
            key: t.themeCode,
            cells: [
              `${t.themeCode}. ${t.title}`,
              ...t.percents.map((p) => percentText(p)),
              ...(lastStep >= 0 ? [changeText(t.changes[lastStep])] : []),
            ],
          }))}
        />
      </section>
      <section className={styles.section} aria-labelledby="impact-standards">
        <Text as="h2" size={500} weight="semibold" id="impact-standards" className={styles.heading}>
          Standards
        </Text>
        {impact.themes.map((theme) => (
          <ImpactTable
            key={theme.themeCode}
            label={`Theme ${theme.themeCode} standards, cycle by cycle`}
            columns={['Standard', ...cycleNames, ...(lastStep >= 0 ? ['Latest change'] : [])]}
            rows={impact.standards
              .filter((s) => s.themeCode === theme.themeCode)
              .map((s) => ({
                key: s.code,
                cells: [
                  <>
                    {s.code} {s.title}
                    {s.carriesHistoryOf.length > 0 ? (
                      <Text block size={200} className={styles.note}>
                        Earlier cycles: {s.carriesHistoryOf.join(', ')}
                      </Text>
                    ) : null}
                  </>,
                  ...s.ratings.map((r) => (r === null ? NOT_RATED_LABEL : RATING_LABELS[r])),
                  ...(lastStep >= 0 ? [changeText(s.changes[lastStep])] : []),
                ],
              }))}
          />
        ))}
      </section>
      <section className={styles.section} aria-labelledby="impact-actions">
        <Text as="h2" size={500} weight="semibold" id="impact-actions" className={styles.heading}>
          Actions completed between cycles
        </Text>
        {actionsBetween.length === 0 ? (
          <Text block as="p">
            No action of an earlier cycle&apos;s plan has been completed yet.
          </Text>
        ) : (
          actionsBetween.map((step) => (
            <div key={step.fromCycleId}>
              <Text block as="h3" size={400} weight="semibold" className={styles.heading}>
                After {impact.cycles.find((c) => c.cycleId === step.fromCycleId)?.cycleName ?? step.fromCycleId}
              </Text>
              <ul className={styles.list}>
                {step.completedActions.map((a) => (
                  <li key={a.actionId}>
                    {a.title}
                    {a.standardCode ? ` (standard ${a.standardCode})` : ''}, completed {formatDate(a.completedAt)}
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
      </section>
    </>
  );
}
