import { useState } from 'react';
import { decisionIncompleteProblem } from '../../../../src/domain/recognition-decision';
import type { RecognitionDecisionRequest, RecognitionView } from '../../api/types';
import { ReasonedForm } from '../../ui/ReasonedForm';
import { decisionRequest, draftFrom, type DecisionDraft } from './decision-draft';
import { DecisionFields } from './DecisionFields';

/** The panel's decision on the proposal; what it misses, and what the API refuses, stays in the form with why. */
export function DecisionForm({
  view,
  onRecord,
  onCancel,
}: {
  view: RecognitionView;
  onRecord: (body: Omit<RecognitionDecisionRequest, 'version'>) => Promise<void>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<DecisionDraft>(() =>
    draftFrom(view.proposal.level, view.proposal.levels, view.policy),
  );
  return (
    <ReasonedForm
      label="Record the decision"
      submitLabel="Record the decision"
      notSentTitle="The decision was not recorded"
      problems={() => [decisionIncompleteProblem(decisionRequest(draft))].filter((p): p is string => p !== null)}
      onSubmit={() => onRecord(decisionRequest(draft))}
      onCancel={onCancel}
    >
      <DecisionFields
        draft={draft}
        levels={view.proposal.levels}
        onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
        idPrefix="decision"
      />
    </ReasonedForm>
  );
}
