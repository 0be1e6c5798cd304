import { Button, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ActionView } from '../../api/types';
import { formatDate } from '../../ui/dates';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PermittedButton } from '../../ui/PermittedButton';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'grid', gap: tokens.spacingVerticalXS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  text: { width: '100%' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** An action's progress notes, oldest first, and a form to add one (for those who may work on the action). */
export function ProgressNotes({
  action,
  names,
  onAdd,
}: {
  readonly action: ActionView;
  /** Display names by person id, for who wrote each note. */
  readonly names: ReadonlyMap<string, string>;
  readonly onAdd: (text: string) => Promise<void>;
}) {
  const styles = useStyles();
  const [writing, setWriting] = useState(false);
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await onAdd(text);
      setText('');
      setWriting(false);
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className={styles.form}>
      {action.progressNotes.length === 0 ? (
        <Text>No progress notes yet.</Text>
      ) : (
        <ul className={styles.list} aria-label={`Progress notes on ${action.title}`}>
          {action.progressNotes.map((note) => (
            <li key={`${note.at}-${note.by}`}>
              <Text weight="semibold">
                {formatDate(note.at.slice(0, 10))}, {names.get(note.by) ?? note.by}:
              </Text>{' '}
              <Text>{note.text}</Text>
            </li>
          ))}
        </ul>
      )}
      {writing ? (
        <>
          <Field label="Progress note" className={styles.text}>
            <Textarea value={text} resize="vertical" onChange={(_, d) => setText(d.value)} />
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={saving || text.trim() === ''} onClick={() => void save()}>
              {saving ? 'Saving…' : 'Save the note'}
            </Button>
            <Button onClick={() => setWriting(false)}>Cancel</Button>
          </div>
        </>
      ) : (
        <PermittedButton permission={action.allowed.edit} onClick={() => setWriting(true)}>
          Add a progress note
        </PermittedButton>
      )}
      {error ? <ErrorMessage error={error} title="The note was not saved" /> : null}
    </div>
  );
}
