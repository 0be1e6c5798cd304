import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { SaveStatus } from './autosave-drafts';

/** What the summary reads of each entry: its state, and whether this visit saved it. */
type SaveState = { readonly status: SaveStatus; readonly savedAt: string | null };

const useStyles = makeStyles({
  summary: { display: 'block', minHeight: '1.5em', color: tokens.colorNeutralForeground2 },
});

export function summariseSaves(entries: ReadonlyMap<string, SaveState>): string {
  const count = (status: SaveStatus) => [...entries.values()].filter((e) => e.status === status).length;
  const plural = (n: number, one: string, many: string) => (n === 1 ? one : many.replace('{n}', String(n)));
  const conflicts = count('conflict');
  const waiting = count('waiting');
  const rejected = count('rejected');
  if (conflicts > 0) {
    return plural(
      conflicts,
      'One standard needs you to choose between two versions.',
      '{n} standards need you to choose between two versions.',
    );
  }
  if (waiting > 0) {
    return plural(
      waiting,
      'One change is waiting to be saved: it is kept on this device until the service answers.',
      '{n} changes are waiting to be saved: they are kept on this device until the service answers.',
    );
  }
  if (rejected > 0)
    return plural(
      rejected,
      'One change could not be saved: see the standard.',
      '{n} changes could not be saved: see the standards.',
    );
  if (count('saving') + count('unsaved') > 0) return 'Saving…';
  return [...entries.values()].some((e) => e.savedAt !== null) ? 'All changes saved.' : '';
}

/** The page's save state, announced politely to screen readers as it changes. */
export function SaveSummary({ entries }: { entries: ReadonlyMap<string, SaveState> }) {
  const styles = useStyles();
  return (
    <Text role="status" aria-live="polite" className={styles.summary} data-testid="save-summary">
      {summariseSaves(entries)}
    </Text>
  );
}
