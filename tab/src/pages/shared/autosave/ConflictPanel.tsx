import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components';
import { formatTime } from '../../../ui/dates';
import type { ConflictChoice } from './autosave-drafts';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  versions: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(16rem, 100%), 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  version: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: { margin: `0 0 ${tokens.spacingVerticalS}` },
  value: { whiteSpace: 'pre-wrap', margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** One version as the person reads it: each field's name and its value in words. */
export type VersionRows = readonly { readonly label: string; readonly value: string }[];

function VersionView({ title, rows }: { title: string; rows: VersionRows }) {
  const styles = useStyles();
  return (
    <div className={styles.version}>
      <Text block as="h4" weight="semibold" className={styles.heading}>
        {title}
      </Text>
      <dl>
        {rows.map(({ label, value }) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              <p className={styles.value}>{value}</p>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function choiceLabel(choice: ConflictChoice, byMe: boolean): string {
  if (choice === 'mine') return byMe ? 'Keep this version' : 'Keep my version';
  if (choice === 'theirs') return byMe ? 'Keep the saved version' : 'Keep their version';
  return 'Combine both and edit';
}

/** The primary choice first, the others in their usual order. */
function choicesInOrder(primary: ConflictChoice): ConflictChoice[] {
  const usual: ConflictChoice[] = ['mine', 'theirs', 'combine'];
  return [primary, ...usual.filter((choice) => choice !== primary)];
}

/** Someone else saved first: both versions side by side, and the person chooses. Nothing is lost before that. */
export function ConflictPanel({
  code,
  mine,
  theirs,
  theirUpdatedAt,
  theirName,
  onChoose,
  primary = 'mine',
}: {
  code: string;
  mine: VersionRows;
  theirs: VersionRows;
  theirUpdatedAt: string | null | undefined;
  theirName: string;
  onChoose: (choice: ConflictChoice) => void;
  /** The choice shown first and emphasised: never one that would discard the other person's words. */
  primary?: ConflictChoice;
}) {
  const styles = useStyles();
  const when = theirUpdatedAt ? ` on ${formatTime(theirUpdatedAt)}` : '';
  const byMe = theirName === 'you';
  const title = byMe
    ? 'You saved this standard in another window or device while working on it here'
    : `${theirName} saved this standard while you were working on it`;
  return (
    <section className={styles.panel} aria-label={`Two versions of standard ${code}`} data-testid={`conflict-${code}`}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          Both versions are kept below. Choose which to keep, or combine them and edit the result.
        </MessageBarBody>
      </MessageBar>
      <div className={styles.versions}>
        <VersionView title={byMe ? 'This window (not saved)' : 'Your version (not saved)'} rows={mine} />
        <VersionView title={`${byMe ? 'Saved elsewhere by you' : `Saved by ${theirName}`}${when}`} rows={theirs} />
      </div>
      <div className={styles.actions}>
        {choicesInOrder(primary).map((choice) => (
          <Button
            key={choice}
            appearance={choice === primary ? 'primary' : 'secondary'}
            onClick={() => onChoose(choice)}
          >
            {choiceLabel(choice, byMe)}
          </Button>
        ))}
      </div>
    </section>
  );
}
