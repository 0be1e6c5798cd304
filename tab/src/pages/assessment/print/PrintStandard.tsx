import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Standard, StandardResponse } from '../../../api/types';
import { NOT_RATED_LABEL, RATING_LABELS, STANDARD_TYPE_LABELS } from '../../../../../src/domain/labels';

const useStyles = makeStyles({
  standard: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // A standard stays on one sheet where it fits.
    '@media print': { breakInside: 'avoid' },
  },
  title: { margin: 0 },
  text: { margin: 0 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(7rem, max-content) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  files: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** One standard on paper: what it asks, and the service's saved rating, notes and evidence names. */
export function PrintStandard({
  standard,
  response,
  evidenceNames,
}: {
  standard: Standard;
  response: StandardResponse;
  evidenceNames: readonly string[];
}) {
  const styles = useStyles();
  return (
    <article className={styles.standard} aria-labelledby={`print-standard-${standard.code}`}>
      <Text block as="h3" size={400} weight="semibold" id={`print-standard-${standard.code}`} className={styles.title}>
        {standard.code} {standard.title} ({STANDARD_TYPE_LABELS[standard.type]})
      </Text>
      <Text block as="p" className={styles.text}>
        {standard.text}
      </Text>
      <dl className={styles.facts}>
        <dt className={styles.term}>Rating</dt>
        <dd className={styles.value}>{response.rating ? RATING_LABELS[response.rating] : NOT_RATED_LABEL}</dd>
        {response.rating === 'not_applicable' ? (
          <>
            <dt className={styles.term}>Why it does not apply</dt>
            <dd className={styles.value}>{response.naReason || 'No reason given yet.'}</dd>
          </>
        ) : null}
        <dt className={styles.term}>Notes</dt>
        <dd className={styles.value}>{response.narrative || 'No notes yet.'}</dd>
        <dt className={styles.term}>Evidence</dt>
        <dd className={styles.value}>
          {evidenceNames.length === 0 ? (
            'None linked.'
          ) : (
            <ul className={styles.files}>
              {evidenceNames.map((name, i) => (
                <li key={`${i}-${name}`}>{name}</li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </article>
  );
}
