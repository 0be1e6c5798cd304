import { makeStyles, tokens } from '@fluentui/react-components';
import type { ThemeReviewAgreement } from '../../api/types';

const useStyles = makeStyles({
  words: { margin: 0, maxWidth: '60rem' },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** A theme's agreement in the API's words: self vs peer reviewers, and self vs the agreed ratings. */
export function AgreementSummary({ agreement }: { readonly agreement: ThemeReviewAgreement }) {
  const styles = useStyles();
  return (
    <div className={styles.block} data-testid={`agreement-theme-${agreement.themeCode}`}>
      <p className={styles.words}>{agreement.selfVsPeer.words}</p>
      <p className={styles.words}>{agreement.selfVsAgreed.words}</p>
    </div>
  );
}
