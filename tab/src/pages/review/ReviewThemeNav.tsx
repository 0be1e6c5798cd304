import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { RouteLink } from '../../app/RouteLink';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThicker} solid transparent`,
  },
  current: { borderLeftColor: tokens.colorBrandStroke1, backgroundColor: tokens.colorNeutralBackground1 },
  count: { color: tokens.colorNeutralForeground2 },
});

export interface ReviewThemeProgress {
  readonly code: string;
  readonly title: string;
  readonly rated: number;
  readonly total: number;
}

/** The themes in order, each with how many standards this reviewer has rated, as the self-assessment shows them. */
export function ReviewThemeNav({
  assessmentId,
  themes,
  currentTheme,
}: {
  assessmentId: string;
  themes: readonly ReviewThemeProgress[];
  currentTheme: string | undefined;
}) {
  const styles = useStyles();
  return (
    <nav aria-label="Themes">
      <ol className={styles.list}>
        {themes.map(({ code, title, rated, total }) => {
          const current = code === currentTheme;
          return (
            <li key={code} className={current ? `${styles.item} ${styles.current}` : styles.item}>
              <RouteLink
                to={{ page: 'review', assessmentId, themeCode: code }}
                aria-current={current ? 'page' : undefined}
              >
                {code}. {title}
              </RouteLink>
              <Text size={200} className={styles.count}>
                You have rated {rated} of {total}
              </Text>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
