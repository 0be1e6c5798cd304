import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { RouteLink } from '../../app/RouteLink';
import type { NetworkRow, ScoredAssessment } from '../../api/types';
import { ASSESSMENT_STATE_LABELS } from '../../../../src/domain/labels';
import { percentText } from '../../ui/percent-text';
import { FormalStatusCell } from './FormalStatusCell';
import { TableRegion } from '../../ui/TableRegion';

/**
 * One assessment in the table. The network view sends these slim rows already; an organisation's view sends full
 * reports, which `scoreRowOf` slims down the same way. Without `subjectKind` the row is a service's.
 */
export type ServiceScoreRow = NetworkRow & { readonly subjectKind?: ScoredAssessment['subjectKind'] };

type Theme = { readonly themeCode: string; readonly title: string };

/** A full report as a row, its theme percents in the order of `themes` (reports need not list them alike). */
export function scoreRowOf(s: ScoredAssessment, themes: readonly Theme[]): ServiceScoreRow {
  return {
    assessmentId: s.assessmentId,
    subjectKind: s.subjectKind,
    subjectId: s.subjectId,
    subjectName: s.subjectName,
    state: s.state,
    progress: s.progress,
    overallPercent: s.report.overall.percent,
    themePercents: themes.map((t) => s.report.byTheme.find((b) => b.themeCode === t.themeCode)?.score.percent ?? null),
    recognitionLevel: s.report.recognition.level,
    formalStatus: s.formalStatus,
  };
}

/**
 * Assessments side by side: progress, overall, each theme, the computed recognition level and the panel's formal
 * status (with its expiry and what is due next), each linked to its page.
 */
export function ServicesScoreTable({
  label,
  subjectHeader,
  themes,
  rows,
}: {
  label: string;
  subjectHeader: string;
  themes: readonly Theme[];
  rows: readonly ServiceScoreRow[];
}) {
  return (
    <TableRegion label={label}>
      <Table size="small" aria-label={label}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{subjectHeader}</TableHeaderCell>
            <TableHeaderCell>State</TableHeaderCell>
            <TableHeaderCell>Rated</TableHeaderCell>
            <TableHeaderCell>Overall</TableHeaderCell>
            {themes.map((t) => (
              <TableHeaderCell key={t.themeCode}>
                <abbr title={t.title}>Theme {t.themeCode}</abbr>
              </TableHeaderCell>
            ))}
            <TableHeaderCell>Recognition</TableHeaderCell>
            <TableHeaderCell>Formal status</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.assessmentId}>
              <TableCell>
                {row.subjectKind === 'organisation' ? (
                  // An organisation has no dashboard of its own: its self-assessment is the page to go to.
                  <RouteLink
                    to={{ page: 'assessment', assessmentId: row.assessmentId }}
                  >{`${row.subjectName} (organisation)`}</RouteLink>
                ) : (
                  <RouteLink to={{ page: 'dashboard', view: 'service', serviceId: row.subjectId }}>
                    {row.subjectName}
                  </RouteLink>
                )}
              </TableCell>
              <TableCell>{ASSESSMENT_STATE_LABELS[row.state]}</TableCell>
              <TableCell>
                {row.progress.rated} of {row.progress.total}
              </TableCell>
              <TableCell>{percentText(row.overallPercent)}</TableCell>
              {themes.map((t, i) => (
                <TableCell key={t.themeCode}>{percentText(row.themePercents[i] ?? null)}</TableCell>
              ))}
              <TableCell>{row.recognitionLevel}</TableCell>
              <TableCell>
                <FormalStatusCell assessmentId={row.assessmentId} status={row.formalStatus} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableRegion>
  );
}
