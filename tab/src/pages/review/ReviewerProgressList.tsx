import { Field, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import type { ReviewerProgress } from '../../api/types';
import { ROLE_LABELS } from '../../../../src/domain/labels';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(14rem, 100%), 1fr))',
    gap: tokens.spacingHorizontalL,
  },
});

/** How far each member of the team has got, as the API counts it: rated, and still to rate. */
export function ReviewerProgressList({ progress, myId }: { progress: readonly ReviewerProgress[]; myId: string }) {
  const styles = useStyles();
  if (progress.length === 0) return null;
  return (
    <section aria-labelledby="team-progress-title">
      <Text as="h2" size={400} weight="semibold" id="team-progress-title" block>
        The review team&apos;s progress
      </Text>
      <ul className={styles.list} aria-labelledby="team-progress-title">
        {progress.map((p) => {
          const total = p.rated + p.toRate;
          return (
            <li key={p.personId} data-testid={`progress-${p.personId}`}>
              <Field
                label={`${p.personId === myId ? 'You' : p.name} (${ROLE_LABELS[p.role]})`}
                hint={`${p.rated} rated, ${p.toRate} still to rate`}
              >
                <ProgressBar value={total === 0 ? 0 : p.rated / total} thickness="large" />
              </Field>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
