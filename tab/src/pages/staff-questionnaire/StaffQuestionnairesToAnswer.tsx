import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useApp } from '../../app/app-context';
import { RouteLink } from '../../app/RouteLink';
import { useLoad } from '../../app/use-load';
import { formatDate } from '../../ui/dates';
import { ErrorMessage } from '../../ui/ErrorMessage';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalXL,
  },
  heading: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'grid', gap: tokens.spacingVerticalS },
  item: { overflowWrap: 'anywhere' },
});

/**
 * My work's staff questionnaires: the open ones of the person's services they have not answered yet. Shown only
 * when there are some, so people with none see nothing new.
 */
export function StaffQuestionnairesToAnswer() {
  const styles = useStyles();
  const { api, me } = useApp();
  const runs = useLoad(async () => api.staffQuestionnairesToAnswer(), me.person.id);
  if (runs.status === 'error') {
    return (
      <ErrorMessage error={runs.error} title="Your staff questionnaires could not be found" onRetry={runs.reload} />
    );
  }
  if (runs.status !== 'ready' || runs.data.length === 0) return null;
  return (
    <section aria-labelledby="staff-questionnaires" className={styles.section}>
      <Text as="h2" size={500} weight="semibold" id="staff-questionnaires" className={styles.heading}>
        Staff questionnaires to answer
      </Text>
      <Text as="p" block>
        Your service asks its staff what they think. Your answers are anonymous.
      </Text>
      <ul className={styles.list} data-testid="staff-questionnaires">
        {runs.data.map((run) => (
          <li key={run.runId} className={styles.item}>
            <RouteLink to={{ page: 'staff-questionnaire', runId: run.runId }}>{run.title}</RouteLink>{' '}
            <Text>(closes on {formatDate(run.closesAt)})</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
