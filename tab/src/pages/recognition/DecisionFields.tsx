import { Field, Input, makeStyles, Radio, RadioGroup, Select, Textarea, tokens } from '@fluentui/react-components';
import type { RecognitionOutcome } from '../../api/types';
import { RECOGNITION_OUTCOME_LABELS } from '../../../../src/domain/labels';
import type { DecisionDraft } from './decision-draft';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  months: { width: '10rem', maxWidth: '100%' },
});

const OUTCOMES: readonly RecognitionOutcome[] = ['recognised', 'deferred', 'not_recognised'];

/** The fields of a decision: the outcome, then what that outcome needs (level and validity, or conditions). */
export function DecisionFields({
  draft,
  levels,
  onChange,
  idPrefix,
}: {
  draft: DecisionDraft;
  levels: readonly string[];
  onChange: (patch: Partial<DecisionDraft>) => void;
  idPrefix: string;
}) {
  const styles = useStyles();
  return (
    <>
      <Field label="Outcome">
        <RadioGroup
          value={draft.outcome}
          onChange={(_, d) => onChange({ outcome: d.value as RecognitionOutcome })}
          aria-label="Outcome"
        >
          {OUTCOMES.map((o) => (
            <Radio key={o} value={o} label={RECOGNITION_OUTCOME_LABELS[o]} />
          ))}
        </RadioGroup>
      </Field>
      {draft.outcome === 'recognised' ? (
        <>
          <Field label="Level recognised at">
            <Select value={draft.level} onChange={(_, d) => onChange({ level: d.value })}>
              {levels.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.row}>
            <Field label="Valid for (months)" className={styles.months}>
              <Input
                id={`${idPrefix}-validity`}
                inputMode="numeric"
                value={draft.validityMonths}
                onChange={(_, d) => onChange({ validityMonths: d.value })}
              />
            </Field>
            <Field label="Interim review after (months)" className={styles.months}>
              <Input
                id={`${idPrefix}-interim`}
                inputMode="numeric"
                value={draft.interimReviewMonths}
                onChange={(_, d) => onChange({ interimReviewMonths: d.value })}
              />
            </Field>
          </div>
        </>
      ) : null}
      {draft.outcome === 'deferred' ? (
        <>
          <Field label="Conditions the service must meet">
            <Textarea
              value={draft.conditions}
              onChange={(_, d) => onChange({ conditions: d.value })}
              resize="vertical"
            />
          </Field>
          <Field label="Conditions to be met by">
            <Input
              type="date"
              value={draft.conditionsDueBy}
              onChange={(_, d) => onChange({ conditionsDueBy: d.value })}
            />
          </Field>
        </>
      ) : null}
      <Field label="Reasons" hint="Why the panel decided so: the service and its board will read this.">
        <Textarea value={draft.reasons} onChange={(_, d) => onChange({ reasons: d.value })} resize="vertical" />
      </Field>
    </>
  );
}
