import { Button, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { InformationRequestItem, Permission } from '../../../api/types';
import { ErrorMessage } from '../../../ui/ErrorMessage';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  answer: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * The service's answer to one ask. The text stays in the box until the API has saved it, so a failed save loses
 * nothing; once saved, the answer shows and can be changed until the assessment is handed back.
 */
export function InformationAnswerForm({
  item,
  permission,
  onAnswer,
}: {
  readonly item: InformationRequestItem;
  readonly permission: Permission;
  readonly onAnswer: (text: string) => Promise<void>;
}) {
  const styles = useStyles();
  const [text, setText] = useState(item.answer?.text ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const label = `Your answer to: ${item.text}`;

  if (!permission.allowed) {
    return item.answer ? (
      <p className={styles.answer}>Your answer: {item.answer.text}</p>
    ) : (
      <Text className={styles.muted}>No answer yet. {permission.reason}</Text>
    );
  }
  const unchanged = item.answer !== null && item.answer.text === text.trim();
  return (
    <form
      className={styles.form}
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        setSaving(true);
        setError(null);
        onAnswer(text)
          .catch((e: unknown) => setError(e))
          .finally(() => setSaving(false));
      }}
    >
      <Field label={label} hint="What you have done or found. Add evidence to the standard as usual.">
        <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" />
      </Field>
      {error ? <ErrorMessage error={error} title="Your answer was not saved" /> : null}
      <div>
        <Button type="submit" disabled={saving || text.trim() === '' || unchanged}>
          {saving ? 'Saving…' : item.answer ? 'Save changes' : 'Save answer'}
        </Button>
      </div>
      {unchanged ? <Text className={styles.muted}>Answer saved.</Text> : null}
    </form>
  );
}
