import { Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Finding, Permission } from '../../api/types';
import { FINDING_LABELS } from '../../../../src/domain/labels';
import { PermittedButton } from '../../ui/PermittedButton';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  text: { overflowWrap: 'anywhere' },
  heading: { margin: 0 },
});

/** Areas for improvement and immediate concerns no action answers yet, each with a way to start one. */
export function FindingsWithoutAction({
  findings,
  permission,
  onStart,
}: {
  readonly findings: readonly Finding[];
  readonly permission: Permission;
  readonly onStart: (findingId: string) => void;
}) {
  const styles = useStyles();
  if (findings.length === 0) return null;
  return (
    <section aria-labelledby="findings-without-action">
      <Text as="h2" size={500} weight="semibold" id="findings-without-action" className={styles.heading}>
        Findings that no action answers yet
      </Text>
      <ul className={styles.list}>
        {findings.map((f) => (
          <li key={f.id}>
            <Card className={styles.card}>
              <Text weight="semibold">
                {FINDING_LABELS[f.kind]} on standard {f.standardCode}
              </Text>
              <Text className={styles.text}>{f.text}</Text>
              <PermittedButton permission={permission} onClick={() => onStart(f.id)}>
                Create an action from this finding
              </PermittedButton>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
