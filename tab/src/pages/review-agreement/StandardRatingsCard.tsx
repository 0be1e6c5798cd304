import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { AgreedRating, Permission, Rating, ReviewerOpinionView, StandardReviewLine } from '../../api/types';
import { NOT_RATED_LABEL, RATING_LABELS } from '../../../../src/domain/labels';
import { AgreedRatingForm } from './AgreedRatingForm';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    minWidth: 0,
  },
  title: { margin: 0 },
  // Side by side where there is room, one under another on a phone: nothing scrolls sideways at 320 px.
  views: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
  },
  view: { margin: 0, minWidth: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground2 },
});

function ratingText(rating: Rating | null): string {
  return rating ? RATING_LABELS[rating] : NOT_RATED_LABEL;
}

function Opinions({ who, opinions }: { who: string; opinions: readonly ReviewerOpinionView[] }) {
  const styles = useStyles();
  return (
    <div className={styles.view}>
      <dt className={styles.term}>{who}</dt>
      <dd className={styles.detail}>
        {opinions.length === 0 ? (
          <span className={styles.muted}>No ratings yet.</span>
        ) : (
          <ul className={styles.list}>
            {opinions.map((o) => (
              <li key={o.reviewerId}>
                {o.name}: <strong>{RATING_LABELS[o.rating]}</strong>
                {o.comment ? `. ${o.comment}` : ''}
              </li>
            ))}
          </ul>
        )}
      </dd>
    </div>
  );
}

/** One standard: the self rating, each reviewer's and each expert by experience's, and the agreed rating. */
export function StandardRatingsCard({
  line,
  permission,
  onSave,
}: {
  readonly line: StandardReviewLine;
  readonly permission: Permission;
  readonly onSave: (rating: Rating, rationale: string, version: number) => Promise<AgreedRating>;
}) {
  const styles = useStyles();
  const self = line.self;
  return (
    <li className={styles.card} data-testid={`agreement-${line.standardCode}`}>
      <Text as="h3" size={400} weight="semibold" className={styles.title}>
        {line.standardCode} {line.title}
      </Text>
      <div role="group" aria-label={`Ratings of ${line.standardCode} side by side`}>
        <dl className={styles.views}>
          <div className={styles.view}>
            <dt className={styles.term}>Self-assessment</dt>
            <dd className={styles.detail}>
              <strong>{ratingText(self.rating)}</strong>
              {self.naReason ? `. ${self.naReason}` : ''}
              {self.narrative ? `. ${self.narrative}` : ''}
            </dd>
          </div>
          <Opinions who="Peer reviewers" opinions={line.peer} />
          <Opinions who="Experts by experience" opinions={line.expertByExperience} />
        </dl>
      </div>
      <AgreedRatingForm standardCode={line.standardCode} agreed={line.agreed} permission={permission} onSave={onSave} />
    </li>
  );
}
