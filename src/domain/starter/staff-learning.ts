import type { Standard, Theme } from '../framework';

export const STAFF_LEARNING: Theme = {
  code: '3',
  title: 'Staff learning and development',
  description:
    'Whether staff have the knowledge, skills and support to care for the whole person, whatever setting ' +
    'they work in.',
};

export const STAFF_LEARNING_STANDARDS: Standard[] = [
  {
    code: '3.1',
    themeCode: '3',
    title: 'Recognising deterioration in body and mind',
    text:
      'Clinical staff in mental health settings can recognise and respond to a physical deterioration, and staff ' +
      'in physical health settings can recognise and respond to acute mental distress and risk.',
    plainEnglish:
      "Staff in mental health services can spot when someone's body is getting worse, and staff in other services can spot when someone's mind is in crisis.",
    guidance: 'Training should be refreshed at set intervals and include practice scenarios.',
    evidenceExamples: ['Training compliance figures', 'Course outline', 'Scenario or simulation records'],
    level: 'both',
    type: 'essential',
  },
  {
    code: '3.2',
    themeCode: '3',
    title: 'Mind and body training for clinical staff',
    text:
      'The organisation offers training on the links between physical and mental health to all clinical staff, ' +
      'and new starters receive it within their first year.',
    plainEnglish:
      'All staff who care for patients are offered training on how body and mind affect each other, and new staff get it in their first year.',
    guidance: 'E-learning can be a start; face-to-face or blended learning works better for skills.',
    evidenceExamples: ['Training programme', 'Uptake by staff group'],
    level: 'organisation',
    type: 'expected',
  },
  {
    code: '3.3',
    themeCode: '3',
    title: 'Skills that match the role',
    text:
      'Staff have the specific skills their role needs for mind and body care, such as taking blood or an ECG in ' +
      'mental health teams, or using screening tools for anxiety and depression in physical health teams.',
    plainEnglish:
      'Staff have the practical skills their job needs to care for body and mind, such as taking blood or asking about low mood and worry.',
    guidance: 'Write down the skills each role needs and check them, for example in appraisal.',
    evidenceExamples: ['Competency framework', 'Signed-off competency records'],
    level: 'service',
    type: 'expected',
  },
  {
    code: '3.4',
    themeCode: '3',
    title: 'Supervision covers the whole person',
    text:
      'Clinical supervision regularly includes discussion of the physical and mental health needs of patients together, ' +
      'not only the half the team is used to.',
    plainEnglish:
      'When staff meet their supervisor, they talk about both the body and the mind of the people they care for.',
    guidance: 'A prompt in the supervision template makes this routine.',
    evidenceExamples: ['Supervision template', 'Supervision frequency records'],
    level: 'service',
    type: 'expected',
  },
  {
    code: '3.5',
    themeCode: '3',
    title: 'Mind and body champions network',
    text:
      'A network of mind and body champions across teams shares knowledge, supports colleagues and meets ' +
      'regularly, with protected time to do so.',
    plainEnglish:
      'A group of staff champions for body and mind care share what they know, help colleagues and meet often, with time set aside for it.',
    guidance: 'Champions need a clear role and time; a list of names alone is not a network.',
    evidenceExamples: ['Champion role description', 'Meeting notes', 'List of champions by team'],
    level: 'organisation',
    type: 'desirable',
  },
  {
    code: '3.6',
    themeCode: '3',
    title: 'Learning across disciplines',
    text:
      'Staff can shadow, rotate or learn alongside colleagues from the other side of the physical and mental ' +
      'health divide.',
    plainEnglish:
      'Staff can spend time with, or learn alongside, colleagues who care for the other side: the body or the mind.',
    guidance: 'Joint teaching sessions, shadowing days and joint case reviews all count.',
    evidenceExamples: ['Shadowing or rotation records', 'Joint teaching programme'],
    level: 'both',
    type: 'desirable',
  },
  {
    code: '3.7',
    themeCode: '3',
    title: 'Training shaped by lived experience',
    text: 'People with lived experience help design and deliver mind and body training.',
    plainEnglish: 'People who have lived with these problems help plan and run the training on body and mind care.',
    guidance: 'Co-delivery should be paid or reimbursed and properly prepared.',
    evidenceExamples: ['Training materials credited to co-authors', 'Session feedback'],
    level: 'organisation',
    type: 'desirable',
  },
  {
    code: '3.8',
    themeCode: '3',
    title: 'Knowing who has been trained',
    text:
      'The organisation keeps records of mind and body training and uses them to find and close gaps in ' +
      'particular teams or staff groups.',
    plainEnglish:
      'The organisation keeps a list of who has had body and mind training and uses it to find teams who still need it.',
    guidance: 'Review the records at least yearly and act on the gaps.',
    evidenceExamples: ['Training needs analysis', 'Report of training gaps and actions'],
    level: 'organisation',
    type: 'expected',
  },
];
