import type { Standard, Theme } from '../framework';

export const STAFF_WELLBEING: Theme = {
  code: '4',
  title: 'Staff health and wellbeing',
  description:
    "How staff's own physical and mental health is looked after, so that the people who give care are well " +
    'enough to give it.',
};

export const STAFF_WELLBEING_STANDARDS: Standard[] = [
  {
    code: '4.1',
    themeCode: '4',
    title: 'A wellbeing offer for staff',
    text:
      'Staff can use a wellbeing offer that covers both physical and mental health, such as health checks, ' +
      'counselling, activity schemes and financial advice, and they know how to reach it.',
    plainEnglish:
      'Staff can get help to look after their own body and mind, such as health checks, someone to talk to, exercise and money advice, and they know how.',
    guidance: 'Check awareness as well as availability: ask staff whether they know what is on offer.',
    evidenceExamples: ['Wellbeing offer summary', 'Uptake figures', 'Staff awareness survey'],
    level: 'organisation',
    type: 'expected',
  },
  {
    code: '4.2',
    themeCode: '4',
    title: 'Work-related stress is assessed and acted on',
    text:
      'The organisation assesses the risk of work-related stress, acts on what it finds, and gives staff prompt ' +
      'access to occupational health, including psychological support.',
    plainEnglish:
      'The organisation checks whether work is causing staff stress, does something about it, and gets staff quick help, including someone to talk to.',
    guidance: 'Employers have a duty to assess this risk; show the assessment and the actions that followed.',
    evidenceExamples: ['Stress risk assessment', 'Occupational health referral times'],
    level: 'organisation',
    type: 'essential',
  },
  {
    code: '4.3',
    themeCode: '4',
    title: 'Reflective practice',
    text: 'Staff have regular, protected time for reflective practice, facilitated by someone trained to do so.',
    plainEnglish:
      'Staff have regular time, set aside, to talk through and learn from their work with someone trained to lead this.',
    guidance: 'Schwartz rounds, reflective groups and team case reflections all count if they happen regularly.',
    evidenceExamples: ['Session schedule', 'Attendance figures', 'Staff feedback on sessions'],
    level: 'service',
    type: 'expected',
  },
  {
    code: '4.4',
    themeCode: '4',
    title: 'Support after distressing events',
    text:
      'After a distressing event such as a death, an assault or a serious incident, staff are offered a ' +
      'debrief and follow-up support.',
    plainEnglish:
      'After something upsetting at work, such as a death, an attack or a serious mistake, staff are offered a chance to talk and more support later.',
    guidance: 'The offer should be made within days and repeated later, as reactions can come late.',
    evidenceExamples: ['Post-incident support procedure', 'Record of debriefs offered'],
    level: 'service',
    type: 'expected',
  },
  {
    code: '4.5',
    themeCode: '4',
    title: 'Wellbeing conversations with managers',
    text: 'Every member of staff is offered a regular conversation with their manager about their health and wellbeing.',
    plainEnglish:
      'Every member of staff is offered a regular chat with their manager about their health and how they are feeling.',
    guidance: 'This can be part of supervision or appraisal, as long as it is offered and recorded.',
    evidenceExamples: ['Wellbeing conversation guide', 'Proportion of staff offered one'],
    level: 'both',
    type: 'desirable',
  },
  {
    code: '4.6',
    themeCode: '4',
    title: 'A workplace that supports health',
    text:
      'The workplace makes healthy choices easier: healthy food at all hours, places to rest, time for breaks ' +
      'and support to be active.',
    plainEnglish:
      'The workplace makes it easier to stay healthy: good food at any time of day, places to rest, time for breaks and help to keep active.',
    guidance: 'Night staff need the same access as day staff.',
    evidenceExamples: ['Catering offer for night shifts', 'Rest facilities audit'],
    level: 'organisation',
    type: 'desirable',
  },
  {
    code: '4.7',
    themeCode: '4',
    title: 'Listening to staff about their wellbeing',
    text:
      'The organisation reviews what staff say about their health and wellbeing, for example in the staff ' +
      'survey, and acts on it with a published plan.',
    plainEnglish:
      'The organisation listens to what staff say about their health, for example in the yearly staff survey, and publishes a plan to act on it.',
    guidance: 'Share the results and the plan with staff, and report progress.',
    evidenceExamples: ['Staff survey wellbeing results', 'Published action plan'],
    level: 'organisation',
    type: 'expected',
  },
  {
    code: '4.8',
    themeCode: '4',
    title: 'Peer support for staff',
    text: 'Trained peer supporters or wellbeing champions are available in the team for colleagues to talk to.',
    plainEnglish: 'There are trained colleagues in the team whom staff can talk to about how they are feeling.',
    guidance: 'Peer supporters need training, supervision and time.',
    evidenceExamples: ['List of peer supporters', 'Training records'],
    level: 'service',
    type: 'desirable',
  },
];
