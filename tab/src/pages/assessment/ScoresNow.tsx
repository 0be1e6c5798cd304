import { makeStyles, tokens } from '@fluentui/react-components';
import { useApp } from '../../app/app-context';
import { useLoad } from '../../app/use-load';
import type { FrameworkVersion } from '../../api/types';
import { LoadView } from '../../ui/LoadView';
import { RecognitionSummary } from '../shared/RecognitionSummary';
import { ThemeScoreTable } from '../shared/ThemeScoreTable';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** Scores and the recognition level from what is saved now, refreshed after every save. */
export function ScoresNow({
  assessmentId,
  revision,
  framework,
}: {
  assessmentId: string;
  revision: number;
  framework: FrameworkVersion;
}) {
  const styles = useStyles();
  const { api } = useApp();
  const scores = useLoad(() => api.scores(assessmentId), `${assessmentId}:${revision}`);
  return (
    <LoadView state={scores} onRetry={scores.reload} loadingLabel="Working out the scores…">
      {(report) => (
        <div className={styles.box}>
          <RecognitionSummary
            recognition={report.recognition}
            assessmentId={assessmentId}
            prefix="Recognition level from what is saved"
          />
          <ThemeScoreTable report={report} caption={`Scores by theme (${framework.name})`} />
        </div>
      )}
    </LoadView>
  );
}
