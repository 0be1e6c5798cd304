import { Button, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
// The rule the API applies to a hiding reason, said before anything is sent.
import { hideReasonProblems } from '../../../../src/domain/questionnaires/questionnaire-results';
import type { CommentView, ItemResult } from '../../api/types';
import { formatDate } from '../../ui/dates';
import { ReasonedForm } from '../../ui/ReasonedForm';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
  comment: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * The free text people wrote, for the service and its reviewers. A comment that names someone can be hidden with a
 * reason; a hidden one shows only that it was hidden, why and when.
 */
export function CommentsList({
  comments,
  items,
  mayHide,
  onHide,
}: {
  comments: readonly CommentView[];
  items: readonly ItemResult[];
  /** The API's answer: whether this person may hide comments (the service's leads and its reviewers). */
  mayHide: boolean;
  onHide: (comment: CommentView, reason: string) => Promise<void>;
}) {
  const styles = useStyles();
  const [hiding, setHiding] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const questionOf = new Map(items.map((item, index) => [item.code, `Question ${index + 1}`]));
  if (comments.length === 0) return <Text className={styles.muted}>Nobody has written anything yet.</Text>;
  return (
    <ul className={styles.list} aria-label="What people wrote">
      {comments.map((comment) => (
        <li key={comment.id} className={styles.comment} data-testid="questionnaire-comment">
          <Text size={200} className={styles.muted}>
            {questionOf.get(comment.itemCode) ?? comment.itemCode}
          </Text>
          {'text' in comment ? (
            <Text block>{comment.text}</Text>
          ) : (
            <Text block className={styles.muted}>
              Hidden on {formatDate(comment.hidden.at)}: {comment.hidden.reason}
            </Text>
          )}
          {mayHide && 'text' in comment && hiding !== comment.id ? (
            <div>
              <Button
                onClick={() => {
                  setHiding(comment.id);
                  setReason('');
                }}
              >
                Hide this comment
              </Button>
            </div>
          ) : null}
          {hiding === comment.id ? (
            <ReasonedForm
              label="Hide this comment"
              submitLabel="Hide the comment"
              notSentTitle="The comment was not hidden"
              problems={() => hideReasonProblems(reason)}
              onSubmit={async () => {
                await onHide(comment, reason);
                setHiding(null);
              }}
              onCancel={() => setHiding(null)}
            >
              <Field
                label="Why it is hidden"
                required
                hint="For example: names a member of staff. The reason is kept on record; the text is never shown again."
              >
                <Textarea value={reason} onChange={(_, data) => setReason(data.value)} resize="vertical" />
              </Field>
            </ReasonedForm>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
