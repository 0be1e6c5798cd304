import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import type { PublicSummary } from '../../api/types';

const useStyles = makeStyles({
  preview: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  text: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

function Points({ title, points }: { title: string; points: readonly string[] }) {
  const styles = useStyles();
  if (points.length === 0) return null;
  return (
    <>
      <Text as="h4" weight="semibold">
        {title}
      </Text>
      <ul className={styles.list}>
        {points.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * Exactly what the public page will show once the report is published (the stored public summary), and anything
 * in it that must not be public, as the API found it.
 */
export function PublicSummaryPreview({ summary, problems }: { summary: PublicSummary; problems: readonly string[] }) {
  const styles = useStyles();
  return (
    <div className={styles.preview}>
      {problems.length > 0 ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>This summary cannot be published: it would show {problems.join(' and ')}.</MessageBarBody>
        </MessageBar>
      ) : null}
      <Text as="h4" size={400} weight="semibold">
        {summary.serviceName}, {summary.organisationName}
      </Text>
      <p className={styles.text}>{summary.whatTheServiceDoes}</p>
      <p className={styles.text}>
        <strong>Recognition: {summary.recognitionLevel}.</strong> {summary.recognitionMeaning}
      </p>
      <p className={styles.text}>{summary.headline}</p>
      <Points title="What the service does well" points={summary.doesWell} />
      <Points title="What the service is improving" points={summary.improving} />
      <p className={styles.text}>{summary.holdUsToIt}</p>
    </div>
  );
}
