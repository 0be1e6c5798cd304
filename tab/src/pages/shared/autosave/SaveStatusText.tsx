import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { formatTime } from '../../../ui/dates';
import type { AutosaveEntry, SavedRecord } from './autosave-drafts';

type Entry = AutosaveEntry<SavedRecord, unknown>;

const useStyles = makeStyles({
  text: { color: tokens.colorNeutralForeground2 },
  attention: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function saveStatusText(entry: Entry): string {
  switch (entry.status) {
    case 'saved':
      if (entry.savedAt) return `Saved ${formatTime(entry.savedAt)}`;
      return entry.server.updatedAt ? `Last saved ${formatTime(entry.server.updatedAt)}` : 'Nothing saved yet';
    case 'unsaved':
      return 'Changes not saved yet: saving when you pause';
    case 'saving':
      return 'Saving…';
    case 'waiting':
      return 'Not saved yet: the service cannot be reached. Your changes are kept on this device and retried.';
    case 'conflict':
      return 'Someone else saved this too: choose which version to keep';
    case 'rejected':
      return `Not saved: ${entry.problem?.message ?? 'the service refused the change.'}`;
  }
}

/** The visible save state of one standard (the page-level summary is the live region). */
export function SaveStatusText({ entry, id }: { entry: Entry; id: string }) {
  const styles = useStyles();
  const attention = entry.status === 'waiting' || entry.status === 'conflict' || entry.status === 'rejected';
  return (
    <Text id={id} size={200} className={attention ? styles.attention : styles.text} data-save-status={entry.status}>
      {saveStatusText(entry)}
    </Text>
  );
}
