import { percentText } from '../../ui/percent-text';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { useApp } from '../../app/app-context';
import { RouteLink } from '../../app/RouteLink';
import { useLoad } from '../../app/use-load';
import type { Cycle, NetworkScores } from '../../api/types';
import { LoadView } from '../../ui/LoadView';
import { LazyThemeChart } from './LazyThemeChart';
import { ServicesScoreTable } from './ServicesScoreTable';
import { useViewStyles } from './view-styles';
import { TableRegion } from '../../ui/TableRegion';

const pct = (value: number | null) => percentText(value, '–');

/** The figures, or in their place what the API says about them ("Hidden: fewer than 5 services"). */
function QuartileCells({ q }: { q: NetworkScores['overall'] }) {
  if (q.hidden !== null) {
    return (
      <>
        <TableCell>{q.count}</TableCell>
        <TableCell colSpan={5}>{q.hidden}</TableCell>
      </>
    );
  }
  return (
    <>
      <TableCell>{q.count}</TableCell>
      <TableCell>{pct(q.min)}</TableCell>
      <TableCell>{pct(q.q1)}</TableCell>
      <TableCell>{pct(q.median)}</TableCell>
      <TableCell>{pct(q.q3)}</TableCell>
      <TableCell>{pct(q.max)}</TableCell>
    </>
  );
}

/** The network's benchmarks: quartiles of service scores by theme (anonymised unless the viewer is an admin). */
export function NetworkBenchmarks({ cycle }: { cycle: Cycle }) {
  const styles = useViewStyles();
  const { api } = useApp();
  const network = useLoad(() => api.networkScores(cycle.id), cycle.id);
  return (
    <LoadView state={network} onRetry={network.reload} loadingLabel="Loading the network's benchmarks…">
      {(n) => (
        <div className={styles.stack} data-testid="dashboard-ready">
          <Text block as="h2" size={600} weight="semibold" className={styles.heading}>
            The network in {cycle.name}
          </Text>
          <RouteLink to={{ page: 'impact' }}>Impact over time</RouteLink>
          <Text block as="p">
            {n.assessmentCount} service self-assessments.{' '}
            {n.anonymised
              ? 'Benchmarks are anonymised: no service or organisation is named.'
              : 'As a network admin you also see each service by name below.'}
          </Text>
          <LazyThemeChart
            title="Service scores by theme across the network: lower quartile, median and upper quartile"
            sameFiguresIn="the table “Benchmarks by theme” below"
            groups={n.byTheme.map((t) => ({
              name: `${t.themeCode}. ${t.title}`,
              values: [
                { legend: 'Lower quartile', value: t.quartiles.q1 },
                { legend: 'Median', value: t.quartiles.median },
                { legend: 'Upper quartile', value: t.quartiles.q3 },
              ],
            }))}
          />
          <TableRegion label="Benchmarks by theme">
            <Table size="small" aria-label="Benchmarks by theme">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Theme</TableHeaderCell>
                  <TableHeaderCell>Services scored</TableHeaderCell>
                  <TableHeaderCell>Lowest</TableHeaderCell>
                  <TableHeaderCell>Lower quartile</TableHeaderCell>
                  <TableHeaderCell>Median</TableHeaderCell>
                  <TableHeaderCell>Upper quartile</TableHeaderCell>
                  <TableHeaderCell>Highest</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {n.byTheme.map((t) => (
                  <TableRow key={t.themeCode}>
                    <TableCell>
                      {t.themeCode}. {t.title}
                    </TableCell>
                    <QuartileCells q={t.quartiles} />
                  </TableRow>
                ))}
                <TableRow>
                  <TableCell>Overall</TableCell>
                  <QuartileCells q={n.overall} />
                </TableRow>
              </TableBody>
            </Table>
          </TableRegion>
          <Text block as="h3" size={500} weight="semibold" className={styles.heading}>
            Recognition levels so far
          </Text>
          {n.recognitionHidden !== null ? (
            <Text block as="p">
              {n.recognitionHidden}
            </Text>
          ) : (
            <ul>
              {Object.entries(n.recognition).map(([level, count]) => (
                <li key={level}>
                  {level}: {count} service{count === 1 ? '' : 's'}
                </li>
              ))}
            </ul>
          )}
          {n.assessments ? (
            // Only network admins get these rows: every service by name.
            <ServicesScoreTable
              label="Every service, by name"
              subjectHeader="Service"
              themes={n.byTheme}
              rows={n.assessments}
            />
          ) : null}
        </div>
      )}
    </LoadView>
  );
}
