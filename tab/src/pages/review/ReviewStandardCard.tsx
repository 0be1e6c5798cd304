import {
  Badge,
  Button,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import type { EvidenceFileView, FindingView, Rating, StandardReviewLine } from '../../api/types';
import { NOT_RATED_LABEL, RATING_LABELS, STANDARD_TYPE_LABELS } from '../../../../src/domain/labels';
import { RATINGS } from '../assessment/ratings';
import type { ConflictChoice } from '../shared/autosave/autosave-drafts';
import { ConflictPanel, type VersionRows } from '../shared/autosave/ConflictPanel';
import { SaveStatusText } from '../shared/autosave/SaveStatusText';
import { FindingsList, type FindingDraft } from './FindingsList';
import { WhatPeopleSaid } from '../questionnaires/evidence/WhatPeopleSaid';
import { REVIEWER_DRAFT_KIND, type ReviewerDraftEntry, type ReviewerRatingFields } from './reviewer-drafts';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    scrollMarginTop: tokens.spacingVerticalXXL,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  text: { margin: 0, whiteSpace: 'pre-wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
  sides: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(16rem, 100%), 1fr))',
    gap: tokens.spacingHorizontalXL,
  },
  side: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  files: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  textarea: { width: '100%' },
  // Large targets: many people rate on a tablet or a phone, and some find small controls hard to use.
  radio: { minHeight: '44px', alignItems: 'center' },
  link: { minHeight: '44px', textAlign: 'left', overflowWrap: 'anywhere' },
});

function rowsOf(fields: ReviewerRatingFields): VersionRows {
  return [
    { label: 'Rating', value: fields.rating ? RATING_LABELS[fields.rating] : NOT_RATED_LABEL },
    { label: 'Comment', value: fields.comment || '(empty)' },
  ];
}

export interface ReviewStandardCardProps {
  readonly line: StandardReviewLine;
  readonly entry: ReviewerDraftEntry;
  readonly onEdit: (patch: Partial<ReviewerRatingFields>, quick?: boolean) => void;
  readonly onLeaveField: () => void;
  readonly onResolve: (choice: ConflictChoice) => void;
  readonly onOpenFile: (file: EvidenceFileView) => void;
  readonly onAddFinding: (draft: FindingDraft) => Promise<void>;
  readonly onUpdateFinding: (finding: FindingView, draft: FindingDraft) => Promise<void>;
  readonly onDeleteFinding: (finding: FindingView) => Promise<void>;
}

/**
 * One standard under review: what it asks, the service's own rating, narrative and evidence on one side, and the
 * reviewer's rating and comment (saved as they go) on the other, then the findings.
 */
export function ReviewStandardCard(props: ReviewStandardCardProps) {
  const { line, entry } = props;
  const styles = useStyles();
  const fields = entry.draft ?? REVIEWER_DRAFT_KIND.fieldsOf(entry.server);
  const rate = line.allowed.rate;
  const code = line.standardCode;
  const statusId = `review-status-${code}`;
  return (
    <section
      id={`standard-${code}`}
      className={styles.card}
      aria-labelledby={`standard-${code}-title`}
      tabIndex={-1}
      data-testid={`review-standard-${code}`}
    >
      <div className={styles.header}>
        <Text block as="h3" size={400} weight="semibold" id={`standard-${code}-title`} className={styles.title}>
          Standard {code}: {line.title}
        </Text>
        <Badge appearance="tint" color={line.type === 'essential' ? 'brand' : 'informative'}>
          {STANDARD_TYPE_LABELS[line.type]}
        </Badge>
      </div>
      {/* The everyday wording first, when the framework gives one: experts by experience read it before the formal text. */}
      {line.plainEnglish ? (
        <Text block as="p" size={400} className={styles.text} data-testid={`standard-plain-english-${code}`}>
          <Text weight="semibold">In everyday words: </Text>
          {line.plainEnglish}
        </Text>
      ) : null}
      <Text block as="p" className={styles.text} data-testid={`standard-wording-${code}`}>
        {line.plainEnglish ? <Text weight="semibold">The standard: </Text> : null}
        {line.text}
      </Text>
      <div className={styles.sides}>
        <section className={styles.side} aria-labelledby={`service-side-${code}`}>
          <Text as="h4" weight="semibold" id={`service-side-${code}`} block>
            What the service said
          </Text>
          <Text block>Their rating: {line.self.rating ? RATING_LABELS[line.self.rating] : 'not rated'}</Text>
          {line.self.rating === 'not_applicable' ? (
            <Text block className={styles.text}>
              Why they say it does not apply: {line.self.naReason || '(no reason given)'}
            </Text>
          ) : null}
          <Text block className={styles.text}>
            {line.self.narrative || 'They wrote nothing about this standard.'}
          </Text>
          <Text weight="semibold" block>
            Their evidence
          </Text>
          {line.selfEvidence.length === 0 ? (
            <Text className={styles.muted}>No files linked to this standard.</Text>
          ) : (
            <ul className={styles.files} aria-label={`The service's evidence for standard ${code}`}>
              {line.selfEvidence.map((file) => (
                <li key={file.id}>
                  <Button appearance="transparent" className={styles.link} onClick={() => props.onOpenFile(file)}>
                    Download {file.fileName}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <WhatPeopleSaid standardCode={code} />
        </section>
        <section className={styles.side} aria-labelledby={`my-side-${code}`}>
          <Text as="h4" weight="semibold" id={`my-side-${code}`} block>
            Your rating
          </Text>
          {rate.allowed ? (
            <>
              <Field label={`Your rating for standard ${code}`}>
                <RadioGroup
                  value={fields.rating ?? ''}
                  aria-describedby={statusId}
                  onChange={(_, data) => props.onEdit({ rating: data.value as Rating }, true)}
                >
                  {RATINGS.map((rating) => (
                    <Radio key={rating} className={styles.radio} value={rating} label={RATING_LABELS[rating]} />
                  ))}
                </RadioGroup>
              </Field>
              <Field
                label={`Your comment on standard ${code}`}
                hint={
                  fields.rating === 'not_applicable'
                    ? 'Say why this standard does not apply to this service.'
                    : 'What you saw, heard or read that led to your rating.'
                }
              >
                <Textarea
                  className={styles.textarea}
                  resize="vertical"
                  rows={4}
                  value={fields.comment}
                  onChange={(_, data) => props.onEdit({ comment: data.value })}
                  onBlur={props.onLeaveField}
                />
              </Field>
              <SaveStatusText entry={entry} id={statusId} />
            </>
          ) : (
            <>
              <Text block>Your rating: {fields.rating ? RATING_LABELS[fields.rating] : 'not rated'}</Text>
              {fields.comment ? (
                <Text block className={styles.text}>
                  {fields.comment}
                </Text>
              ) : null}
              <Text block className={styles.muted} data-testid={`why-not-${code}`}>
                {rate.reason}
              </Text>
            </>
          )}
        </section>
      </div>
      {entry.status === 'conflict' && entry.theirs ? (
        <ConflictPanel
          code={code}
          mine={rowsOf(fields)}
          theirs={rowsOf(REVIEWER_DRAFT_KIND.fieldsOf(entry.theirs))}
          theirUpdatedAt={entry.theirs.updatedAt}
          theirName="you"
          onChoose={props.onResolve}
        />
      ) : null}
      <FindingsList
        code={code}
        findings={line.findings}
        recordFinding={line.allowed.record_finding}
        onAdd={props.onAddFinding}
        onUpdate={props.onUpdateFinding}
        onDelete={props.onDeleteFinding}
      />
    </section>
  );
}
