import type { QuestionnaireItem } from '../questionnaire';

/** Carers: short items for each of the five themes, in plain English. Illustrative, for the network to replace. */
export const CARER_ITEMS: QuestionnaireItem[] = [
  {
    code: 'C1',
    text: 'Staff paid attention to both the physical and the mental health of the person I care for.',
    scale: 'agree_disagree_5',
    required: true,
    standards: ['1.1', '1.4'],
  },
  {
    code: 'C2',
    text: 'Staff see me as a carer and involve me in plans, when the person I care for agrees.',
    scale: 'agree_disagree_5',
    required: true,
    standards: ['2.4'],
  },
  {
    code: 'C3',
    text: 'Someone asked me about my own health and told me where to find support.',
    scale: 'yes_no_not_sure',
    required: true,
    standards: ['2.5'],
  },
  {
    code: 'C4',
    text: 'I was told about local groups or services that could help us.',
    scale: 'yes_no_not_sure',
    required: true,
    standards: ['2.6'],
  },
  {
    code: 'C5',
    text: 'Staff seemed to understand how mind and body affect each other.',
    scale: 'agree_disagree_5',
    required: true,
    standards: ['3.2', '3.7'],
  },
  {
    code: 'C6',
    text: 'Staff had time to listen to me.',
    scale: 'agree_disagree_5',
    required: true,
    standards: ['4.6'],
  },
  {
    code: 'C7',
    text: 'I know who to contact if I am worried about care or want to give feedback.',
    scale: 'agree_disagree_5',
    required: true,
    standards: ['2.9', '5.1'],
  },
  {
    code: 'C8',
    text: 'Is there anything else you would like to tell us? Please do not name anyone.',
    scale: 'free_text',
    required: false,
    standards: [],
  },
];
