import type { QuestionnaireItem } from '../questionnaire';

/** Patients: short items for each of the five themes, in plain English. Illustrative, for the network to replace. */
export const PATIENT_ITEMS: QuestionnaireItem[] = [
  {
    code: 'P1',
    text: 'Staff asked about my physical health as well as my mental health.',
    scale: 'agree_disagree_5',
    required: true,
    standards: ['1.1', '1.3'],
  },
  {
    code: 'P2',
    text: 'I have one plan for my care that covers both my body and my mind.',
    scale: 'yes_no_not_sure',
    required: true,
    standards: ['1.4'],
  },
  {
    code: 'P3',
    text: 'Staff talked with me about staying healthy, for example smoking, being active or my weight.',
    scale: 'yes_no_not_sure',
    required: true,
    standards: ['1.8'],
  },
  {
    code: 'P4',
    text: 'I was asked what matters to me, and my own goals are in my plan.',
    scale: 'agree_disagree_5',
    required: true,
    standards: ['2.1'],
  },
  {
    code: 'P5',
    text: 'The information I was given was easy to understand.',
    scale: 'agree_disagree_5',
    required: true,
    standards: ['2.8'],
  },
  {
    code: 'P6',
    text: 'Staff seemed to know how to help with both my physical and my mental health.',
    scale: 'agree_disagree_5',
    required: true,
    standards: ['3.1', '3.2'],
  },
  {
    code: 'P7',
    text: 'Staff had time to listen to me.',
    scale: 'agree_disagree_5',
    required: true,
    standards: ['4.6'],
  },
  {
    code: 'P8',
    text: 'I have been asked for my views on this service, and I was told what changed because of them.',
    scale: 'yes_no_not_sure',
    required: true,
    standards: ['2.9', '5.7'],
  },
  {
    code: 'P9',
    text: 'Is there anything else you would like to tell us? Please do not name anyone.',
    scale: 'free_text',
    required: false,
    standards: [],
  },
];
