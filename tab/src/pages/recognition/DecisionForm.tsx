import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { RecognitionDecisionRequest, RecognitionView } from '../../api/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { decisionRequest, draftFrom, type DecisionDraft } from './decision-draft';
import { DecisionFields } from './DecisionFields';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem', minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The panel's decision on the proposal; what the API refuses stays in the form with its reason. */
export function DecisionForm({
  view,
  onRecord,
  onCancel,
}: {
  view: RecognitionView;
  onRecord: (body: Omit<RecognitionDecisionRequest, 'version'>) => Promise<void>;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const [draft, setDraft] = useState<DecisionDraft>(() =>
    draftFrom(view.proposal.level, view.proposal.levels, view.policy),
  );
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const record = async () => {
    setSending(true);
    setError(null);
    try {
      await onRecord(decisionRequest(draft));
    } catch (e) {
      setError(e);
    } finally {
      setSending(false);
    }
  };
  return (
    <form
      className={styles.form}
      aria-label="Record the decision"
      onSubmit={(event) => {
        event.preventDefault();
        void record();
      }}
    >
      <DecisionFields
        draft={draft}
        levels={view.proposal.levels}
        onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
        idPrefix="decision"
      />
      {error ? <ErrorMessage error={error} title="The decision was not recorded" /> : null}
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={sending}>
          Record the decision
        </Button>
        <Button onClick={onCancel} disabled={sending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
