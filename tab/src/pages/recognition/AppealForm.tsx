import { Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { appealGroundsProblem } from '../../../../src/domain/recognition-decision';
import { ReasonedForm } from '../../ui/ReasonedForm';

/** The service's appeal: its grounds, in the service's own words. */
export function AppealForm({
  closesOn,
  onAppeal,
  onCancel,
}: {
  closesOn: string;
  onAppeal: (grounds: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [grounds, setGrounds] = useState('');
  return (
    <ReasonedForm
      label="Appeal the decision"
      submitLabel="Send the appeal"
      notSentTitle="The appeal was not sent"
      problems={() => [appealGroundsProblem(grounds)].filter((p): p is string => p !== null)}
      onSubmit={() => onAppeal(grounds)}
      onCancel={onCancel}
    >
      <Field
        label="Grounds of the appeal"
        required
        hint={`What the panel should look at again, and why. Appeals are taken until ${closesOn}.`}
      >
        <Textarea value={grounds} onChange={(_, d) => setGrounds(d.value)} resize="vertical" />
      </Field>
    </ReasonedForm>
  );
}
