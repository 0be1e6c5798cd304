import type { Questionnaire, RunResults, RunView, QuestionnairesView } from '../../tab/src/api/types';

export const PATIENTS: Questionnaire = {
  id: 'fw-1:patients:en-GB',
  version: 1,
  frameworkId: 'fw-1',
  key: 'patients',
  title: 'Patients’ questionnaire',
  audience: 'patients',
  language: 'en-GB',
  illustrative: true,
  frameworkKey: 'mind-body',
  frameworkVersionNumber: 1,
  introduction: 'Tell us how care felt.',
  optionLabels: {},
  createdAt: '2026-11-01T09:00:00.000Z',
  items: [
    {
      code: 'P1',
      text: 'Staff asked about my physical health.',
      scale: 'agree_disagree_5',
      required: true,
      standards: ['1.1'],
    },
    { code: 'P2', text: 'I was given a care plan.', scale: 'yes_no_not_sure', required: true, standards: ['1.2'] },
    {
      code: 'P3',
      text: 'Anything else? Please do not name anyone.',
      scale: 'free_text',
      required: false,
      standards: [],
    },
  ],
};

export const STAFF: Questionnaire = {
  ...PATIENTS,
  id: 'fw-1:staff:en-GB',
  key: 'staff',
  title: 'Staff questionnaire',
  audience: 'staff',
};

const MAY = { allowed: true } as const;

export function run(overrides: Partial<RunView> = {}): RunView {
  return {
    id: 'c-1:svc-1:fw-1:patients:en-GB',
    version: 2,
    questionnaireId: PATIENTS.id,
    audience: 'patients',
    closesAt: '2026-12-31T23:59:00.000Z',
    closedEarlyAt: null,
    open: true,
    answers: 3,
    minimumAnswers: 5,
    oneAnswerPerDevice: true,
    title: PATIENTS.title,
    allowed: { close: MAY, new_link: MAY, paper_answer: MAY, send_to_channel: MAY },
    channelSend: null,
    ...overrides,
  };
}

export function questionnairesView(overrides: Partial<QuestionnairesView> = {}): QuestionnairesView {
  return {
    assessmentId: 'a-1',
    serviceName: 'COAST',
    cycleName: 'Cycle 2026/27',
    runs: [run()],
    questionnaires: [PATIENTS, STAFF],
    openableIds: [STAFF.id],
    allowed: { open: MAY, hide_comments: MAY },
    ...overrides,
  };
}

export function results(overrides: Partial<RunResults> = {}): RunResults {
  return {
    runId: run().id,
    audience: 'patients',
    title: PATIENTS.title,
    minimumAnswers: 5,
    answers: 6,
    paperAnswers: 1,
    suppressed: false,
    items: [
      {
        code: 'P1',
        text: PATIENTS.items[0]!.text,
        scale: 'agree_disagree_5',
        standards: ['1.1'],
        answered: 6,
        sharePositive: 83.3,
        distribution: [
          { option: 'strongly_agree', label: 'Strongly agree', count: 2, percent: 33.3 },
          { option: 'agree', label: 'Agree', count: 3, percent: 50 },
          { option: 'neither', label: 'Neither agree nor disagree', count: 0, percent: 0 },
          { option: 'disagree', label: 'Disagree', count: 1, percent: 16.7 },
          { option: 'strongly_disagree', label: 'Strongly disagree', count: 0, percent: 0 },
        ],
      },
      {
        code: 'P2',
        text: PATIENTS.items[1]!.text,
        scale: 'yes_no_not_sure',
        standards: ['1.2'],
        answered: null,
        sharePositive: null,
        distribution: null,
      },
      {
        code: 'P3',
        text: PATIENTS.items[2]!.text,
        scale: 'free_text',
        standards: [],
        answered: 5,
        sharePositive: null,
        distribution: null,
      },
    ],
    standards: [
      { standardCode: '1.1', itemCodes: ['P1'] },
      { standardCode: '1.2', itemCodes: ['P2'] },
    ],
    comments: [
      { id: 'cm-1', itemCode: 'P3', version: 1, text: 'Dr Smith was wonderful.' },
      { id: 'cm-2', itemCode: 'P3', version: 2, hidden: { reason: 'Names a nurse', at: '2026-11-20T10:00:00.000Z' } },
    ],
    mayHideComments: true,
    ...overrides,
  };
}
