import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { AUDIENCE_LABELS } from '../../../../src/domain/labels';
import { RouteLink } from '../../app/RouteLink';
import type { RunView } from '../../api/types';
import { formatTime } from '../../ui/dates';
import { PermittedButton } from '../../ui/PermittedButton';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  heading: { margin: 0 },
  facts: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    gap: tokens.spacingHorizontalM,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-start' },
});

/** "Open until …", "Closed early on …" or "Closed on …": the run's state in words. */
export function runStateText(run: RunView): string {
  if (run.open) return `Open until ${formatTime(run.closesAt)}`;
  if (run.closedEarlyAt) return `Closed early on ${formatTime(run.closedEarlyAt)}`;
  return `Closed on ${formatTime(run.closesAt)}`;
}

/** How many answered: the count is all a lead sees until the minimum is reached. */
export function answersText(run: Pick<RunView, 'answers' | 'minimumAnswers'>): string {
  const count = `${run.answers} answer${run.answers === 1 ? '' : 's'}`;
  return run.answers < run.minimumAnswers
    ? `${count}; results are shown from ${run.minimumAnswers}`
    : `${count}: the results can be read`;
}

/** One run of a questionnaire: who it asks, until when, how many answered, and what the lead may do with it. */
export function RunCard({
  assessmentId,
  run,
  onPaperAnswer,
  onNewLink,
  onClose,
  onSendToChannel,
  channelSend,
  children,
}: {
  assessmentId: string;
  run: RunView;
  onPaperAnswer: () => void;
  onNewLink: () => void;
  onClose: () => void;
  onSendToChannel: () => void;
  /** How the last send to the channel's members went, or how far the running one has got. */
  channelSend?: ReactNode;
  /** A form or confirmation opened from this card. */
  children?: ReactNode;
}) {
  const styles = useStyles();
  const headingId = `run-${run.id}`;
  return (
    <li className={styles.card} aria-labelledby={headingId} data-testid="questionnaire-run">
      <Text as="h3" size={400} weight="semibold" id={headingId} className={styles.heading}>
        {run.title}
      </Text>
      <dl className={styles.facts}>
        <dt className={styles.term}>Asks</dt>
        <dd className={styles.detail}>{AUDIENCE_LABELS[run.audience]}</dd>
        <dt className={styles.term}>State</dt>
        <dd className={styles.detail}>{runStateText(run)}</dd>
        <dt className={styles.term}>Answers</dt>
        <dd className={styles.detail}>{answersText(run)}</dd>
      </dl>
      {channelSend}
      <RouteLink to={{ page: 'questionnaires', assessmentId, runId: run.id }}>See the results of {run.title}</RouteLink>
      <div className={styles.actions}>
        <PermittedButton permission={run.allowed.paper_answer} onClick={onPaperAnswer}>
          Type in a paper answer
        </PermittedButton>
        <PermittedButton permission={run.allowed.new_link} onClick={onNewLink}>
          Give it a new link
        </PermittedButton>
        <PermittedButton permission={run.allowed.close} onClick={onClose}>
          Close it now
        </PermittedButton>
        <PermittedButton permission={run.allowed.send_to_channel} onClick={onSendToChannel}>
          Send to the channel’s members
        </PermittedButton>
      </div>
      {children}
    </li>
  );
}
