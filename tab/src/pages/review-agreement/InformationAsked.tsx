import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { InformationRequestWithItems } from '../../api/types';
import { formatDate } from '../../ui/dates';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'grid', gap: tokens.spacingVerticalS },
  answer: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** What the team asked the service, each ask with the service's answer beside it (or that none came yet). */
export function InformationAsked({ requests }: { readonly requests: readonly InformationRequestWithItems[] }) {
  const styles = useStyles();
  if (requests.length === 0) return null;
  return (
    <section aria-labelledby="information-asked">
      <Text as="h2" size={500} weight="semibold" id="information-asked">
        What the team asked the service
      </Text>
      {requests.map((request) => (
        <div key={request.at}>
          <Text block className={styles.muted}>
            Asked on {formatDate(request.at.slice(0, 10))}
            {request.message ? `: ${request.message}` : ''}
          </Text>
          <ol className={styles.list}>
            {request.items.map((item) => (
              <li key={item.id}>
                <Text block weight="semibold">
                  {item.standardCode ? `${item.standardCode}: ` : ''}
                  {item.text}
                </Text>
                {item.answer ? (
                  <p className={styles.answer}>Service's answer: {item.answer.text}</p>
                ) : (
                  <Text className={styles.muted}>No answer yet.</Text>
                )}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
