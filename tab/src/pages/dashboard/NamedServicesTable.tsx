import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { RouteLink } from '../../app/RouteLink';
import type { NetworkRow } from '../../api/types';
import { percentText, STATE_LABELS } from '../../ui/labels';

/** Network admins only: every service by name, with progress, scores by theme and recognition level. */
export function NamedServicesTable({
  rows,
  themes,
}: {
  rows: readonly NetworkRow[];
  themes: readonly { themeCode: string; title: string }[];
}) {
  return (
    <Table size="small" aria-label="Every service, by name">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Service</TableHeaderCell>
          <TableHeaderCell>State</TableHeaderCell>
          <TableHeaderCell>Rated</TableHeaderCell>
          <TableHeaderCell>Overall</TableHeaderCell>
          {themes.map((t) => (
            <TableHeaderCell key={t.themeCode}>
              <abbr title={t.title}>Theme {t.themeCode}</abbr>
            </TableHeaderCell>
          ))}
          <TableHeaderCell>Recognition</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.assessmentId}>
            <TableCell>
              <RouteLink to={{ page: 'dashboard', view: 'service', serviceId: row.subjectId }}>
                {row.subjectName}
              </RouteLink>
            </TableCell>
            <TableCell>{STATE_LABELS[row.state]}</TableCell>
            <TableCell>
              {row.progress.rated} of {row.progress.total}
            </TableCell>
            <TableCell>{percentText(row.overallPercent)}</TableCell>
            {themes.map((t, i) => (
              <TableCell key={t.themeCode}>{percentText(row.themePercents[i] ?? null)}</TableCell>
            ))}
            <TableCell>{row.progress.rated === 0 ? 'Not started' : row.recognitionLevel}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
