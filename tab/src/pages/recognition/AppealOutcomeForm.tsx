import { Field, makeStyles, Radio, RadioGroup, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { appealOutcomeIncompleteProblem, decisionIncompleteProblem } from '../../../../src/domain/recognition-decision';
import type { AppealOutcomeRequest, AppealResult, RecognitionView } from '../../api/types';
import { ReasonedForm } from '../../ui/ReasonedForm';
import { decisionRequest, draftFrom, type DecisionDraft } from './decision-draft';
import { DecisionFields } from './DecisionFields';

const useStyles = makeStyles({
  fieldset: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
});

/**
 * The panel's outcome of an appeal, with reasons: dismissed (the decision stands) or upheld, with the decision that
 * replaces the one appealed.
 */
export function AppealOutcomeForm({
  view,
  onRecord,
  onCancel,
}: {
  view: RecognitionView;
  onRecord: (body: Omit<AppealOutcomeRequest, 'version'>) => Promise<void>;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const [result, setResult] = useState<AppealResult>('dismissed');
  const [reasons, setReasons] = useState('');
  const [draft, setDraft] = useState<DecisionDraft>(() =>
    draftFrom(view.current?.level ?? view.proposal.level, view.proposal.levels, view.policy),
  );
  // The same rules the API applies: the outcome's reasons and, when upheld, everything the new decision needs.
  const problems = () =>
    [
      appealOutcomeIncompleteProblem({ result, reasons, hasDecision: true }),
      result === 'upheld' ? decisionIncompleteProblem(decisionRequest(draft)) : null,
    ].filter((p): p is string => p !== null);
  return (
    <ReasonedForm
      label="Record the appeal’s outcome"
      submitLabel="Record the outcome"
      notSentTitle="The outcome was not recorded"
      problems={problems}
      onSubmit={() =>
        onRecord({ result, reasons, ...(result === 'upheld' ? { decision: decisionRequest(draft) } : {}) })
      }
      onCancel={onCancel}
    >
      <Field label="Outcome of the appeal">
        <RadioGroup value={result} onChange={(_, d) => setResult(d.value as AppealResult)}>
          <Radio value="dismissed" label="Dismissed: the decision stands" />
          <Radio value="upheld" label="Upheld: the decision is changed" />
        </RadioGroup>
      </Field>
      <Field label="Reasons for the outcome" required>
        <Textarea value={reasons} onChange={(_, d) => setReasons(d.value)} resize="vertical" />
      </Field>
      {result === 'upheld' ? (
        <fieldset className={styles.fieldset}>
          <legend>
            <Text as="h3" weight="semibold" className={styles.heading}>
              The new decision
            </Text>
          </legend>
          <DecisionFields
            draft={draft}
            levels={view.proposal.levels}
            onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
            idPrefix="appeal-decision"
          />
        </fieldset>
      ) : null}
    </ReasonedForm>
  );
}
