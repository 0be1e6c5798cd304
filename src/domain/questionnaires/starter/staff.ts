import type { QuestionnaireItem } from '../questionnaire';

/** Staff: one or more items for each of the five themes, in plain English. Illustrative, for the network to replace. */
export const STAFF_ITEMS: QuestionnaireItem[] = [
  {
    code: 'S1',
    text: 'I check the physical health of the people I care for as well as their mental health.',
    scale: 'agree_disagree_5',
    required: true,
    standards: ['1.1', '1.3'],
  },
  {
    code: 'S2',
    text: 'I know how to refer someone for physical or mental health help outside our team.',
    scale: 'agree_disagree_5',
    required: true,
    standards: ['1.5', '1.6'],
  },
  {
    code: 'S3',
    text: 'The people we care for and their carers help shape how our service works.',
    scale: 'agree_disagree_5',
    required: true,
    standards: ['2.2', '2.9'],
  },
  {
    code: 'S4',
    text: 'In the last year I have had training in caring for both mind and body.',
    scale: 'yes_no_not_sure',
    required: true,
    standards: ['3.2', '3.8'],
  },
  {
    code: 'S5',
    text: 'My supervision covers both the physical and the mental health of the people I care for.',
    scale: 'agree_disagree_5',
    required: true,
    standards: ['3.4'],
  },
  {
    code: 'S6',
    text: 'I know what support is on offer for my own health and wellbeing at work.',
    scale: 'agree_disagree_5',
    required: true,
    standards: ['4.1'],
  },
  {
    code: 'S7',
    text: 'I have time to talk through difficult work with colleagues, for example in reflective practice.',
    scale: 'agree_disagree_5',
    required: true,
    standards: ['4.3', '4.8'],
  },
  {
    code: 'S8',
    text: 'I know who leads mind and body care in my organisation.',
    scale: 'yes_no_not_sure',
    required: true,
    standards: ['5.1', '5.2'],
  },
  {
    code: 'S9',
    text: 'Our team uses information about outcomes to improve care.',
    scale: 'agree_disagree_5',
    required: true,
    standards: ['5.5', '5.7'],
  },
  {
    code: 'S10',
    text: 'Is there anything else you would like to tell us? Please do not name anyone.',
    scale: 'free_text',
    required: false,
    standards: [],
  },
];
