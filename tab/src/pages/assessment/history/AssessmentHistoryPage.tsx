import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useApp } from '../../../app/app-context';
import { RouteLink } from '../../../app/RouteLink';
import { useLoad } from '../../../app/use-load';
import type { AssessmentHistory, HistoryEntry } from '../../../api/types';
import { ASSESSMENT_STATE_LABELS } from '../../../../../src/domain/labels';
import { dateAndTime } from '../../../../../src/domain/formatting/uk-dates';
import { LoadView } from '../../../ui/LoadView';
import { PageHeader } from '../../../ui/PageHeader';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '60rem' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  when: { color: tokens.colorNeutralForeground3 },
});

/**
 * Who changed what in an assessment, and when, newest first: its audit trail as the API words it. The review team's
 * own working is left out until the person may read the review (the API decides).
 */
export function AssessmentHistoryPage({ assessmentId }: { assessmentId: string }) {
  const { api } = useApp();
  const state = useLoad(() => api.history(assessmentId), assessmentId);
  return (
    <LoadView
      state={state}
      onRetry={state.reload}
      loadingLabel="Loading the history…"
      errorTitle="The history could not be opened"
    >
      {(history) => <HistoryView history={history} assessmentId={assessmentId} />}
    </LoadView>
  );
}

function HistoryView({ history, assessmentId }: { history: AssessmentHistory; assessmentId: string }) {
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <PageHeader
        title={`History: ${history.subjectName}`}
        subtitle={`${history.cycleName} · ${ASSESSMENT_STATE_LABELS[history.state]}`}
      />
      <RouteLink to={{ page: 'assessment', assessmentId }}>Back to the self-assessment</RouteLink>
      {history.entries.length === 0 ? (
        <Text as="p">Nothing has been changed in this assessment yet.</Text>
      ) : (
        <ol className={styles.list} aria-label="Changes, newest first">
          {history.entries.map((entry, i) => (
            <li key={`${entry.at}-${i}`} className={styles.entry}>
              <HistoryLine entry={entry} assessmentId={assessmentId} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function HistoryLine({ entry, assessmentId }: { entry: HistoryEntry; assessmentId: string }) {
  const styles = useStyles();
  return (
    <>
      <Text className={styles.when}>
        {dateAndTime(entry.at)} · {entry.who}
      </Text>
      {entry.standardCode ? (
        <RouteLink to={{ page: 'assessment', assessmentId, standardCode: entry.standardCode }}>{entry.what}</RouteLink>
      ) : (
        <Text>{entry.what}</Text>
      )}
    </>
  );
}
