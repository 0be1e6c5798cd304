import { Checkbox, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { REPORT_ACTION_LABELS, REPORT_EVENT_LABELS } from '../../../../src/domain/labels';
import { messageOf } from '../../api/errors';
import type { ReportAction, ReportView } from '../../api/types';
import { useApp } from '../../app/app-context';
import { ActionNotice, type ActionResult } from '../../ui/ActionNotice';
import { PermittedButton } from '../../ui/PermittedButton';

const STEPS: readonly ReportAction[] = ['send_for_check', 'request_corrections', 'finalise', 'publish', 'withdraw'];

const useStyles = makeStyles({
  steps: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-start' },
});

/**
 * The steps of the report's life as buttons: each is the API's answer for this person now, disabled with its
 * reason when refused. Publishing waits for the person to confirm the public summary they were shown.
 */
export function ReportSteps({ view, onMoved }: { view: ReportView; onMoved: (next: ReportView) => void }) {
  const styles = useStyles();
  const { api } = useApp();
  const [note, setNote] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);
  const assessmentId = view.report.assessmentId ?? '';
  const move = async (action: ReportAction) => {
    setBusy(true);
    setResult(null);
    try {
      const next = await api.moveReport(assessmentId, {
        action,
        note,
        version: view.report.version,
        publicSummaryConfirmed: action === 'publish' ? confirmed : false,
      });
      setNote('');
      setConfirmed(false);
      onMoved(next);
      setResult({ intent: 'success', text: `${REPORT_EVENT_LABELS[action]}.` });
    } catch (e) {
      setResult({ intent: 'error', text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };
  const canPublish = view.transitions.publish.allowed;
  return (
    <div className={styles.steps}>
      <Field
        label="Note"
        hint="Say which facts are wrong when sending the report back, and why when withdrawing it. It is kept on the report's record."
      >
        <Textarea value={note} onChange={(_, d) => setNote(d.value)} resize="vertical" />
      </Field>
      {canPublish ? (
        <Checkbox
          checked={confirmed}
          onChange={(_, d) => setConfirmed(d.checked === true)}
          label="I have read the public summary below and it is what patients, carers and the public should see."
        />
      ) : null}
      <div className={styles.buttons}>
        {STEPS.map((action) => (
          <PermittedButton
            key={action}
            permission={view.transitions[action]}
            appearance={action === 'publish' ? 'primary' : 'secondary'}
            disabled={busy || (action === 'publish' && !confirmed)}
            onClick={() => void move(action)}
          >
            {REPORT_ACTION_LABELS[action]}
          </PermittedButton>
        ))}
      </div>
      <ActionNotice result={result} />
    </div>
  );
}
