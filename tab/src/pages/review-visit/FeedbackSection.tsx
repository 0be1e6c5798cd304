import { Button, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { FEEDBACK_SECTION_TITLES } from '../../../../src/domain/visit-feedback';
import { messageOf } from '../../api/errors';
import type { VisitDay, VisitView } from '../../api/types';
import { useApp } from '../../app/app-context';
import { ActionNotice, type ActionResult } from '../../ui/ActionNotice';
import { formatDate, formatTime } from '../../ui/dates';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'stretch' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

type Sections = NonNullable<VisitView['feedback']>['sections'];
const ORDER = ['goodPractice', 'areasForImprovement', 'immediateConcerns', 'fromTheDay'] as const;

/**
 * The preliminary feedback for the end of the day: drafted from the findings and notes, edited by the lead
 * reviewer, and shared with the service only when the lead confirms.
 */
export function FeedbackSection({ view, onSaved }: { view: VisitView; onSaved: (day: VisitDay) => void }) {
  const styles = useStyles();
  const { api } = useApp();
  const feedback = view.feedback;
  const [sections, setSections] = useState<Sections | null>(feedback?.sections ?? null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ActionResult | null>(null);
  if (!feedback || !sections) return null;
  const editable = view.allowed.edit_feedback.allowed;
  const save = async (share: boolean) => {
    setBusy(true);
    setMessage(null);
    try {
      const day = await api.saveVisitFeedback(view.assessmentId, { sections, share, version: view.version });
      onSaved(day);
      setConfirming(false);
      setMessage({
        intent: 'success',
        text: share ? 'Shared with the service. Its leads see it with their assessment.' : 'Feedback saved.',
      });
    } catch (e) {
      setMessage({ intent: 'error', text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.section}>
      <Text>
        {feedback.sharedAt
          ? `Shared with the service on ${formatDate(feedback.sharedAt.slice(0, 10))} at ${formatTime(feedback.sharedAt)}. Changes you save are shared at once.`
          : feedback.generated
            ? 'A first draft from the findings and the notes. Only the review team sees it until the lead reviewer shares it.'
            : 'Only the review team sees this until the lead reviewer shares it with the service.'}
      </Text>
      {ORDER.map((key) =>
        editable ? (
          <Field key={key} label={FEEDBACK_SECTION_TITLES[key]}>
            <Textarea
              resize="vertical"
              rows={5}
              value={sections[key]}
              onChange={(_, d) => setSections({ ...sections, [key]: d.value })}
            />
          </Field>
        ) : (
          <div key={key}>
            <Text as="h3" weight="semibold" block>
              {FEEDBACK_SECTION_TITLES[key]}
            </Text>
            <Text className={styles.text}>{sections[key]}</Text>
          </div>
        ),
      )}
      {editable ? (
        <div className={styles.actions}>
          <Button onClick={() => void save(false)} disabled={busy}>
            Save the feedback
          </Button>
          {feedback.sharedAt ? null : confirming ? (
            <>
              <Text>The service&apos;s leads will see this feedback. Share it now?</Text>
              <Button appearance="primary" onClick={() => void save(true)} disabled={busy}>
                Yes, share with the service
              </Button>
              <Button onClick={() => setConfirming(false)}>Not yet</Button>
            </>
          ) : (
            <Button appearance="primary" onClick={() => setConfirming(true)} disabled={busy}>
              Share with the service…
            </Button>
          )}
        </div>
      ) : (
        <Text>{view.allowed.edit_feedback.allowed ? '' : view.allowed.edit_feedback.reason}</Text>
      )}
      <ActionNotice result={message} />
    </div>
  );
}
