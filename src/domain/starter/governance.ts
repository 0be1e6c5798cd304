import type { Standard, Theme } from '../framework';

export const GOVERNANCE: Theme = {
  code: '5',
  title: 'Governance and organisational processes',
  description:
    'The leadership, data, policies and improvement methods that make integrated care last beyond the ' +
    'efforts of a few enthusiasts.',
};

export const GOVERNANCE_STANDARDS: Standard[] = [
  {
    code: '5.1',
    themeCode: '5',
    title: 'A named mind and body lead',
    text:
      'The organisation has a named senior lead for mind and body care, with the authority and time to ' +
      'drive it, reporting to an executive director.',
    plainEnglish:
      'One senior person in the organisation is in charge of body and mind care, with the power and the time to make it happen.',
    guidance: 'The lead should be known across the organisation; check that staff can name them.',
    evidenceExamples: ['Role description', 'Organisation chart showing the reporting line'],
    level: 'organisation',
    type: 'essential',
  },
  {
    code: '5.2',
    themeCode: '5',
    title: 'A lead in every service',
    text: 'Each service has a named person who leads its mind and body work and links to the organisational lead.',
    plainEnglish:
      "Each service has one person who leads its body and mind work and keeps in touch with the organisation's lead.",
    guidance: 'This can be part of an existing role if time is set aside for it.',
    evidenceExamples: ['Named lead in the service structure', 'Notes of meetings with the organisational lead'],
    level: 'service',
    type: 'expected',
  },
  {
    code: '5.3',
    themeCode: '5',
    title: 'Reporting to the board',
    text:
      'The board, or a committee reporting to it, receives a report on mind and body care at least once a year ' +
      'and records what it decides.',
    plainEnglish:
      'At least once a year, the people who run the organisation hear how body and mind care is going, and write down what they decide.',
    guidance: 'The report should include outcomes and inequalities, not only activity.',
    evidenceExamples: ['Board or committee paper', 'Minutes showing discussion and decisions'],
    level: 'organisation',
    type: 'expected',
  },
  {
    code: '5.4',
    themeCode: '5',
    title: 'Ready for physical health emergencies',
    text:
      'Services that do not usually treat physical illness have the equipment, checked procedures and trained ' +
      'staff to respond to a physical health emergency until help arrives.',
    plainEnglish:
      'Services that do not usually treat physical illness have the equipment, plans and trained staff to help someone in a medical emergency until help arrives.',
    guidance: 'Check the emergency equipment log and when the procedure was last practised.',
    evidenceExamples: ['Emergency equipment checklist', 'Drill or simulation records'],
    level: 'service',
    type: 'essential',
  },
  {
    code: '5.5',
    themeCode: '5',
    title: 'Measuring outcomes',
    text:
      'The service or organisation measures outcomes that matter for mind and body care, including measures ' +
      'reported by patients, and reviews them regularly.',
    plainEnglish:
      'The service measures what matters for body and mind care, including what patients say about their own health, and looks at the results often.',
    guidance: 'Choose a few measures and track them over time rather than collecting many once.',
    evidenceExamples: ['Outcome dashboard', 'Minutes where outcomes were reviewed'],
    level: 'both',
    type: 'expected',
  },
  {
    code: '5.6',
    themeCode: '5',
    title: 'Data that shows inequalities',
    text:
      'Mind and body data can be broken down by groups such as ethnicity, age, sex and deprivation, and the ' +
      'organisation looks at the gaps it shows.',
    plainEnglish:
      'Results can be split by groups of people, such as age, sex, ethnic group and how well off people are, so that unfair gaps show up and are looked at.',
    guidance: 'Start with recording quality: the breakdown is only as good as the data behind it.',
    evidenceExamples: ['Report with breakdowns by group', 'Data quality review'],
    level: 'organisation',
    type: 'desirable',
  },
  {
    code: '5.7',
    themeCode: '5',
    title: 'Improving with quality improvement methods',
    text:
      'The service uses a recognised quality improvement method to work on at least one mind and body ' +
      'priority, measuring change over time.',
    plainEnglish:
      'The service uses a proven way of making things better on at least one body and mind priority, and measures whether things change over time.',
    guidance: 'Plan-do-study-act cycles with run charts are a common approach.',
    evidenceExamples: ['Project charter', 'Run chart or other measures over time'],
    level: 'service',
    type: 'desirable',
  },
  {
    code: '5.8',
    themeCode: '5',
    title: 'Sharing what works',
    text: 'The service shares its good practice and learning with others in the network and beyond.',
    plainEnglish: 'The service tells others in the network, and beyond, what works well and what it has learnt.',
    guidance: 'Presentations, case studies, and entries in the network library all count.',
    evidenceExamples: ['Network library entry', 'Conference or network presentation'],
    level: 'both',
    type: 'desirable',
  },
  {
    code: '5.9',
    themeCode: '5',
    title: 'Agreements with partner organisations',
    text:
      'Where care crosses organisations, written agreements set out who does what for mind and body care, ' +
      'and they are reviewed together.',
    plainEnglish:
      "Where several organisations share someone's care, they write down who does what for body and mind care, and check it together.",
    guidance: 'For example an agreement between a mental health trust and an acute trust on physical health support.',
    evidenceExamples: ['Joint working agreement', 'Notes of the joint review'],
    level: 'organisation',
    type: 'desirable',
  },
];
