import { Button, Field, makeStyles, Select, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { RETURN_TEXT_FIELDS, textFieldProblem } from '../../../../src/domain/text-field-rules';
import type { ReturnForInformationRequest, StandardReviewLine } from '../../api/types';
import { ReasonedForm } from '../../ui/ReasonedForm';

const useStyles = makeStyles({
  ask: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

interface Ask {
  readonly text: string;
  readonly standardCode: string;
}

const EMPTY: Ask = { text: '', standardCode: '' };

/** Every problem of the return at once, by the rules the API applies: the introduction, then each ask by number. */
function returnProblems(message: string, asks: readonly Ask[]): string[] {
  const introduction = textFieldProblem(RETURN_TEXT_FIELDS.message, message);
  const perAsk = asks.map((ask, index) => {
    const problem = textFieldProblem(RETURN_TEXT_FIELDS.ask, ask.text);
    return problem === null ? null : `Ask ${index + 1}: ${problem}`;
  });
  return [introduction, ...perAsk].filter((p): p is string => p !== null);
}

/**
 * What the team asks the service for, one thing per ask, each optionally about a standard. The asks stay in the
 * form until the API has accepted them.
 */
export function ReturnForm({
  standards,
  onSend,
  onCancel,
}: {
  readonly standards: readonly StandardReviewLine[];
  readonly onSend: (body: Omit<ReturnForInformationRequest, 'version'>) => Promise<void>;
  readonly onCancel: () => void;
}) {
  const styles = useStyles();
  const [message, setMessage] = useState('');
  const [asks, setAsks] = useState<readonly Ask[]>([EMPTY]);
  const change = (index: number, patch: Partial<Ask>) =>
    setAsks((all) => all.map((a, i) => (i === index ? { ...a, ...patch } : a)));

  return (
    <ReasonedForm
      label="Return for information"
      submitLabel="Return to the service"
      notSentTitle="The assessment was not returned"
      problems={() => returnProblems(message, asks)}
      onSubmit={() =>
        onSend({
          message,
          items: asks
            .filter((a) => a.text.trim() !== '')
            .map((a) => ({ text: a.text, standardCode: a.standardCode === '' ? null : a.standardCode })),
        })
      }
      onCancel={onCancel}
      actions={<Button onClick={() => setAsks((all) => [...all, EMPTY])}>Add another ask</Button>}
      submitDisabled={asks.every((a) => a.text.trim() === '')}
    >
      <Text>
        The assessment goes back to the service with your asks. The service answers each one and hands it back.
      </Text>
      <Field label="Introduction (optional)">
        <Textarea value={message} onChange={(_, d) => setMessage(d.value)} resize="vertical" />
      </Field>
      {asks.map((ask, index) => (
        <div key={index} className={styles.ask}>
          <Field label={`Ask ${index + 1}`} hint="One thing the team needs to see or know.">
            <Textarea value={ask.text} onChange={(_, d) => change(index, { text: d.value })} resize="vertical" />
          </Field>
          <Field label={`Standard for ask ${index + 1} (optional)`}>
            <Select value={ask.standardCode} onChange={(_, d) => change(index, { standardCode: d.value })}>
              <option value="">Not about one standard</option>
              {standards.map((s) => (
                <option key={s.standardCode} value={s.standardCode}>
                  {s.standardCode} {s.title}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      ))}
    </ReasonedForm>
  );
}
