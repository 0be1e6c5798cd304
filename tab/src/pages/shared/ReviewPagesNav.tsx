import { makeStyles, tokens } from '@fluentui/react-components';
import { RouteLink } from '../../app/RouteLink';
import type { Permission } from '../../api/types';

type ReviewPage = 'review' | 'review-visit' | 'review-agreement' | 'report';

const PAGES: readonly { readonly page: ReviewPage; readonly label: string }[] = [
  { page: 'review', label: 'Ratings and findings' },
  { page: 'review-visit', label: 'Visit day' },
  { page: 'review-agreement', label: 'Agree the review' },
];

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  current: { fontWeight: tokens.fontWeightSemibold, textDecorationLine: 'underline', textDecorationThickness: '2px' },
});

/**
 * The three pages of one peer review, linked from each other: who may do what on each is the API's answer there,
 * so every member of the team (and the network admin) sees the same three links. Once the review is agreed, the
 * action plan joins them for those the API lets read it.
 */
export function ReviewPagesNav({
  assessmentId,
  current,
  report,
  actionPlan,
  recognition,
}: {
  assessmentId: string;
  current: ReviewPage;
  /** Whether the API lets the person read the report: linked only then (and always shown on the report itself). */
  report?: Permission;
  actionPlan?: Permission;
  /** Whether the API lets the person read the recognition decision: linked only then. */
  recognition?: Permission;
}) {
  const styles = useStyles();
  return (
    <nav aria-label="This review">
      <ul className={styles.list}>
        {PAGES.map(({ page, label }) => (
          <li key={page}>
            <RouteLink
              to={{ page, assessmentId }}
              className={page === current ? styles.current : undefined}
              aria-current={page === current ? 'page' : undefined}
            >
              {label}
            </RouteLink>
          </li>
        ))}
        {report?.allowed || current === 'report' ? (
          <li>
            <RouteLink
              to={{ page: 'report', assessmentId }}
              className={current === 'report' ? styles.current : undefined}
              aria-current={current === 'report' ? 'page' : undefined}
            >
              The report
            </RouteLink>
          </li>
        ) : null}
        {actionPlan?.allowed ? (
          <li>
            <RouteLink to={{ page: 'actions', assessmentId }}>Action plan</RouteLink>
          </li>
        ) : null}
        {recognition?.allowed ? (
          <li>
            <RouteLink to={{ page: 'recognition', assessmentId }}>Recognition decision</RouteLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
