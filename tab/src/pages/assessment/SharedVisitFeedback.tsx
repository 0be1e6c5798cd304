import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import { FEEDBACK_SECTION_TITLES } from '../../../../src/domain/visit-feedback';
import { useApp } from '../../app/app-context';
import { useLoad } from '../../app/use-load';
import { formatDate } from '../../ui/dates';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

const ORDER = ['goodPractice', 'areasForImprovement', 'immediateConcerns', 'fromTheDay'] as const;

/**
 * The preliminary feedback the review team shared at the end of the visit day, where the service works on its
 * assessment. Nothing shows until the lead reviewer has shared it (or for anyone the API does not show it to).
 */
export function SharedVisitFeedback({ assessmentId }: { assessmentId: string }) {
  const styles = useStyles();
  const { api } = useApp();
  const shared = useLoad(async () => api.sharedVisitFeedback(assessmentId), assessmentId);
  const feedback = shared.status === 'ready' ? shared.data.feedback : null;
  if (!feedback) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>
          Preliminary feedback from the visit ({feedback.sharedBy}, {formatDate(feedback.sharedAt.slice(0, 10))})
        </MessageBarTitle>
        <Text>The written report follows; this is what the review team said at the end of the day.</Text>
        {ORDER.map((key) => (
          <div key={key}>
            <Text as="h3" weight="semibold" block>
              {FEEDBACK_SECTION_TITLES[key]}
            </Text>
            <Text className={styles.text}>{feedback.sections[key]}</Text>
          </div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
