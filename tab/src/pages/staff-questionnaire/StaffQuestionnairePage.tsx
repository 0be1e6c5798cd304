import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { PAGE_NAMES } from '../../../../src/domain/labels';
import { useApp } from '../../app/app-context';
import { RouteLink } from '../../app/RouteLink';
import { useLoad } from '../../app/use-load';
import type { StaffAnswerRequest, StaffQuestionnaire } from '../../api/types';
import { formatDate } from '../../ui/dates';
import { LoadView } from '../../ui/LoadView';
import { PageHeader } from '../../ui/PageHeader';
import { useResultFocus } from '../../ui/use-result-focus';
import { StaffAnswerForm } from './StaffAnswerForm';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  introduction: { whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
  thanks: { outlineStyle: 'none' },
});

export const THANK_YOU = 'Thank you: your answers are anonymous.';

/**
 * A staff questionnaire to answer, reached from My work or the bot's card: its introduction, then its questions.
 * Whether it can be answered (closed, answered already) is the API's to say, with its reason.
 */
export function StaffQuestionnairePage({ runId }: { readonly runId: string }) {
  const styles = useStyles();
  const { api } = useApp();
  const loaded = useLoad(() => api.staffQuestionnaire(runId), runId);
  const [sent, setSent] = useState(false);
  const { ref } = useResultFocus<HTMLDivElement>(sent ? THANK_YOU : null);

  const send = async (answer: StaffAnswerRequest) => {
    await api.answerStaffQuestionnaire(runId, answer);
    setSent(true);
  };

  return (
    <LoadView
      state={loaded}
      onRetry={loaded.reload}
      loadingLabel="Opening the questionnaire…"
      errorTitle="The questionnaire could not be opened"
    >
      {(questionnaire: StaffQuestionnaire) => (
        <div className={styles.page}>
          <PageHeader
            title={questionnaire.title}
            subtitle={`${questionnaire.serviceName} · closes on ${formatDate(questionnaire.closesAt)}`}
          />
          {sent ? (
            <div ref={ref} tabIndex={-1} className={styles.thanks} data-testid="staff-questionnaire-result">
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>{THANK_YOU}</MessageBarBody>
              </MessageBar>
            </div>
          ) : (
            <>
              <Text as="p" block className={styles.introduction}>
                {questionnaire.introduction}
              </Text>
              {questionnaire.answer.allowed ? (
                <>
                  <Text as="p" block>
                    Your answers are anonymous: nothing links them to you. You can answer once.
                  </Text>
                  <StaffAnswerForm questions={questionnaire.questions} onSend={send} />
                </>
              ) : (
                <MessageBar intent="info" layout="multiline">
                  <MessageBarBody>{questionnaire.answer.reason}</MessageBarBody>
                </MessageBar>
              )}
            </>
          )}
          <RouteLink to={{ page: 'my-work' }}>Back to {PAGE_NAMES.myWork}</RouteLink>
        </div>
      )}
    </LoadView>
  );
}
