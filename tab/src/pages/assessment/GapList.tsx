import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { forwardRef } from 'react';
import { RouteLink } from '../../app/RouteLink';
import { GAP_LABELS, type Gap } from './submission-check';

const useStyles = makeStyles({
  heading: { margin: 0, outlineStyle: 'none' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalXS },
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** What still needs doing before the self-assessment can be submitted, each item a link to its standard. */
export const GapList = forwardRef<HTMLHeadingElement, { assessmentId: string; gaps: readonly Gap[] }>(function GapList(
  { assessmentId, gaps },
  ref,
) {
  const styles = useStyles();
  if (gaps.length === 0) {
    return (
      <div className={styles.box}>
        <Text block as="h3" size={500} weight="semibold" className={styles.heading} ref={ref} tabIndex={-1}>
          Nothing is missing
        </Text>
        <MessageBar intent="success">
          <MessageBarBody>Every standard has a rating, and every "not applicable" has a reason.</MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  return (
    <div className={styles.box} data-testid="gaps">
      <Text block as="h3" size={500} weight="semibold" className={styles.heading} ref={ref} tabIndex={-1}>
        {gaps.length === 1 ? 'One standard still needs attention' : `${gaps.length} standards still need attention`}
      </Text>
      <ul className={styles.list}>
        {gaps.map((gap) => (
          <li key={gap.standardCode}>
            <RouteLink
              to={{ page: 'assessment', assessmentId, standardCode: gap.standardCode, themeCode: gap.themeCode }}
            >
              {gap.standardCode} {gap.title}
            </RouteLink>
            : {GAP_LABELS[gap.problem]}
          </li>
        ))}
      </ul>
    </div>
  );
});
