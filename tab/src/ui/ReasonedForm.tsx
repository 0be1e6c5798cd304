import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';
import { NotSentProblems } from './NotSentProblems';
import { useResultFocus } from './use-result-focus';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem', minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  outcome: { outlineStyle: 'none' },
});

/**
 * A form that records something with its reasons: the fields (children), then what stops it, then the buttons.
 * `problems` are the rules the API also applies (from src/domain): when any fail, every one is shown at once and
 * nothing is sent; when the API still refuses, its reason shows in the same place. Either takes the focus.
 */
export function ReasonedForm({
  label,
  submitLabel,
  notSentTitle,
  problems,
  onSubmit,
  onCancel,
  actions,
  submitDisabled = false,
  children,
}: {
  label: string;
  submitLabel: string;
  /** Heading of what stops the form: "The appeal was not sent". */
  notSentTitle: string;
  problems: () => readonly string[];
  onSubmit: () => Promise<void>;
  onCancel: () => void;
  /** More buttons, before the submit button ("Add another ask"). */
  actions?: ReactNode;
  /** When there is nothing to send yet. */
  submitDisabled?: boolean;
  children: ReactNode;
}) {
  const styles = useStyles();
  const [sending, setSending] = useState(false);
  const [found, setFound] = useState<readonly string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const { ref, focusResult } = useResultFocus<HTMLDivElement>();
  const submit = async () => {
    const now = problems();
    setFound(now);
    setError(null);
    if (now.length > 0) {
      focusResult();
      return;
    }
    setSending(true);
    try {
      await onSubmit();
    } catch (e) {
      setError(e);
      focusResult();
    } finally {
      setSending(false);
    }
  };
  return (
    <form
      className={styles.form}
      aria-label={label}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {children}
      <div ref={ref} tabIndex={-1} className={styles.outcome} data-testid="form-outcome">
        <NotSentProblems title={notSentTitle} problems={found} />
        {error ? <ErrorMessage error={error} title={notSentTitle} /> : null}
      </div>
      <div className={styles.row}>
        {actions}
        <Button appearance="primary" type="submit" disabled={sending || submitDisabled}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel} disabled={sending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
