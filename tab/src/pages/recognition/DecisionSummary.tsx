import { makeStyles, tokens } from '@fluentui/react-components';
import { Fragment } from 'react';
import type { RecognitionDecision } from '../../api/types';
import { RECOGNITION_OUTCOME_LABELS } from '../../../../src/domain/labels';
import { formatDate } from '../../ui/dates';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8rem, max-content) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2, margin: 0 },
  value: { margin: 0, overflowWrap: 'anywhere' },
});

/** One decision's facts as a board would cite them: outcome, level, dates, validity, conditions and reasons. */
export function DecisionSummary({ decision }: { decision: RecognitionDecision }) {
  const styles = useStyles();
  const facts: [string, string][] = [
    ['Outcome', RECOGNITION_OUTCOME_LABELS[decision.outcome]],
    ...(decision.level ? ([['Level', decision.level]] as [string, string][]) : []),
    ['Decided on', formatDate(decision.decidedOn)],
    ...(decision.expiresOn ? ([['Valid until', formatDate(decision.expiresOn)]] as [string, string][]) : []),
    ...(decision.interimReviewOn
      ? ([['Interim review', formatDate(decision.interimReviewOn)]] as [string, string][])
      : []),
    ...(decision.conditions ? ([['Conditions', decision.conditions]] as [string, string][]) : []),
    ...(decision.conditionsDueBy
      ? ([['Conditions due by', formatDate(decision.conditionsDueBy)]] as [string, string][])
      : []),
    ['Reasons', decision.reasons],
    ['Proposed level', decision.proposedLevel],
    ...(decision.appealClosesOn ? ([['Appeal by', formatDate(decision.appealClosesOn)]] as [string, string][]) : []),
    ...(decision.onAppeal ? ([['Made on appeal', 'Yes: this decision is final']] as [string, string][]) : []),
  ];
  return (
    <dl className={styles.facts}>
      {facts.map(([term, value]) => (
        <Fragment key={term}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
