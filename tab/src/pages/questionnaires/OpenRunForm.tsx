import { Checkbox, Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { DEFAULT_MINIMUM_ANSWERS } from '../../../../src/domain/questionnaires/questionnaire-run';
import { closingTimeOf, openRunProblems } from '../../../../src/domain/questionnaires/open-run-rules';
import { AUDIENCE_LABELS } from '../../../../src/domain/labels';
import type { OpenRunRequest, Questionnaire } from '../../api/types';
import { todayIso } from '../../ui/dates';
import { ReasonedForm } from '../../ui/ReasonedForm';

/**
 * Opening a questionnaire for the service: which one, the last day answers are taken and, if the service wants
 * more than the default, the minimum number of answers before anything is shown. Every problem is shown at once,
 * by the same rules the API applies, before anything is sent. A service that hands one device round (a waiting
 * room's tablet) lets it answer more than once; otherwise each device answers the public link once.
 */
export function OpenRunForm({
  questionnaires,
  onOpen,
  onCancel,
}: {
  questionnaires: readonly Questionnaire[];
  onOpen: (request: OpenRunRequest) => Promise<void>;
  onCancel: () => void;
}) {
  const [questionnaireId, setQuestionnaireId] = useState(questionnaires.length === 1 ? questionnaires[0]!.id : '');
  const [closingDate, setClosingDate] = useState('');
  const [minimumAnswers, setMinimumAnswers] = useState('');
  const [sharedDevice, setSharedDevice] = useState(false);
  const nameOf = (q: Questionnaire) => `${q.title} (${AUDIENCE_LABELS[q.audience]})`;
  return (
    <ReasonedForm
      label="Open a questionnaire"
      submitLabel="Open the questionnaire"
      notSentTitle="The questionnaire was not opened"
      problems={() => openRunProblems({ questionnaireId, closingDate, minimumAnswers }, todayIso())}
      onSubmit={() =>
        onOpen({
          questionnaireId,
          closesAt: closingTimeOf(closingDate),
          ...(minimumAnswers.trim() === '' ? {} : { minimumAnswers: Number(minimumAnswers) }),
          ...(sharedDevice ? { oneAnswerPerDevice: false } : {}),
        })
      }
      onCancel={onCancel}
    >
      <Field label="Questionnaire" required>
        <Select value={questionnaireId} onChange={(_, data) => setQuestionnaireId(data.value)}>
          <option value="">Choose a questionnaire</option>
          {questionnaires.map((q) => (
            <option key={q.id} value={q.id}>
              {nameOf(q)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Closing date" required hint="Answers are taken until the end of this day (UK time).">
        <Input type="date" value={closingDate} onChange={(_, data) => setClosingDate(data.value)} />
      </Field>
      <Field
        label="Minimum number of answers before results are shown"
        hint={`Leave empty for ${DEFAULT_MINIMUM_ANSWERS}. Fewer answers could tell who wrote them, so nothing is shown until then.`}
      >
        <Input inputMode="numeric" value={minimumAnswers} onChange={(_, data) => setMinimumAnswers(data.value)} />
      </Field>
      <Field hint="Left unticked, each phone or tablet answers the public link once. Tick it for a device handed round, for example in a waiting room.">
        <Checkbox
          label="Let one phone or tablet give several answers"
          checked={sharedDevice}
          onChange={(_, data) => setSharedDevice(data.checked === true)}
        />
      </Field>
    </ReasonedForm>
  );
}
