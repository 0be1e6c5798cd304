import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { isProblem } from '../../api/errors';
import type { AssessmentDetail, Cycle, FrameworkVersion, SubmissionGap } from '../../api/types';
import { PermittedButton } from '../../ui/PermittedButton';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useResultFocus } from '../../ui/use-result-focus';
import { ConfirmAction, type Confirmation } from '../../ui/ConfirmAction';
import { formatDate } from '../../ui/dates';
import { ASSESSMENT_STATE_LABELS } from '../../../../src/domain/labels';
import { GapList } from './GapList';
import { ScoresNow } from './ScoresNow';
import type { Gap } from './submission-check';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: 0, outlineStyle: 'none' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface SubmitPanelProps {
  readonly detail: AssessmentDetail;
  readonly framework: FrameworkVersion;
  readonly cycle: Cycle | undefined;
  readonly gaps: readonly Gap[];
  readonly unsaved: boolean;
  readonly savedRevision: number;
  readonly onChanged: (detail: AssessmentDetail) => void;
}

/** Asked in place (not in a modal dialog) before the ratings are locked for the review team. */
const CONFIRM_SUBMIT: Confirmation = {
  question: 'Submit the self-assessment now?',
  consequences: [
    'The ratings are locked, so the review team reads exactly what you sent.',
    'If something needs to change, the lead reviewer can return it to you.',
  ],
  confirmLabel: 'Submit now',
  busyLabel: 'Submitting…',
  cancelLabel: 'Not yet',
};

function notYetMessage(gapCount: number): string {
  const what = gapCount === 1 ? 'One standard still needs' : `${gapCount} standards still need`;
  return `${what} attention: each is listed below with a link to it. Rate it, or say why it does not apply, then submit.`;
}

/** The last step: what is still missing, the recognition level it would get, and the submission itself. */
export function SubmitPanel({ detail, framework, cycle, gaps, unsaved, savedRevision, onChanged }: SubmitPanelProps) {
  const styles = useStyles();
  const { api } = useApp();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [serverGaps, setServerGaps] = useState<readonly SubmissionGap[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [notYet, setNotYet] = useState<string | null>(null);
  const { ref: noticeRef } = useResultFocus<HTMLDivElement>(notice);
  const { ref: notYetRef, focusResult: focusNotYet } = useResultFocus<HTMLDivElement>();
  const state = detail.assessment.state;
  const shownGaps: readonly Gap[] = serverGaps
    ? serverGaps.map((g) => ({ ...g, themeCode: g.standardCode.split('.')[0] ?? '' }))
    : gaps;

  const act = async (action: 'submit' | 'resume') => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const assessment = await api.transition(detail.assessment.id, action, detail.assessment.version);
      const fresh = await api.assessment(assessment.id);
      onChanged(fresh);
      setServerGaps(null);
      const reviewStart = cycle ? formatDate(cycle.windows.peer_review.start) : null;
      setNotice(
        action === 'submit'
          ? `Submitted. Thank you: the review team will read it${reviewStart ? ` when peer review opens on ${reviewStart}` : ''}.`
          : 'The self-assessment is open for editing again.',
      );
    } catch (e) {
      if (isProblem(e, 422, 'incomplete_assessment') && Array.isArray(e.problem['gaps'])) {
        const missing = e.problem['gaps'] as SubmissionGap[];
        setServerGaps(missing);
        setNotYet(notYetMessage(missing.length));
        focusNotYet();
      } else setError(e);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  const trySubmit = () => {
    if (shownGaps.length > 0) {
      setNotYet(notYetMessage(shownGaps.length));
      focusNotYet();
      return;
    }
    setNotYet(null);
    setConfirming(true);
  };

  return (
    <section className={styles.panel} aria-labelledby="submit-title">
      <Text block as="h2" size={600} weight="semibold" id="submit-title" className={styles.heading} tabIndex={-1}>
        Check and submit
      </Text>
      <div role="status" aria-live="polite" tabIndex={-1} ref={noticeRef}>
        {notice ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      <Text>This self-assessment is {ASSESSMENT_STATE_LABELS[state].toLowerCase()}.</Text>
      <div role="alert" tabIndex={-1} ref={notYetRef} data-testid="submit-not-yet">
        {notYet && shownGaps.length > 0 ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>You cannot submit yet</MessageBarTitle>
              {notYet}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      <GapList assessmentId={detail.assessment.id} gaps={shownGaps} />
      {unsaved ? (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>Some changes are still being saved</MessageBarTitle>
            You can submit once every change is saved.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        {detail.allowed.resume.allowed ? null : (
          <PermittedButton
            appearance="primary"
            permission={detail.allowed.submit}
            onClick={trySubmit}
            disabled={busy || unsaved}
          >
            Submit the self-assessment
          </PermittedButton>
        )}
        {detail.allowed.resume.allowed ? (
          <Button appearance="primary" onClick={() => void act('resume')} disabled={busy}>
            Reopen for editing
          </Button>
        ) : null}
      </div>
      {confirming ? (
        <ConfirmAction
          confirmation={CONFIRM_SUBMIT}
          busy={busy}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void act('submit')}
        />
      ) : null}
      <ScoresNow assessmentId={detail.assessment.id} revision={savedRevision} framework={framework} />
    </section>
  );
}
