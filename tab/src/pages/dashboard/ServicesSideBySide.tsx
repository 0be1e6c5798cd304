import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { RouteLink } from '../../app/RouteLink';
import type { ScoredAssessment } from '../../api/types';
import { percentText, STATE_LABELS } from '../../ui/labels';

/** Services (and the organisation's own assessment) in one table: progress, overall, each theme, recognition. */
export function ServicesSideBySide({
  scored,
  caption = 'Services side by side',
}: {
  scored: readonly ScoredAssessment[];
  caption?: string;
}) {
  const themes = scored[0]?.report.byTheme ?? [];
  return (
    <Table size="small" aria-label={caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Assessment</TableHeaderCell>
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
        {scored.map((s) => (
          <TableRow key={s.assessmentId}>
            <TableCell>
              {s.subjectKind === 'service' ? (
                <RouteLink to={{ page: 'dashboard', view: 'service', serviceId: s.subjectId }}>
                  {s.subjectName}
                </RouteLink>
              ) : (
                <RouteLink
                  to={{ page: 'assessment', assessmentId: s.assessmentId }}
                >{`${s.subjectName} (organisation)`}</RouteLink>
              )}
            </TableCell>
            <TableCell>{STATE_LABELS[s.state]}</TableCell>
            <TableCell>
              {s.progress.rated} of {s.progress.total}
            </TableCell>
            <TableCell>{percentText(s.report.overall.percent)}</TableCell>
            {themes.map((t) => (
              <TableCell key={t.themeCode}>
                {percentText(s.report.byTheme.find((b) => b.themeCode === t.themeCode)?.score.percent ?? null)}
              </TableCell>
            ))}
            <TableCell>{s.progress.rated === 0 ? 'Not started' : s.report.recognition.level}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
