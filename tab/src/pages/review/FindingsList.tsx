import { Button, Field, makeStyles, Radio, RadioGroup, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { messageOf } from '../../api/errors';
import type { FindingKind, FindingView, Permission } from '../../api/types';
import { PermittedButton } from '../../ui/PermittedButton';
import { FINDING_LABELS } from '../../../../src/domain/labels';

const KINDS: readonly FindingKind[] = ['good_practice', 'area_for_improvement', 'immediate_concern'];

/** What each kind of finding means, in plain words (experts by experience read this page). */
const KIND_HINTS: Readonly<Record<FindingKind, string>> = {
  good_practice: 'Something the service does well that others could learn from.',
  area_for_improvement: 'Something the service should do better.',
  immediate_concern: 'A risk to safety, rights or dignity that needs action now.',
};

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  finding: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  text: { whiteSpace: 'pre-wrap', margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  textarea: { width: '100%' },
});

export interface FindingDraft {
  readonly kind: FindingKind;
  readonly text: string;
}

/** Writing a finding: its kind (each explained) and what the reviewer saw. */
function FindingForm({
  code,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  code: string;
  initial: FindingDraft;
  submitLabel: string;
  onSubmit: (draft: FindingDraft) => Promise<void>;
  onCancel?: () => void;
}) {
  const styles = useStyles();
  const [draft, setDraft] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(draft);
      setDraft(initial);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.section}>
      <Field label={`Kind of finding for standard ${code}`}>
        <RadioGroup value={draft.kind} onChange={(_, d) => setDraft({ ...draft, kind: d.value as FindingKind })}>
          {KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={`${FINDING_LABELS[kind]}: ${KIND_HINTS[kind]}`} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="What you found" validationMessage={error ?? undefined} validationState={error ? 'error' : 'none'}>
        <Textarea
          className={styles.textarea}
          resize="vertical"
          rows={3}
          value={draft.text}
          onChange={(_, d) => setDraft({ ...draft, text: d.value })}
        />
      </Field>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          size="large"
          disabled={busy || draft.text.trim() === ''}
          onClick={() => void submit()}
        >
          {busy ? 'Saving…' : submitLabel}
        </Button>
        {onCancel ? (
          <Button size="large" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </div>
  );
}

/** The findings on one standard: everyone's, with change and delete where the API allows it. */
export function FindingsList({
  code,
  findings,
  recordFinding,
  onAdd,
  onUpdate,
  onDelete,
}: {
  code: string;
  findings: readonly FindingView[];
  recordFinding: Permission;
  onAdd: (draft: FindingDraft) => Promise<void>;
  onUpdate: (finding: FindingView, draft: FindingDraft) => Promise<void>;
  onDelete: (finding: FindingView) => Promise<void>;
}) {
  const styles = useStyles();
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async (finding: FindingView) => {
    setError(null);
    try {
      await onDelete(finding);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <section className={styles.section} aria-labelledby={`findings-${code}`}>
      <Text as="h4" weight="semibold" id={`findings-${code}`} block>
        Findings on standard {code}
      </Text>
      {findings.length === 0 ? (
        <Text className={styles.muted}>No findings yet.</Text>
      ) : (
        <ul className={styles.list}>
          {findings.map((f) => (
            <li key={f.id} className={styles.finding} data-testid={`finding-${f.id}`}>
              {editing === f.id ? (
                <FindingForm
                  code={code}
                  initial={{ kind: f.kind, text: f.text }}
                  submitLabel="Save finding"
                  onSubmit={async (draft) => {
                    await onUpdate(f, draft);
                    setEditing(null);
                  }}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <>
                  <Text weight="semibold">{FINDING_LABELS[f.kind]}</Text>
                  <Text as="p" className={styles.text}>
                    {f.text}
                  </Text>
                  <Text size={200} className={styles.muted}>
                    Recorded by {f.recordedByName}
                  </Text>
                  {f.allowed.change.allowed ? (
                    <div className={styles.actions}>
                      <Button size="large" onClick={() => setEditing(f.id)}>
                        Change finding
                      </Button>
                      <Button size="large" onClick={() => void remove(f)}>
                        Delete finding
                      </Button>
                    </div>
                  ) : null}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {error ? <Text role="alert">{error}</Text> : null}
      {adding ? (
        <FindingForm
          code={code}
          initial={{ kind: 'good_practice', text: '' }}
          submitLabel="Add finding"
          onSubmit={async (draft) => {
            await onAdd(draft);
            setAdding(false);
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <PermittedButton permission={recordFinding} onClick={() => setAdding(true)}>
          Record a finding
        </PermittedButton>
      )}
    </section>
  );
}
