import { Field, Select, Text } from '@fluentui/react-components';
import { useApp } from '../../app/app-context';
import { useLoad } from '../../app/use-load';
import type { Cycle } from '../../api/types';
import { LoadView } from '../../ui/LoadView';
import { ImpactLinks } from './ImpactLinks';
import { LazyThemeChart } from './LazyThemeChart';
import { scoreRowOf, ServicesScoreTable } from './ServicesScoreTable';
import { useViewStyles } from './view-styles';

/** More bars than this per theme would no longer be readable: the table below the chart lists every service. */
const CHARTED_SERVICES = 8;

/** An organisation's services side by side: progress, score by theme and recognition level. */
export function OrganisationProgress({
  cycle,
  organisationId,
  onPickOrganisation,
}: {
  cycle: Cycle;
  organisationId: string | undefined;
  onPickOrganisation: (id: string) => void;
}) {
  const styles = useViewStyles();
  const { api, me } = useApp();
  const organisations = useLoad(async () => {
    const all = await api.organisations();
    const inView = new Set(me.organisationsInView);
    return all.filter((o) => inView.has(o.id));
  }, 'organisations');
  return (
    <LoadView state={organisations} onRetry={organisations.reload} loadingLabel="Loading organisations…">
      {(list) => {
        const chosen = list.find((o) => o.id === organisationId) ?? list[0];
        if (!chosen)
          return (
            <Text block as="p">
              You do not lead an organisation in the network.
            </Text>
          );
        return (
          <div className={styles.stack}>
            {list.length > 1 ? (
              <Field label="Organisation">
                <Select value={chosen.id} onChange={(_, data) => onPickOrganisation(data.value)}>
                  {list.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </Select>
              </Field>
            ) : null}
            <Text block as="h2" size={600} weight="semibold" className={styles.heading}>
              {chosen.name}
            </Text>
            <OrganisationScores key={`${chosen.id}:${cycle.id}`} organisationId={chosen.id} cycle={cycle} />
          </div>
        );
      }}
    </LoadView>
  );
}

function OrganisationScores({ organisationId, cycle }: { organisationId: string; cycle: Cycle }) {
  const styles = useViewStyles();
  const { api } = useApp();
  const scores = useLoad(() => api.organisationScores(organisationId, cycle.id), `${organisationId}:${cycle.id}`);
  return (
    <LoadView state={scores} onRetry={scores.reload} loadingLabel="Loading the services' scores…">
      {(scored) => {
        if (scored.length === 0)
          return (
            <Text block as="p">
              No self-assessments in {cycle.name} yet.
            </Text>
          );
        // Every report lists the framework's themes; the first one's order heads the chart and the table alike.
        const themes = scored[0]?.report.byTheme ?? [];
        const rows = scored.map((s) => scoreRowOf(s, themes));
        return (
          <div className={styles.stack} data-testid="dashboard-ready">
            <LazyThemeChart
              title={
                rows.length > CHARTED_SERVICES
                  ? `Score by theme, service by service: the first ${CHARTED_SERVICES} of ${rows.length} services`
                  : 'Score by theme, service by service'
              }
              sameFiguresIn="the table “Services side by side” below, which lists every service"
              groups={themes.map((theme, i) => ({
                name: `${theme.themeCode}. ${theme.title}`,
                values: rows
                  .slice(0, CHARTED_SERVICES)
                  .map((row) => ({ legend: row.subjectName, value: row.themePercents[i] ?? null })),
              }))}
            />
            <ServicesScoreTable label="Services side by side" subjectHeader="Assessment" themes={themes} rows={rows} />
            <ImpactLinks scored={scored} />
          </div>
        );
      }}
    </LoadView>
  );
}
