import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { RouteLink } from '../../app/RouteLink';
import type { FormalStatus } from '../../api/types';
import { formatTableDate } from '../../ui/dates';
import { dueNextText, formalStatusText } from '../shared/formal-status-text';

const useStyles = makeStyles({
  cell: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  note: { color: tokens.colorNeutralForeground2 },
});

/** The panel's decision, its expiry and what is due next, linked to the recognition page. */
export function FormalStatusCell({ assessmentId, status }: { assessmentId: string; status: FormalStatus }) {
  const styles = useStyles();
  const due = dueNextText(status.dueNext, formatTableDate);
  return (
    <span className={styles.cell}>
      <RouteLink to={{ page: 'recognition', assessmentId }}>{formalStatusText(status)}</RouteLink>
      {status.expiresOn ? (
        <Text size={200} className={styles.note}>
          Until {formatTableDate(status.expiresOn)}
        </Text>
      ) : null}
      {due ? (
        <Text size={200} className={styles.note}>
          {due}
        </Text>
      ) : null}
    </span>
  );
}
