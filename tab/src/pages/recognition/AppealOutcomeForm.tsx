import { Button, Field, makeStyles, Radio, RadioGroup, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { AppealOutcomeRequest, AppealResult, RecognitionView } from '../../api/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { decisionRequest, draftFrom, type DecisionDraft } from './decision-draft';
import { DecisionFields } from './DecisionFields';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem', minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
});

/**
 * The panel's outcome of an appeal, with reasons: dismissed (the decision stands) or upheld, with the decision that
 * replaces the one appealed.
 */
export function AppealOutcomeForm({
  view,
  onRecord,
  onCancel,
}: {
  view: RecognitionView;
  onRecord: (body: Omit<AppealOutcomeRequest, 'version'>) => Promise<void>;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const [result, setResult] = useState<AppealResult>('dismissed');
  const [reasons, setReasons] = useState('');
  const [draft, setDraft] = useState<DecisionDraft>(() =>
    draftFrom(view.current?.level ?? view.proposal.level, view.proposal.levels, view.policy),
  );
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const send = async () => {
    setSending(true);
    setError(null);
    try {
      await onRecord({ result, reasons, ...(result === 'upheld' ? { decision: decisionRequest(draft) } : {}) });
    } catch (e) {
      setError(e);
    } finally {
      setSending(false);
    }
  };
  return (
    <form
      className={styles.form}
      aria-label="Record the appeal’s outcome"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <Field label="Outcome of the appeal">
        <RadioGroup value={result} onChange={(_, d) => setResult(d.value as AppealResult)}>
          <Radio value="dismissed" label="Dismissed: the decision stands" />
          <Radio value="upheld" label="Upheld: the decision is changed" />
        </RadioGroup>
      </Field>
      <Field label="Reasons for the outcome">
        <Textarea value={reasons} onChange={(_, d) => setReasons(d.value)} resize="vertical" />
      </Field>
      {result === 'upheld' ? (
        <fieldset className={styles.form}>
          <legend>
            <Text as="h3" weight="semibold" className={styles.heading}>
              The new decision
            </Text>
          </legend>
          <DecisionFields
            draft={draft}
            levels={view.proposal.levels}
            onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
            idPrefix="appeal-decision"
          />
        </fieldset>
      ) : null}
      {error ? <ErrorMessage error={error} title="The outcome was not recorded" /> : null}
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={sending}>
          Record the outcome
        </Button>
        <Button onClick={onCancel} disabled={sending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
