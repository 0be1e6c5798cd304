import { Button, Dropdown, Field, Input, makeStyles, Option, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { REPORT_COMMENT_TEXT_FIELDS, textFieldProblems } from '../../../../src/domain/text-field-rules';
import { messageOf } from '../../api/errors';
import type { Permission, ReportComment, ReportDocument, ReportView } from '../../api/types';
import { useApp } from '../../app/app-context';
import { ActionNotice, type ActionResult } from '../../ui/ActionNotice';
import { PermittedButton } from '../../ui/PermittedButton';

const STATUS_WORDS: Readonly<Record<ReportComment['status'], string>> = {
  open: 'Waiting for the lead reviewer',
  accepted: 'Accepted: the report is corrected when it is regenerated',
  rejected: 'Rejected',
};

const useStyles = makeStyles({
  check: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0 },
  item: {
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  text: { margin: 0 },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  dropdown: { minWidth: 0, maxWidth: '100%' },
});

function passagesOf(document: ReportDocument, section: string): string[] {
  return (document.sections.find((s) => s.heading === section)?.blocks ?? []).flatMap((b) =>
    b.kind === 'paragraph' ? [b.text] : b.kind === 'bullets' ? [...b.items] : [],
  );
}

/** The service's comment on one passage: the section, the passage as the report has it, and the correction. */
function CommentForm({ view, onAdded }: { view: ReportView; onAdded: (c: ReportComment) => void }) {
  const styles = useStyles();
  const { api } = useApp();
  const [section, setSection] = useState('');
  const [passage, setPassage] = useState('');
  const [whatIsWrong, setWhatIsWrong] = useState('');
  const [shouldSay, setShouldSay] = useState('');
  const [evidenceUrl, setEvidenceUrl] = useState('');
  const [result, setResult] = useState<ActionResult | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    // Every problem at once, in the API's words, before anything is sent.
    const problems = Object.values(
      textFieldProblems(REPORT_COMMENT_TEXT_FIELDS, { section, passage, whatIsWrong, shouldSay }),
    );
    if (problems.length > 0) {
      setResult({ intent: 'error', text: problems.join(' ') });
      return;
    }
    setBusy(true);
    setResult(null);
    try {
      const added = await api.commentOnReport(view.report.assessmentId ?? '', {
        section,
        passage,
        whatIsWrong,
        shouldSay,
        evidenceUrl: evidenceUrl.trim() === '' ? null : evidenceUrl.trim(),
      });
      setPassage('');
      setWhatIsWrong('');
      setShouldSay('');
      setEvidenceUrl('');
      onAdded(added);
      setResult({ intent: 'success', text: 'Your comment is sent. The lead reviewer will accept or reject it.' });
    } catch (e) {
      setResult({ intent: 'error', text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.form}>
      <Text as="h3" size={400} weight="semibold">
        Comment on a passage
      </Text>
      <Field label="Section">
        <Dropdown
          className={styles.dropdown}
          placeholder="Choose the section"
          value={section}
          selectedOptions={section ? [section] : []}
          onOptionSelect={(_, d) => {
            setSection(d.optionValue ?? '');
            setPassage('');
          }}
        >
          {view.document.sections.map((s) => (
            <Option key={s.heading} value={s.heading}>
              {s.heading}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Passage" hint="The paragraph or point that is wrong, as the report has it.">
        <Dropdown
          className={styles.dropdown}
          placeholder={section ? 'Choose the passage' : 'Choose a section first'}
          disabled={section === ''}
          value={passage}
          selectedOptions={passage ? [passage] : []}
          onOptionSelect={(_, d) => setPassage(d.optionValue ?? '')}
        >
          {passagesOf(view.document, section).map((p) => (
            <Option key={p} value={p}>
              {p}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="What is wrong" required>
        <Textarea value={whatIsWrong} onChange={(_, d) => setWhatIsWrong(d.value)} resize="vertical" />
      </Field>
      <Field label="What it should say" required>
        <Textarea value={shouldSay} onChange={(_, d) => setShouldSay(d.value)} resize="vertical" />
      </Field>
      <Field label="Link to the evidence (optional)">
        <Input type="url" value={evidenceUrl} onChange={(_, d) => setEvidenceUrl(d.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => void send()}>
          Send the comment
        </Button>
      </div>
      <ActionNotice result={result} />
    </div>
  );
}

/** The lead reviewer's decision on one open comment, with the reason the service will read. */
function Decision({
  comment,
  permission,
  onDecided,
}: {
  comment: ReportComment;
  permission: Permission;
  onDecided: (c: ReportComment) => void;
}) {
  const styles = useStyles();
  const { api } = useApp();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ActionResult | null>(null);
  const decide = async (decision: 'accepted' | 'rejected') => {
    setError(null);
    try {
      onDecided(
        await api.decideReportComment(comment.assessmentId, comment.id, { decision, reason, version: comment.version }),
      );
    } catch (e) {
      setError({ intent: 'error', text: messageOf(e) });
    }
  };
  return (
    <div className={styles.form}>
      <Field label="Reason for the decision">
        <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
      </Field>
      <div className={styles.buttons}>
        <PermittedButton permission={permission} onClick={() => void decide('accepted')}>
          Accept the correction
        </PermittedButton>
        <PermittedButton permission={permission} onClick={() => void decide('rejected')}>
          Reject the comment
        </PermittedButton>
      </div>
      <ActionNotice result={error} />
    </div>
  );
}

/** Accepted corrections reach the Word file, the workbook and this page when the report is generated again. */
function Regenerate({ view, onChanged }: { view: ReportView; onChanged: (next: ReportView) => void }) {
  const { api } = useApp();
  const [error, setError] = useState<ActionResult | null>(null);
  const regenerate = async () => {
    setError(null);
    try {
      onChanged(await api.generateReport(view.report.assessmentId ?? ''));
    } catch (e) {
      setError({ intent: 'error', text: messageOf(e) });
    }
  };
  return (
    <>
      <PermittedButton permission={view.allowed.regenerate} onClick={() => void regenerate()}>
        Regenerate the report with the accepted corrections
      </PermittedButton>
      <ActionNotice result={error} />
    </>
  );
}

/**
 * The factual-accuracy check: the service's comments on passages, each with the lead reviewer's decision; the
 * form and the decision buttons are there when the API says this person may use them.
 */
export function ReportCheck({ view, onChanged }: { view: ReportView; onChanged: (next: ReportView) => void }) {
  const styles = useStyles();
  const replace = (c: ReportComment) =>
    onChanged({
      ...view,
      comments: view.comments.some((x) => x.id === c.id)
        ? view.comments.map((x) => (x.id === c.id ? c : x))
        : [...view.comments, c],
    });
  return (
    <div className={styles.check}>
      {view.comments.length === 0 ? <Text>No comments yet.</Text> : null}
      <ul className={styles.list} aria-label="Comments on the report">
        {view.comments.map((c) => (
          <li key={c.id} className={styles.item}>
            <Text weight="semibold">
              {c.section}: “{c.passage}”
            </Text>
            <p className={styles.text}>What is wrong: {c.whatIsWrong}</p>
            <p className={styles.text}>What it should say: {c.shouldSay}</p>
            {c.evidenceUrl ? (
              <p className={styles.text}>
                Evidence: <a href={c.evidenceUrl}>{c.evidenceUrl}</a>
              </p>
            ) : null}
            <Text>
              {STATUS_WORDS[c.status]}
              {c.decision ? `. Reason: ${c.decision.reason}` : ''}
            </Text>
            {c.status === 'open' && view.allowed.decide_comments.allowed ? (
              <Decision comment={c} permission={view.allowed.decide_comments} onDecided={replace} />
            ) : null}
          </li>
        ))}
      </ul>
      {view.comments.some((c) => c.status === 'accepted') ? <Regenerate view={view} onChanged={onChanged} /> : null}
      {view.allowed.comment.allowed ? (
        <CommentForm view={view} onAdded={replace} />
      ) : (
        <Text size={200}>{view.allowed.comment.reason}</Text>
      )}
    </div>
  );
}
