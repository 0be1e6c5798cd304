import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { percentText } from '../../ui/percent-text';
import { RouteLink } from '../../app/RouteLink';
import type { RecognitionResult } from '../../api/types';
import { STANDARD_TYPE_LABELS } from '../../../../src/domain/labels';
import { TableRegion } from '../../ui/TableRegion';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  level: { margin: 0 },
  codes: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The recognition level and, always, why: each requirement with the standards that held it back. */
export function RecognitionSummary({
  recognition,
  assessmentId,
  headingLevel = 'h3',
  prefix = 'Recognition level',
}: {
  recognition: RecognitionResult;
  assessmentId?: string;
  headingLevel?: 'h2' | 'h3';
  prefix?: string;
}) {
  const styles = useStyles();
  return (
    <div className={styles.box} data-testid="recognition">
      <Text block as={headingLevel} size={500} weight="semibold" className={styles.level}>
        {prefix}: {recognition.level}
      </Text>
      <Text block as="p">
        {recognition.summary}
      </Text>
      {recognition.checks.length > 0 ? (
        <TableRegion label="What each recognition level needs">
          <Table size="small" aria-label="What each recognition level needs">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Level</TableHeaderCell>
                <TableHeaderCell>Standards</TableHeaderCell>
                <TableHeaderCell>Needed met</TableHeaderCell>
                <TableHeaderCell>Met now</TableHeaderCell>
                <TableHeaderCell>Still to meet or rate</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {recognition.checks.map((check) => (
                <TableRow key={`${check.levelName}-${check.type}`}>
                  <TableCell>{check.levelName}</TableCell>
                  <TableCell>{STANDARD_TYPE_LABELS[check.type]}</TableCell>
                  <TableCell>{percentText(check.requiredPercent)}</TableCell>
                  <TableCell>{percentText(check.achievedPercent, 'none apply')}</TableCell>
                  <TableCell>
                    {check.passed ? (
                      'Reached'
                    ) : !assessmentId ? (
                      // Without links (a printed page) the codes are one text: commas keep them apart.
                      check.heldBackBy.join(', ')
                    ) : (
                      <span className={styles.codes}>
                        {check.heldBackBy.map((code) => (
                          <RouteLink
                            key={code}
                            to={{ page: 'assessment', assessmentId, standardCode: code }}
                            aria-label={`Standard ${code}`}
                          >
                            {code}
                          </RouteLink>
                        ))}
                      </span>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableRegion>
      ) : null}
    </div>
  );
}
