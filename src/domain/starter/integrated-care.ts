import type { Standard, Theme } from '../framework';

export const INTEGRATED_CARE: Theme = {
  code: '1',
  title: 'Integrated patient care',
  description:
    'How care for the mind and the body is delivered to each patient: checks, screening, plans, referrals ' +
    'and medicines that treat the whole person rather than one half of them.',
};

export const INTEGRATED_CARE_STANDARDS: Standard[] = [
  {
    code: '1.1',
    themeCode: '1',
    title: 'Physical health checks for people with severe mental illness',
    text:
      'Everyone on the caseload with a severe mental illness is offered a full physical health check at least ' +
      'once a year, covering weight, blood pressure, blood sugar, blood lipids, smoking and alcohol use.',
    plainEnglish:
      'Once a year, people with a serious mental illness are offered a full check of their body: weight, blood pressure, blood sugar, cholesterol, smoking and drinking.',
    guidance:
      'Count the people offered and the people who had every element of the check. Where the GP does the check, ' +
      'the service still confirms it happened and holds the results.',
    evidenceExamples: ['Audit of checks completed in the last 12 months', 'Template used to record the check'],
    level: 'service',
    type: 'essential',
  },
  {
    code: '1.2',
    themeCode: '1',
    title: 'Acting on abnormal physical health results',
    text:
      'When a physical health check finds a result outside the normal range, the team records what it will do, ' +
      'who is responsible and by when, and follows it through.',
    plainEnglish:
      'If a health check shows something wrong, the team writes down what they will do about it, who will do it and by when, and then they do it.',
    guidance:
      'A check only helps if something happens next. Look for a named person and a date against each abnormal ' +
      'result, and for referrals being accepted.',
    evidenceExamples: ['Case note review of abnormal results and follow-up', 'Referral log with outcomes'],
    level: 'service',
    type: 'essential',
  },
  {
    code: '1.3',
    themeCode: '1',
    title: 'Screening for depression and anxiety in long-term conditions',
    text:
      'People with a long-term physical condition are asked about low mood and anxiety using a validated ' +
      'screening tool at assessment and at regular reviews.',
    plainEnglish:
      'People with a long-term physical illness are asked how their mood is and whether they feel anxious, when they first come and at later check-ups.',
    guidance:
      'Pick a short tool that suits the clinic and record the score. Staff should know what score leads to ' +
      'which next step.',
    evidenceExamples: ['Screening rates from the clinical record', 'Pathway showing next steps by score'],
    level: 'service',
    type: 'expected',
  },
  {
    code: '1.4',
    themeCode: '1',
    title: 'One care plan for mind and body',
    text:
      'Each person has a single care plan that sets out both their physical and mental health needs and goals, ' +
      'agreed with them and shared with the other teams involved in their care.',
    plainEnglish:
      'Each person has one plan for their care that covers their body and their mind. They agree it, and the other teams who care for them can see it.',
    guidance:
      'Two separate plans that never mention each other do not meet this standard. The plan should say who ' +
      'does what across teams.',
    evidenceExamples: ['Sample of anonymised care plans', 'Care plan template', 'Patient feedback on care planning'],
    level: 'service',
    type: 'expected',
  },
  {
    code: '1.5',
    themeCode: '1',
    title: 'Clear referral routes across physical and mental health',
    text:
      'Staff know how to refer a patient to physical or mental health services, including urgent routes, and ' +
      'the expected response times are written down.',
    plainEnglish:
      'Staff know how to get a patient seen by physical or mental health services, including in an emergency, and how long it should take.',
    guidance: 'Ask a few staff to describe the route. A directory or flowchart on the intranet helps.',
    evidenceExamples: ['Referral pathway document', 'Staff survey or interview notes', 'Referral response times'],
    level: 'both',
    type: 'expected',
  },
  {
    code: '1.6',
    themeCode: '1',
    title: 'Access to liaison psychiatry',
    text:
      'Patients in acute hospital wards and the emergency department can be seen by a liaison psychiatry or ' +
      'psychological medicine team within agreed times, every day of the year.',
    plainEnglish:
      'People on a hospital ward or in accident and emergency can see a mental health team quickly, on any day of the year.',
    guidance: 'Include out-of-hours cover and how the physical health teams ask for advice.',
    evidenceExamples: ['Liaison service specification', 'Response time data'],
    level: 'organisation',
    type: 'expected',
  },
  {
    code: '1.7',
    themeCode: '1',
    title: 'Medicines reviews and metabolic monitoring',
    text:
      'People taking antipsychotic or other medicines with physical side effects have them reviewed regularly, ' +
      'including weight, blood sugar, lipids and heart checks before starting and at set points afterwards.',
    plainEnglish:
      'People on medicines that can harm the body, such as some mental health medicines, have regular checks of their weight, blood, heart and medicines.',
    guidance:
      'Follow a written monitoring schedule. Reviews should also look at interactions with medicines for ' +
      'physical conditions.',
    evidenceExamples: ['Monitoring schedule', 'Audit of baseline and follow-up monitoring', 'Pharmacy review records'],
    level: 'service',
    type: 'essential',
  },
  {
    code: '1.8',
    themeCode: '1',
    title: 'Health promotion: smoking, activity and weight',
    text:
      'People are offered support to stop smoking, be more active and manage their weight, either by the team ' +
      'or through a referral the team follows up.',
    plainEnglish:
      'People get help to stop smoking, move more and manage their weight, from the team or from another service the team keeps in touch with.',
    guidance: 'Brief advice counts only when paired with an offer of real support.',
    evidenceExamples: ['Numbers offered and taking up stop-smoking support', 'Activity or weight programme leaflet'],
    level: 'service',
    type: 'expected',
  },
  {
    code: '1.9',
    themeCode: '1',
    title: 'Shared information between teams',
    text:
      "Physical and mental health teams can see the parts of each other's records they need, or receive " +
      'timely summaries, so that patients do not have to repeat their story.',
    plainEnglish:
      'Teams that care for the body and the mind share what they need to know, so people do not have to tell their story again and again.',
    guidance: 'Shared electronic records, read-only access or summary letters within a set time all count.',
    evidenceExamples: ['Information sharing agreement', 'Audit of letters sent within the agreed time'],
    level: 'both',
    type: 'desirable',
  },
];
