import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { AssessmentPerson, Permission, Standard } from '../../api/types';
import { RATING_LABELS, STANDARD_TYPE_LABELS } from '../../../../src/domain/labels';
import { AssigneeSelect } from './AssigneeSelect';
import { ConflictPanel } from './ConflictPanel';
import { EvidenceSection } from './evidence/EvidenceSection';
import { WhatPeopleSaid } from '../questionnaires/evidence/WhatPeopleSaid';
import { StandardAsks } from './information/StandardAsks';
import { currentFields, type ConflictChoice, type DraftEntry } from './response-drafts';
import { ResponseEditor } from './ResponseEditor';
import { SaveStatusText } from '../shared/autosave/SaveStatusText';
import type { ResponseFields } from './response-fields';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    scrollMarginTop: tokens.spacingVerticalXXL,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  text: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  readOnly: { whiteSpace: 'pre-wrap', margin: 0 },
});

export interface StandardCardProps {
  readonly standard: Standard;
  readonly entry: DraftEntry;
  /** Whether the person may rate this standard now, and why not (from the API). */
  readonly rate: Permission;
  readonly nameOf: (personId: string | null) => string;
  readonly assignable: readonly AssessmentPerson[] | null;
  readonly onEdit: (patch: Partial<ResponseFields>, quick?: boolean) => void;
  readonly onLeaveField: () => void;
  readonly onResolve: (choice: ConflictChoice) => void;
  readonly onAssign: (personId: string | null) => Promise<void>;
}

/** One standard: what it asks, guidance and evidence examples, and the service's response to it. */
export function StandardCard(props: StandardCardProps) {
  const { standard, entry, rate, nameOf } = props;
  const editable = rate.allowed;
  const styles = useStyles();
  const fields = currentFields(entry);
  const statusId = `status-${standard.code}`;
  const fieldErrors: Record<string, string> =
    entry.status === 'rejected' && entry.problem?.field ? { [entry.problem.field]: entry.problem.message } : {};
  const generalProblem = entry.status === 'rejected' && !entry.problem?.field ? entry.problem?.message : undefined;
  const assignee = entry.server.assigneeId;
  return (
    <section
      id={`standard-${standard.code}`}
      className={styles.card}
      aria-labelledby={`standard-${standard.code}-title`}
      tabIndex={-1}
      data-testid={`standard-${standard.code}`}
    >
      <div className={styles.header}>
        <Text
          block
          as="h3"
          size={400}
          weight="semibold"
          id={`standard-${standard.code}-title`}
          className={styles.title}
        >
          {standard.code} {standard.title}
        </Text>
        <Badge appearance="tint" color={standard.type === 'essential' ? 'brand' : 'informative'}>
          {STANDARD_TYPE_LABELS[standard.type]}
        </Badge>
        <Text size={200} className={styles.muted}>
          {assignee ? `Assigned to ${nameOf(assignee)}` : 'Not assigned'}
        </Text>
      </div>
      <Text block as="p" className={styles.text}>
        {standard.text}
      </Text>
      <StandardAsks standardCode={standard.code} />
      <Accordion collapsible>
        <AccordionItem value="guidance">
          <AccordionHeader as="h4">Guidance and examples of evidence</AccordionHeader>
          <AccordionPanel>
            <Text block as="p">
              {standard.guidance}
            </Text>
            {standard.evidenceExamples.length > 0 ? (
              <ul className={styles.list} aria-label="Examples of evidence">
                {standard.evidenceExamples.map((example) => (
                  <li key={example}>{example}</li>
                ))}
              </ul>
            ) : null}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {editable ? (
        <ResponseEditor
          code={standard.code}
          fields={fields}
          onChange={props.onEdit}
          onLeaveField={props.onLeaveField}
          fieldErrors={fieldErrors}
          describedBy={statusId}
        />
      ) : (
        <div>
          <Text block as="p" weight="semibold" className={styles.text}>
            Rating: {fields.rating ? RATING_LABELS[fields.rating] : 'not rated yet'}
          </Text>
          {fields.rating === 'not_applicable' ? (
            <Text block as="p">
              Why it does not apply: {fields.naReason}
            </Text>
          ) : null}
          <Text block as="p" className={styles.readOnly}>
            {fields.narrative || 'No narrative yet.'}
          </Text>
          {rate.allowed ? null : (
            <Text block as="p" className={styles.muted}>
              {rate.reason}
            </Text>
          )}
        </div>
      )}
      <WhatPeopleSaid standardCode={standard.code} />
      <EvidenceSection
        code={standard.code}
        evidenceIds={fields.evidenceIds}
        editable={editable}
        onChangeLinks={(evidenceIds) => props.onEdit({ evidenceIds }, true)}
      />
      {generalProblem ? (
        <MessageBar intent="error">
          <MessageBarBody>{generalProblem}</MessageBarBody>
        </MessageBar>
      ) : null}
      {entry.status === 'conflict' && entry.theirs ? (
        <ConflictPanel
          code={standard.code}
          mine={fields}
          theirs={entry.theirs}
          theirName={nameOf(entry.theirs.updatedBy)}
          onChoose={props.onResolve}
        />
      ) : null}
      <SaveStatusText entry={entry} id={statusId} />
      {props.assignable ? (
        <AssigneeSelect
          label={`Who works on standard ${standard.code}`}
          people={props.assignable}
          value={assignee}
          onAssign={props.onAssign}
        />
      ) : null}
    </section>
  );
}
