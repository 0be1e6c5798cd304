import { Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useApp } from '../../app/app-context';
import { isNetworkAdmin, organisationsLed, organisationsViewed } from '../../app/roles';
import { useLoad } from '../../app/use-load';
import type { Cycle } from '../../api/types';
import { LoadView } from '../../ui/LoadView';
import { LazyThemeChart } from './LazyThemeChart';
import { ServicesSideBySide } from './ServicesSideBySide';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  heading: { margin: 0 },
});

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
  const styles = useStyles();
  const { api, me } = useApp();
  const organisations = useLoad(async () => {
    const all = await api.organisations();
    if (isNetworkAdmin(me)) return all;
    const mine = new Set([...organisationsLed(me), ...organisationsViewed(me)]);
    return all.filter((o) => mine.has(o.id));
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
  const styles = useStyles();
  const { api } = useApp();
  const scores = useLoad(() => api.organisationScores(organisationId, cycle.id), `${organisationId}:${cycle.id}`);
  return (
    <LoadView state={scores} onRetry={scores.reload} loadingLabel="Loading the services' scores…">
      {(scored) =>
        scored.length === 0 ? (
          <Text block as="p">
            No self-assessments in {cycle.name} yet.
          </Text>
        ) : (
          <div className={styles.stack} data-testid="dashboard-ready">
            <LazyThemeChart
              title="Score by theme, service by service"
              groups={(scored[0]?.report.byTheme ?? []).map((theme) => ({
                name: `${theme.themeCode}. ${theme.title}`,
                values: scored.slice(0, 8).map((s) => ({
                  legend: s.subjectName,
                  value: s.report.byTheme.find((t) => t.themeCode === theme.themeCode)?.score.percent ?? null,
                })),
              }))}
            />
            <ServicesSideBySide scored={scored} />
          </div>
        )
      }
    </LoadView>
  );
}
