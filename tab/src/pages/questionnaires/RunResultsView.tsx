import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { AUDIENCE_LABELS } from '../../../../src/domain/labels';
import type { ItemResult, RunResults } from '../../api/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { percentText } from '../../ui/percent-text';
import { TableRegion } from '../../ui/TableRegion';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalL },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  muted: { color: tokens.colorNeutralForeground2 },
  standards: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** "Fewer than 5 answers: nothing shown yet." The one sentence for results held back. */
export function notShownYet(minimum: number): string {
  return `Fewer than ${minimum} answers: nothing shown yet.`;
}

function ItemFigures({ item, minimum }: { item: ItemResult; minimum: number }) {
  const styles = useStyles();
  if (item.answered === null) return <Text className={styles.muted}>{notShownYet(minimum)}</Text>;
  if (item.distribution === null) {
    return <Text>{item.answered} people wrote in their own words (read them below).</Text>;
  }
  return (
    <>
      <Text>
        {item.answered} answered · share positive <strong>{percentText(item.sharePositive, 'none')}</strong>
      </Text>
      <TableRegion label={`Answers to ${item.code}`}>
        <Table size="small" aria-label={`Answers to ${item.code}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Answer</TableHeaderCell>
              <TableHeaderCell>People</TableHeaderCell>
              <TableHeaderCell>Share</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {item.distribution.map((d) => (
              <TableRow key={d.option}>
                <TableCell>{d.label}</TableCell>
                <TableCell>{d.count}</TableCell>
                <TableCell>{percentText(d.percent, '–')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableRegion>
    </>
  );
}

/**
 * One run's results: the count always; per item the number who answered, the distribution and the share positive
 * once the minimum is reached; per standard the items that inform it; and the Excel download.
 */
export function RunResultsView({ results, onDownload }: { results: RunResults; onDownload: () => Promise<void> }) {
  const styles = useStyles();
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const numberOf = new Map(results.items.map((item, index) => [item.code, index + 1]));
  return (
    <div className={styles.section}>
      <Text block>
        {AUDIENCE_LABELS[results.audience]} · {results.answers} answer{results.answers === 1 ? '' : 's'},{' '}
        {results.paperAnswers} on paper
      </Text>
      {results.suppressed ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {notShownYet(results.minimumAnswers)} Results appear once {results.minimumAnswers} people have answered, so
            that nobody can be recognised from them.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div>
        <Button
          onClick={() => {
            setDownloadError(null);
            onDownload().catch(setDownloadError);
          }}
        >
          Download the results (Excel)
        </Button>
      </div>
      {downloadError ? <ErrorMessage error={downloadError} title="The results did not download" /> : null}
      <section aria-labelledby="results-items" className={styles.section}>
        <Text as="h2" size={500} weight="semibold" id="results-items" className={styles.heading}>
          Question by question
        </Text>
        <ol className={styles.list}>
          {results.items.map((item, index) => (
            <li key={item.code} className={styles.item} data-testid="questionnaire-item">
              <Text weight="semibold">
                {index + 1}. {item.text}
              </Text>
              {item.standards.length > 0 ? (
                <Text size={200} className={styles.muted}>
                  Informs standard{item.standards.length === 1 ? '' : 's'} {item.standards.join(', ')}
                </Text>
              ) : null}
              <ItemFigures item={item} minimum={results.minimumAnswers} />
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="results-standards" className={styles.section}>
        <Text as="h2" size={500} weight="semibold" id="results-standards" className={styles.heading}>
          Standard by standard
        </Text>
        <ul className={styles.standards}>
          {results.standards.map((s) => (
            <li key={s.standardCode}>
              Standard {s.standardCode}: question{s.itemCodes.length === 1 ? '' : 's'}{' '}
              {s.itemCodes.map((code) => numberOf.get(code) ?? code).join(', ')}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
