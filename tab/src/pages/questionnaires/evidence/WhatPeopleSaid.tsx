import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { AUDIENCE_LABELS } from '../../../../../src/domain/labels';
import { percentText } from '../../../ui/percent-text';
import { useEvidenceFor } from './questionnaire-evidence';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'grid', gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * A compact "What people said" beside one standard: each questionnaire item that informs it, with how many
 * answered and the share positive. Shown only once the API gives figures (never under a run's minimum).
 */
export function WhatPeopleSaid({ standardCode }: { standardCode: string }) {
  const styles = useStyles();
  const items = useEvidenceFor(standardCode);
  if (items.length === 0) return null;
  const headingId = `what-people-said-${standardCode}`;
  return (
    <section className={styles.panel} aria-labelledby={headingId} data-testid={`what-people-said-${standardCode}`}>
      <Text as="h4" weight="semibold" id={headingId}>
        What people said
      </Text>
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={`${item.runId}:${item.itemCode}`}>
            <Text block>“{item.text}”</Text>
            <Text block size={200} className={styles.muted}>
              {AUDIENCE_LABELS[item.audience]}, {item.answered} answered
              {item.sharePositive === null
                ? ' in their own words'
                : `: ${percentText(item.sharePositive, 'none')} positive`}
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
