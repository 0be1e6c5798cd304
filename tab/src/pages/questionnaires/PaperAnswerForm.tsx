import { Field, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { checkAnswer } from '../../../../src/domain/questionnaires/questionnaire-answer';
import {
  DEFAULT_OPTION_LABELS,
  isChoiceScale,
  optionsOf,
  type AnswerOption,
} from '../../../../src/domain/questionnaires/questionnaire';
import type { PaperAnswerRequest, Questionnaire } from '../../api/types';
import { ReasonedForm } from '../../ui/ReasonedForm';

/**
 * Typing in one answer given on paper, question by question as the person wrote it. It is counted as a paper
 * answer; the checks are the questionnaire's own (every required question answered, text within its limit), all
 * shown at once before anything is sent.
 */
export function PaperAnswerForm({
  questionnaire,
  onSave,
  onCancel,
}: {
  questionnaire: Questionnaire;
  onSave: (answer: PaperAnswerRequest) => Promise<void>;
  onCancel: () => void;
}) {
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [texts, setTexts] = useState<Record<string, string>>({});
  const label = (option: AnswerOption) => questionnaire.optionLabels[option] ?? DEFAULT_OPTION_LABELS[option];
  const given = () => ({
    choices,
    texts: Object.fromEntries(Object.entries(texts).filter(([, text]) => text.trim() !== '')),
  });
  return (
    <ReasonedForm
      label={`Type in a paper answer to ${questionnaire.title}`}
      submitLabel="Save the paper answer"
      notSentTitle="The paper answer was not saved"
      problems={() => {
        const checked = checkAnswer(questionnaire, given());
        return checked.ok ? [] : checked.problems.map((p) => p.message);
      }}
      onSubmit={() => onSave(given())}
      onCancel={onCancel}
    >
      {questionnaire.items.map((item, index) => {
        const question = `${index + 1}. ${item.text}`;
        return isChoiceScale(item.scale) ? (
          <Field key={item.code} label={question} required={item.required}>
            <RadioGroup
              value={choices[item.code] ?? ''}
              onChange={(_, data) => setChoices((c) => ({ ...c, [item.code]: data.value }))}
            >
              {optionsOf(item.scale).map((option) => (
                <Radio key={option} value={option} label={label(option)} />
              ))}
            </RadioGroup>
          </Field>
        ) : (
          <Field
            key={item.code}
            label={question}
            required={item.required}
            hint="Type it as written. Leave out anything that names a person."
          >
            <Textarea
              value={texts[item.code] ?? ''}
              onChange={(_, data) => setTexts((t) => ({ ...t, [item.code]: data.value }))}
              resize="vertical"
            />
          </Field>
        );
      })}
    </ReasonedForm>
  );
}
