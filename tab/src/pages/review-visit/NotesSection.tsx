import { Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import type { Permission, ThemeNotesView } from '../../api/types';
import type { NoteState } from './use-visit-notes';
import { useVisitNotes } from './use-visit-notes';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: 0, margin: 0 },
  theme: { listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  others: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  status: { color: tokens.colorNeutralForeground2 },
  wrap: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
});

function statusText(note: NoteState): string {
  switch (note.status) {
    case 'saved':
      return note.version > 0 ? 'Saved.' : '';
    case 'saving':
      return 'Saving…';
    case 'kept':
      return 'Kept on this device; it is saved when the connection allows.';
    case 'failed':
      return `Not saved: ${note.error ?? 'try again.'}`;
  }
}

/** Each member's own notes per theme, autosaved and kept on the device offline; the team's notes beside them. */
export function NotesSection({
  assessmentId,
  themes,
  permission,
}: {
  assessmentId: string;
  themes: readonly ThemeNotesView[];
  permission: Permission;
}) {
  const styles = useStyles();
  const { notes, change } = useVisitNotes(assessmentId, themes);
  return (
    <ul className={styles.list}>
      {themes.map((t) => {
        const note = notes[t.themeCode];
        return (
          <li key={t.themeCode} className={styles.theme}>
            <Text as="h3" weight="semibold">
              {t.themeCode}. {t.title}
            </Text>
            {permission.allowed && note ? (
              <Field label={`Your notes on theme ${t.themeCode}`} hint={statusText(note)}>
                <Textarea
                  resize="vertical"
                  rows={4}
                  value={note.text}
                  onChange={(_, d) => change(t.themeCode, d.value)}
                />
              </Field>
            ) : null}
            {t.others.length > 0 ? (
              <ul className={styles.others} aria-label={`The team's notes on theme ${t.themeCode}`}>
                {t.others.map((o) => (
                  <li key={o.personId} className={styles.wrap}>
                    <Text weight="semibold">{o.name}: </Text>
                    <Text>{o.text}</Text>
                  </li>
                ))}
              </ul>
            ) : (
              <Text className={styles.status}>Nobody else on the team has written about this theme yet.</Text>
            )}
          </li>
        );
      })}
    </ul>
  );
}
