import { Button, Field, makeStyles, Select, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ReturnForInformationRequest, StandardReviewLine } from '../../api/types';
import { ErrorMessage } from '../../ui/ErrorMessage';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem' },
  ask: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface Ask {
  readonly text: string;
  readonly standardCode: string;
}

const EMPTY: Ask = { text: '', standardCode: '' };

/**
 * What the team asks the service for, one thing per ask, each optionally about a standard. The asks stay in the
 * form until the API has accepted them.
 */
export function ReturnForm({
  standards,
  onSend,
  onCancel,
}: {
  readonly standards: readonly StandardReviewLine[];
  readonly onSend: (body: Omit<ReturnForInformationRequest, 'version'>) => Promise<void>;
  readonly onCancel: () => void;
}) {
  const styles = useStyles();
  const [message, setMessage] = useState('');
  const [asks, setAsks] = useState<readonly Ask[]>([EMPTY]);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const change = (index: number, patch: Partial<Ask>) =>
    setAsks((all) => all.map((a, i) => (i === index ? { ...a, ...patch } : a)));

  const send = async () => {
    setSending(true);
    setError(null);
    try {
      await onSend({
        message,
        items: asks
          .filter((a) => a.text.trim() !== '')
          .map((a) => ({ text: a.text, standardCode: a.standardCode === '' ? null : a.standardCode })),
      });
    } catch (e) {
      setError(e);
    } finally {
      setSending(false);
    }
  };

  return (
    <form
      className={styles.form}
      aria-label="Return for information"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <Text>
        The assessment goes back to the service with your asks. The service answers each one and hands it back.
      </Text>
      <Field label="Introduction (optional)">
        <Textarea value={message} onChange={(_, d) => setMessage(d.value)} resize="vertical" />
      </Field>
      {asks.map((ask, index) => (
        <div key={index} className={styles.ask}>
          <Field label={`Ask ${index + 1}`} hint="One thing the team needs to see or know.">
            <Textarea value={ask.text} onChange={(_, d) => change(index, { text: d.value })} resize="vertical" />
          </Field>
          <Field label={`Standard for ask ${index + 1} (optional)`}>
            <Select value={ask.standardCode} onChange={(_, d) => change(index, { standardCode: d.value })}>
              <option value="">Not about one standard</option>
              {standards.map((s) => (
                <option key={s.standardCode} value={s.standardCode}>
                  {s.standardCode} {s.title}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      ))}
      {error ? <ErrorMessage error={error} title="The assessment was not returned" /> : null}
      <div className={styles.row}>
        <Button onClick={() => setAsks((all) => [...all, EMPTY])}>Add another ask</Button>
        <Button type="submit" appearance="primary" disabled={sending || asks.every((a) => a.text.trim() === '')}>
          {sending ? 'Returning…' : 'Return to the service'}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
