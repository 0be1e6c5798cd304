import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { RouteLink } from '../../app/RouteLink';
import { useLoad } from '../../app/use-load';
import type { RunResults } from '../../api/types';
import { ActionNotice } from '../../ui/ActionNotice';
import { LoadView } from '../../ui/LoadView';
import { PageHeader } from '../../ui/PageHeader';
import { saveFile } from '../../ui/save-file';
import { CommentsList } from './CommentsList';
import { RunResultsView } from './RunResultsView';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
});

/** One run's results, its comments for the service and reviewers (with "Hide this comment"), and the Excel file. */
export function RunResultsPage({ assessmentId, runId }: { assessmentId: string; runId: string }) {
  const styles = useStyles();
  const { api } = useApp();
  const loaded = useLoad(() => api.questionnaireResults(assessmentId, runId), `${assessmentId}/${runId}`);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <LoadView
      state={loaded}
      onRetry={loaded.reload}
      loadingLabel="Opening the results…"
      errorTitle="The results could not be opened"
    >
      {(results: RunResults) => (
        <div className={styles.page}>
          <PageHeader title={`Results: ${results.title}`} />
          <RouteLink to={{ page: 'questionnaires', assessmentId }}>Back to the questionnaires</RouteLink>
          <ActionNotice text={notice} />
          <RunResultsView
            results={results}
            onDownload={async () =>
              saveFile(await api.questionnaireResultsFile(assessmentId, runId), `${results.title} results.xlsx`)
            }
          />
          {results.comments ? (
            <section aria-labelledby="results-comments" className={styles.section}>
              <Text as="h2" size={500} weight="semibold" id="results-comments" className={styles.heading}>
                In their own words
              </Text>
              {results.suppressed ? (
                <Text>Comments are shown once {results.minimumAnswers} people have answered.</Text>
              ) : (
                <CommentsList
                  comments={results.comments}
                  items={results.items}
                  mayHide={results.mayHideComments}
                  onHide={async (comment, reason) => {
                    await api.hideQuestionnaireComment(assessmentId, runId, comment.id, {
                      reason,
                      version: comment.version,
                    });
                    setNotice('The comment is hidden. The reason is kept on record.');
                    loaded.reload();
                  }}
                />
              )}
            </section>
          ) : null}
        </div>
      )}
    </LoadView>
  );
}
