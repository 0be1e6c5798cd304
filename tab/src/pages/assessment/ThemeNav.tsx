import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { RouteLink } from '../../app/RouteLink';
import type { AssessmentView } from '../../app/routes';
import type { Theme } from '../../api/types';

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
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThicker} solid transparent`,
  },
  current: { borderLeftColor: tokens.colorBrandStroke1, backgroundColor: tokens.colorNeutralBackground1 },
  count: { color: tokens.colorNeutralForeground2 },
});

export interface ThemeProgress {
  readonly theme: Theme;
  readonly rated: number;
  readonly total: number;
}

/** The themes in order, each with how much is rated, and the "check and submit" step last. */
export function ThemeNav({
  assessmentId,
  themes,
  currentTheme,
  view,
}: {
  assessmentId: string;
  themes: readonly ThemeProgress[];
  currentTheme: string | undefined;
  view: AssessmentView | undefined;
}) {
  const styles = useStyles();
  const onSubmitStep = view === 'submit';
  return (
    <nav aria-label="Themes">
      <ol className={styles.list}>
        {themes.map(({ theme, rated, total }) => {
          const current = view === undefined && theme.code === currentTheme;
          return (
            <li key={theme.code} className={current ? `${styles.item} ${styles.current}` : styles.item}>
              <RouteLink
                to={{ page: 'assessment', assessmentId, themeCode: theme.code }}
                aria-current={current ? 'page' : undefined}
              >
                {theme.code}. {theme.title}
              </RouteLink>
              <Text size={200} className={styles.count}>
                {rated} of {total} rated
              </Text>
            </li>
          );
        })}
        <li className={view === 'evidence' ? `${styles.item} ${styles.current}` : styles.item}>
          <RouteLink
            to={{ page: 'assessment', assessmentId, view: 'evidence' }}
            aria-current={view === 'evidence' ? 'page' : undefined}
          >
            Evidence library
          </RouteLink>
          <Text size={200} className={styles.count}>
            Every file, and the standards it supports
          </Text>
        </li>
        <li className={onSubmitStep ? `${styles.item} ${styles.current}` : styles.item}>
          <RouteLink
            to={{ page: 'assessment', assessmentId, view: 'submit' }}
            aria-current={onSubmitStep ? 'page' : undefined}
          >
            Check and submit
          </RouteLink>
          <Text size={200} className={styles.count}>
            What is missing, and your recognition level
          </Text>
        </li>
      </ol>
    </nav>
  );
}
