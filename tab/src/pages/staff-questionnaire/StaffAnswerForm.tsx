import { Button, Field, makeStyles, Radio, RadioGroup, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import {
  checkAnswer,
  type AnswerProblem,
  type AnswerSubmission,
} from '../../../../src/domain/questionnaires/questionnaire-answer';
import { MAX_FREE_TEXT_LENGTH } from '../../../../src/domain/questionnaires/questionnaire';
import type { StaffAnswerRequest, StaffQuestion } from '../../api/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { NotSentProblems } from '../../ui/NotSentProblems';
import { useResultFocus } from '../../ui/use-result-focus';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, maxWidth: '48rem', minWidth: 0 },
  question: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}`, fontWeight: tokens.fontWeightSemibold },
  // Large targets: each answer's whole row (at least 44 px high) chooses it, as on a phone.
  option: { minHeight: '44px', alignItems: 'center' },
  optionLabel: { paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  problem: { color: tokens.colorPaletteRedForeground1, margin: `${tokens.spacingVerticalXS} 0 0` },
  outcome: { outlineStyle: 'none' },
});

const LIMIT = MAX_FREE_TEXT_LENGTH.toLocaleString('en-GB');
const NOT_SENT = 'Your answers were not sent';

/** Only what the person gave: an untouched question is left out, so the rules see it as unanswered. */
function submissionOf(choices: Record<string, string>, texts: Record<string, string>): AnswerSubmission {
  const given = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).filter(([, v]) => v));
  return { choices: given(choices), texts: given(texts) };
}

function ProblemText({ problem, id }: { problem: AnswerProblem | undefined; id: string }) {
  const styles = useStyles();
  return problem ? (
    <Text as="p" block id={id} className={styles.problem}>
      {problem.message}
    </Text>
  ) : null;
}

/**
 * The questions as a form: choice questions are fieldsets of radio buttons, free text reminds people not to name
 * anyone. The questionnaire rules (src/domain) are checked before sending and every problem shows at once; when
 * sending fails, the answers stay as they were so nothing has to be given again.
 */
export function StaffAnswerForm({
  questions,
  onSend,
}: {
  questions: readonly StaffQuestion[];
  onSend: (answer: StaffAnswerRequest) => Promise<void>;
}) {
  const styles = useStyles();
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<readonly AnswerProblem[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const { ref, focusResult } = useResultFocus<HTMLDivElement>();

  const send = async () => {
    const answer = submissionOf(choices, texts);
    const checked = checkAnswer({ items: questions }, answer);
    setError(null);
    setProblems(checked.ok ? [] : checked.problems);
    if (!checked.ok) {
      focusResult();
      return;
    }
    setSending(true);
    try {
      await onSend(answer);
    } catch (e) {
      setError(e);
      focusResult();
    } finally {
      setSending(false);
    }
  };
  const problemOf = (code: string) => problems.find((p) => p.itemCode === code);

  return (
    <form
      className={styles.form}
      aria-label="Your answers"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      {questions.map((question) => {
        const problem = problemOf(question.code);
        const problemId = `staff-question-${question.code}-problem`;
        const legendId = `staff-question-${question.code}`;
        const title = `${question.number}. ${question.text}${question.required ? '' : ' (optional)'}`;
        if (question.options.length > 0) {
          return (
            <fieldset key={question.code} className={styles.question}>
              <legend id={legendId} className={styles.legend}>
                {title}
              </legend>
              <RadioGroup
                aria-labelledby={legendId}
                aria-describedby={problem ? problemId : undefined}
                aria-invalid={problem ? true : undefined}
                aria-required={question.required}
                value={choices[question.code] ?? ''}
                onChange={(_, data) => setChoices((now) => ({ ...now, [question.code]: data.value }))}
              >
                {question.options.map((option) => (
                  <Radio
                    key={option.value}
                    value={option.value}
                    className={styles.option}
                    label={{ children: option.label, className: styles.optionLabel }}
                  />
                ))}
              </RadioGroup>
              <ProblemText problem={problem} id={problemId} />
            </fieldset>
          );
        }
        const text = texts[question.code] ?? '';
        return (
          <fieldset key={question.code} className={styles.question}>
            <legend className={styles.legend}>{title}</legend>
            <Field
              label="Your answer"
              required={question.required}
              validationMessage={problem?.message}
              hint={`Please do not name anyone, yourself included: your answer stays anonymous. Up to ${LIMIT} characters (${text.length.toLocaleString('en-GB')} so far).`}
            >
              <Textarea
                value={text}
                resize="vertical"
                onChange={(_, data) => setTexts((now) => ({ ...now, [question.code]: data.value }))}
              />
            </Field>
          </fieldset>
        );
      })}
      <div ref={ref} tabIndex={-1} className={styles.outcome} data-testid="form-outcome">
        <NotSentProblems title={NOT_SENT} problems={problems.map((problem) => problem.message)} />
        {error ? <ErrorMessage error={error} title={NOT_SENT} /> : null}
      </div>
      <div>
        <Button appearance="primary" type="submit" size="large" disabled={sending}>
          {sending ? 'Sending your answers…' : 'Send my answers'}
        </Button>
      </div>
    </form>
  );
}
