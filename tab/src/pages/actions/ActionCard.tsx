import { Card, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ActionStatus, ActionView, EvidenceRecord } from '../../api/types';
import { ACTION_STATUS_LABELS, FINDING_LABELS } from '../../../../src/domain/labels';
import { formatDate } from '../../ui/dates';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PermittedButton } from '../../ui/PermittedButton';
import { CompletionForm, type Completion } from './CompletionForm';
import { OverdueBadge } from './OverdueBadge';
import { ProgressNotes } from './ProgressNotes';
import { moveLabel, offeredMoves } from './status-buttons';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  overdue: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0, overflowWrap: 'anywhere' },
  moves: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  subheading: { margin: 0 },
});

export interface ActionCardHandlers {
  readonly onMove: (action: ActionView, to: ActionStatus, completion?: Completion) => Promise<void>;
  readonly onNote: (action: ActionView, text: string) => Promise<void>;
}

/**
 * One action: what, who, by when, its status and the moves this person may make (or why not), its progress notes
 * and its completion evidence. Overdue ones say so in words and with a sign, not by colour alone.
 */
export function ActionCard({
  action,
  focused,
  evidence,
  names,
  handlers,
  evidencePanel,
}: {
  readonly action: ActionView;
  /** Opened from a reminder or My work: the card takes the focus and scrolls into view. */
  readonly focused: boolean;
  readonly evidence: readonly EvidenceRecord[];
  readonly names: ReadonlyMap<string, string>;
  readonly handlers: ActionCardHandlers;
  /** Adding files for completion (upload or copy-in), shown while completing. */
  readonly evidencePanel?: (action: ActionView) => ReactNode;
}) {
  const styles = useStyles();
  const ref = useRef<HTMLLIElement>(null);
  const [completing, setCompleting] = useState(false);
  const [moving, setMoving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const headingId = `action-${action.id}-title`;

  useEffect(() => {
    if (!focused || !ref.current) return;
    ref.current.focus();
    ref.current.scrollIntoView?.({ block: 'start' });
  }, [focused]);

  const move = async (to: ActionStatus) => {
    if (to === 'completed') {
      setCompleting(true);
      return;
    }
    setMoving(true);
    setError(null);
    try {
      await handlers.onMove(action, to);
    } catch (e) {
      setError(e);
    } finally {
      setMoving(false);
    }
  };
  const evidenceNames = new Map(evidence.map((e) => [e.id, e.fileName]));

  return (
    <li ref={ref} tabIndex={focused ? -1 : undefined} aria-labelledby={headingId} id={`action-${action.id}`}>
      <Card className={mergeClasses(styles.card, action.overdue && styles.overdue)}>
        <Text as="h3" size={400} weight="semibold" id={headingId} className={styles.heading}>
          {action.title}
        </Text>
        {action.overdue ? <OverdueBadge /> : null}
        <dl className={styles.facts}>
          <dt className={styles.term}>Status</dt>
          <dd className={styles.detail}>{ACTION_STATUS_LABELS[action.status]}</dd>
          <dt className={styles.term}>Owner</dt>
          <dd className={styles.detail}>{action.ownerName}</dd>
          <dt className={styles.term}>{action.overdue ? 'Was due' : 'Due'}</dt>
          <dd className={styles.detail}>{formatDate(action.dueDate)}</dd>
          {action.findingKind ? (
            <>
              <dt className={styles.term}>Answers</dt>
              <dd className={styles.detail}>
                {FINDING_LABELS[action.findingKind]} on standard {action.standardCode}
              </dd>
            </>
          ) : null}
          {action.verifiedBy ? (
            <>
              <dt className={styles.term}>Verified by</dt>
              <dd className={styles.detail}>
                {names.get(action.verifiedBy) ?? action.verifiedBy}
                {action.verifiedAt ? `, ${formatDate(action.verifiedAt.slice(0, 10))}` : ''}
              </dd>
            </>
          ) : null}
        </dl>
        {action.description ? <Text className={styles.detail}>{action.description}</Text> : null}
        {action.completionEvidence ? (
          <div>
            <Text as="h4" weight="semibold" className={styles.subheading}>
              How it was completed
            </Text>
            {action.completionEvidence.note ? <Text as="p">{action.completionEvidence.note}</Text> : null}
            {action.completionEvidence.evidenceIds.length > 0 ? (
              <ul aria-label={`Completion evidence for ${action.title}`}>
                {action.completionEvidence.evidenceIds.map((id) => (
                  <li key={id}>{evidenceNames.get(id) ?? id}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <div className={styles.moves} role="group" aria-label={`Change the status of ${action.title}`}>
          {offeredMoves(action).map((to) => (
            <PermittedButton
              key={to}
              appearance={to === 'verified' || to === 'agreed' ? 'primary' : 'secondary'}
              permission={action.allowedStatuses[to]}
              disabled={moving || completing}
              onClick={() => void move(to)}
            >
              {moveLabel(action.status, to)}
            </PermittedButton>
          ))}
        </div>
        {error ? <ErrorMessage error={error} title="The status was not changed" /> : null}
        {completing ? (
          <>
            {evidencePanel ? evidencePanel(action) : null}
            <CompletionForm
              actionTitle={action.title}
              evidence={evidence}
              onCancel={() => setCompleting(false)}
              onComplete={async (completion) => {
                await handlers.onMove(action, 'completed', completion);
                setCompleting(false);
              }}
            />
          </>
        ) : null}
        <Text as="h4" weight="semibold" className={styles.subheading}>
          Progress
        </Text>
        <ProgressNotes action={action} names={names} onAdd={(text) => handlers.onNote(action, text)} />
      </Card>
    </li>
  );
}
