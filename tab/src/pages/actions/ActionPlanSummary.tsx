import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ActionPlan, ActionStatus } from '../../api/types';
import { ACTION_STATUS_LABELS } from '../../../../src/domain/labels';
import { OverdueBadge } from './OverdueBadge';

const useStyles = makeStyles({
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, margin: 0, padding: 0 },
  count: { listStyleType: 'none' },
  heading: { margin: 0 },
});

/** The plan as a whole: how many actions in each status, how many overdue, and what waits for a decision. */
export function ActionPlanSummary({ plan }: { readonly plan: ActionPlan }) {
  const styles = useStyles();
  const byStatus = new Map<ActionStatus, number>();
  for (const a of plan.actions) byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1);
  const proposed = byStatus.get('proposed') ?? 0;
  return (
    <section className={styles.summary} aria-labelledby="plan-summary">
      <Text as="h2" size={500} weight="semibold" id="plan-summary" className={styles.heading}>
        The plan as a whole
      </Text>
      {plan.actions.length === 0 ? (
        <Text>No actions yet.</Text>
      ) : (
        <ul className={styles.counts} aria-label="Actions by status">
          {[...byStatus.entries()].map(([status, count]) => (
            <li key={status} className={styles.count}>
              <Text>
                {ACTION_STATUS_LABELS[status]}: <Text weight="semibold">{count}</Text>
              </Text>
            </li>
          ))}
        </ul>
      )}
      {plan.overdueCount > 0 ? (
        <Text>
          <OverdueBadge />{' '}
          {plan.overdueCount === 1 ? '1 action is overdue' : `${plan.overdueCount} actions are overdue`}: they are shown
          first in each theme.
        </Text>
      ) : null}
      {proposed > 0 ? (
        <Text>
          {proposed === 1 ? '1 action was' : `${proposed} actions were`} proposed from the review's findings: accept
          each into the plan, or defer or cancel it.
        </Text>
      ) : null}
    </section>
  );
}
