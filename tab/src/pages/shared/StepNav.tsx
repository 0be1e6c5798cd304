import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { RouteLink } from '../../app/RouteLink';
import type { Route } from '../../app/routes';

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
  detail: { color: tokens.colorNeutralForeground2 },
});

/** One step of a page's own navigation: where it goes, and a line under it (how much is rated, what it is for). */
export interface Step {
  readonly key: string;
  readonly label: string;
  readonly to: Route;
  readonly detail: string;
  readonly current: boolean;
}

/**
 * A page's steps in order, the current one marked for sight and for screen readers: the self-assessment's themes,
 * its evidence library and "check and submit", and the reviewer's themes, look and behave alike.
 */
export function StepNav({ label, steps }: { label: string; steps: readonly Step[] }) {
  const styles = useStyles();
  return (
    <nav aria-label={label}>
      <ol className={styles.list}>
        {steps.map((step) => (
          <li key={step.key} className={step.current ? `${styles.item} ${styles.current}` : styles.item}>
            <RouteLink to={step.to} aria-current={step.current ? 'page' : undefined}>
              {step.label}
            </RouteLink>
            <Text size={200} className={styles.detail}>
              {step.detail}
            </Text>
          </li>
        ))}
      </ol>
    </nav>
  );
}
