import {
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { ScoreReport } from '../../api/types';
import { RATING_LABELS } from '../../../../src/domain/labels';
import { percentText } from '../../ui/percent-text';
import { TableRegion } from '../../ui/TableRegion';
import { medianText, type NetworkMedian } from './network-median';

/** Scores per theme as a table with a bar per row: readable by everyone, charted without a chart library. */
export function ThemeScoreTable({
  report,
  caption,
  benchmark,
}: {
  report: ScoreReport;
  caption: string;
  benchmark?: ReadonlyMap<string, NetworkMedian>;
}) {
  return (
    <TableRegion label={caption}>
      <Table size="small" aria-label={caption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Theme</TableHeaderCell>
            <TableHeaderCell>Score</TableHeaderCell>
            <TableHeaderCell>{RATING_LABELS.met}</TableHeaderCell>
            <TableHeaderCell>{RATING_LABELS.partly_met}</TableHeaderCell>
            <TableHeaderCell>{RATING_LABELS.not_met}</TableHeaderCell>
            <TableHeaderCell>{RATING_LABELS.not_applicable}</TableHeaderCell>
            <TableHeaderCell>Still to rate</TableHeaderCell>
            {benchmark ? <TableHeaderCell>Network median</TableHeaderCell> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {report.byTheme.map(({ themeCode, title, score }) => (
            <TableRow key={themeCode}>
              <TableCell>
                {themeCode}. {title}
              </TableCell>
              <TableCell>
                {percentText(score.percent)}
                <ProgressBar
                  value={(score.percent ?? 0) / 100}
                  thickness="large"
                  aria-label={`Theme ${themeCode} score`}
                  aria-valuetext={percentText(score.percent)}
                />
              </TableCell>
              <TableCell>{score.met}</TableCell>
              <TableCell>{score.partlyMet}</TableCell>
              <TableCell>{score.notMet}</TableCell>
              <TableCell>{score.notApplicable}</TableCell>
              <TableCell>{score.unrated}</TableCell>
              {benchmark ? <TableCell>{medianText(benchmark.get(themeCode))}</TableCell> : null}
            </TableRow>
          ))}
          <TableRow>
            <TableCell>Overall</TableCell>
            <TableCell>{percentText(report.overall.percent)}</TableCell>
            <TableCell>{report.overall.met}</TableCell>
            <TableCell>{report.overall.partlyMet}</TableCell>
            <TableCell>{report.overall.notMet}</TableCell>
            <TableCell>{report.overall.notApplicable}</TableCell>
            <TableCell>{report.overall.unrated}</TableCell>
            {benchmark ? <TableCell>{medianText(benchmark.get('overall'))}</TableCell> : null}
          </TableRow>
        </TableBody>
      </Table>
    </TableRegion>
  );
}
