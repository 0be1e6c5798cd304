import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { REPORT_EVENT_LABELS, REPORT_STATE_LABELS } from '../../../../src/domain/labels';
import { messageOf } from '../../api/errors';
import type { ReportFormat, ReportState, ReportView } from '../../api/types';
import { useApp } from '../../app/app-context';
import { useLoad } from '../../app/use-load';
import { formatClockTime, formatDate } from '../../ui/dates';
import { LoadView } from '../../ui/LoadView';
import { PageHeader } from '../../ui/PageHeader';
import { ReviewPagesNav } from '../shared/ReviewPagesNav';
import { PublicSummaryPreview } from './PublicSummaryPreview';
import { ReportCheck } from './ReportCheck';
import { ReportDocumentView } from './ReportDocumentView';
import { ReportSteps } from './ReportSteps';
import { saveFile } from '../../ui/save-file';

const STATES: readonly ReportState[] = ['draft', 'factual_accuracy_check', 'final', 'published'];

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, maxWidth: '60rem', minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  states: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  current: { fontWeight: tokens.fontWeightSemibold, textDecorationLine: 'underline', textDecorationThickness: '2px' },
  downloads: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  history: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' },
});

/** The report of an agreed review: read as the Word file has it, downloaded, checked and published with care. */
export function ReportPage({ assessmentId }: { assessmentId: string }) {
  const { api } = useApp();
  const view = useLoad(() => api.report(assessmentId), assessmentId);
  return (
    <LoadView
      state={view}
      onRetry={view.reload}
      loadingLabel="Loading the report"
      errorTitle="The report could not be opened"
    >
      {(data) => (
        <ReportContent view={data} assessmentId={assessmentId} onChanged={(next) => view.setData(() => next)} />
      )}
    </LoadView>
  );
}

function ReportContent({
  view,
  assessmentId,
  onChanged,
}: {
  view: ReportView;
  assessmentId: string;
  onChanged: (next: ReportView) => void;
}) {
  const styles = useStyles();
  const { api } = useApp();
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const { report, document } = view;
  const download = async (format: ReportFormat | 'csv') => {
    setDownloadError(null);
    try {
      if (format === 'csv') {
        saveFile(await api.reportRatingsCsv(assessmentId), `${document.fileStem}-ratings.csv`);
      } else {
        const file = report.files.find((f) => f.format === format);
        saveFile(await api.reportFile(assessmentId, format), file?.fileName ?? `${document.fileStem}.${format}`);
      }
    } catch (e) {
      setDownloadError(messageOf(e));
    }
  };
  return (
    <div className={styles.page}>
      <PageHeader
        title={document.title}
        subtitle={`${REPORT_STATE_LABELS[report.state]}. Generated ${formatDate(report.generatedAt)} at ${formatClockTime(report.generatedAt)}.`}
      />
      <ReviewPagesNav assessmentId={assessmentId} current="report" />
      <section className={styles.section} aria-labelledby="report-state">
        <Text as="h2" size={500} weight="semibold" id="report-state">
          Where the report is
        </Text>
        <ol className={styles.states} aria-label="The report's states">
          {STATES.map((state) => (
            <li
              key={state}
              className={state === report.state ? styles.current : undefined}
              aria-current={state === report.state ? 'step' : undefined}
            >
              {REPORT_STATE_LABELS[state]}
            </li>
          ))}
        </ol>
        <ReportSteps view={view} onMoved={onChanged} />
      </section>
      <section className={styles.section} aria-labelledby="report-downloads">
        <Text as="h2" size={500} weight="semibold" id="report-downloads">
          Downloads
        </Text>
        <div className={styles.downloads}>
          <Button onClick={() => void download('docx')}>Download the report (Word)</Button>
          <Button onClick={() => void download('xlsx')}>Download the tables (Excel)</Button>
          {report.subject.kind === 'service' ? (
            <Button onClick={() => void download('csv')}>Download every rating (CSV)</Button>
          ) : null}
        </div>
        {downloadError ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{downloadError}</MessageBarBody>
          </MessageBar>
        ) : null}
      </section>
      <section className={styles.section} aria-labelledby="report-check">
        <Text as="h2" size={500} weight="semibold" id="report-check">
          Factual-accuracy check
        </Text>
        <ReportCheck view={view} onChanged={onChanged} />
      </section>
      {report.publicSummary ? (
        <section className={styles.section} aria-labelledby="report-public">
          <Text as="h2" size={500} weight="semibold" id="report-public">
            What the public will see
          </Text>
          <Text>
            Once published, this summary is shown to anyone, without signing in. Immediate concerns and the names of
            people are never part of it.
          </Text>
          <PublicSummaryPreview summary={report.publicSummary} problems={view.publicSummaryProblems} />
        </section>
      ) : null}
      <section className={styles.section} aria-labelledby="report-document">
        <Text as="h2" size={500} weight="semibold" id="report-document">
          The report
        </Text>
        <ReportDocumentView document={document} />
      </section>
      <section className={styles.section} aria-labelledby="report-history">
        <Text as="h2" size={500} weight="semibold" id="report-history">
          The report&apos;s record
        </Text>
        <ul className={styles.history} aria-labelledby="report-history">
          {report.history.map((event, i) => (
            <li key={i}>
              {formatDate(event.at)} {formatClockTime(event.at)}: {REPORT_EVENT_LABELS[event.action]}
              {event.note ? ` (${event.note})` : ''}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
