import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { RouteLink } from '../../app/RouteLink';
import { useLoad } from '../../app/use-load';
import { messageOf } from '../../api/errors';
import type { GoodPracticeFinding } from '../../api/types';
import { PermittedButton } from '../../ui/PermittedButton';
import { ActionNotice } from '../../ui/ActionNotice';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  item: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
  },
  heading: { margin: 0 },
});

const STATUS_TEXT = {
  proposed: 'Proposed: waiting for the service to agree.',
  declined: 'The service decided not to share this.',
  published: 'In the library.',
  withdrawn: 'Withdrawn from the library.',
} as const;

/**
 * The review's good-practice findings, each with "Propose for the library" when the API allows it. Nothing is
 * published from here: the service agrees (or declines) on the library page.
 */
export function GoodPracticeProposals({ assessmentId }: { assessmentId: string }) {
  const styles = useStyles();
  const { api } = useApp();
  // Async: a page rendered without this call (or refused it) simply shows no section.
  const findings = useLoad(async () => api.goodPracticeFindings(assessmentId), assessmentId);
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  if (findings.status !== 'ready' || findings.data.length === 0) return null;

  const propose = async (finding: GoodPracticeFinding) => {
    try {
      await api.proposeForLibrary(assessmentId, { findingId: finding.findingId });
      setNotice({
        intent: 'success',
        text: `Proposed for the library. The service will be asked to agree before it is published (${finding.standardCode}).`,
      });
      findings.reload();
    } catch (error) {
      setNotice({ intent: 'error', text: messageOf(error) });
    }
  };

  return (
    <section aria-labelledby="good-practice-heading">
      <Text as="h2" size={500} weight="semibold" id="good-practice-heading" className={styles.heading}>
        Good practice for the library
      </Text>
      <Text block as="p">
        Propose good practice so other services can learn from it. The service agrees before anything is published.
      </Text>
      <ActionNotice result={notice} />
      <ul className={styles.list} aria-label="Good-practice findings">
        {findings.data.map((f) => (
          <li key={f.findingId} className={styles.item}>
            <Text weight="semibold">Standard {f.standardCode}</Text>
            <Text>{f.text}</Text>
            {f.entry ? (
              <Text>
                {STATUS_TEXT[f.entry.status]}{' '}
                <RouteLink to={{ page: 'library', entryId: f.entry.id }}>Open the entry</RouteLink>
              </Text>
            ) : (
              <div>
                <PermittedButton permission={f.allowed.propose} onClick={() => void propose(f)}>
                  Propose for the library
                </PermittedButton>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
