import type { Standard, Theme } from '../framework';

export const INVOLVEMENT: Theme = {
  code: '2',
  title: 'Patient and community involvement',
  description:
    'How patients, carers and local communities shape their own care and the services around them, and how ' +
    'the service learns about the needs and inequalities of the people it serves.',
};

export const INVOLVEMENT_STANDARDS: Standard[] = [
  {
    code: '2.1',
    themeCode: '2',
    title: 'Patients set their own mind and body goals',
    text:
      'Patients are invited to say what matters to them about both their physical and their mental health, and ' +
      'their own goals are written into their plan in their words.',
    plainEnglish:
      'Patients are asked what matters to them about their body and their mind, and their own goals go into their plan in their own words.',
    guidance: 'Look for goals in the first person and for evidence that they were reviewed with the patient.',
    evidenceExamples: ['Anonymised care plans showing personal goals', 'Patient survey results'],
    level: 'service',
    type: 'expected',
  },
  {
    code: '2.2',
    themeCode: '2',
    title: 'Lived-experience roles in service design',
    text:
      'People with lived experience of both physical and mental health conditions hold paid or supported roles ' +
      'in designing and changing services.',
    plainEnglish:
      'People who have lived with physical and mental health problems are paid or supported to help design and change services.',
    guidance: 'Roles should be properly supported and paid or reimbursed; a single consultation event is not enough.',
    evidenceExamples: ['Role descriptions', 'Minutes of design meetings showing participation'],
    level: 'both',
    type: 'expected',
  },
  {
    code: '2.3',
    themeCode: '2',
    title: 'People with lived experience review how the service is doing',
    text:
      'People with lived experience take part in reviewing the results, complaints and audits of the service, and ' +
      'their views are recorded alongside the findings.',
    plainEnglish:
      'People who have lived with these problems help look at how the service is doing, including complaints, and what they say is written down.',
    guidance: 'Examples include a patient panel reviewing the quarterly dashboard.',
    evidenceExamples: ['Panel terms of reference', 'Review notes with lived-experience comments'],
    level: 'service',
    type: 'desirable',
  },
  {
    code: '2.4',
    themeCode: '2',
    title: 'Carers are recognised and involved',
    text:
      'The team identifies carers, asks the patient how they want their carer involved, and offers carers ' +
      'information about the condition and the care plan within the limits the patient agrees.',
    plainEnglish:
      'The team finds out who the carers are, asks the patient how they want their carer involved, and gives carers the information the patient agrees to.',
    guidance: 'Record carers and their involvement preferences; respect confidentiality decisions.',
    evidenceExamples: ['Carer identification rates', 'Carer information pack', 'Carer feedback'],
    level: 'service',
    type: 'expected',
  },
  {
    code: '2.5',
    themeCode: '2',
    title: "Carers' own health",
    text: 'Carers are offered an assessment of their own needs and signposted to support for their physical and mental health.',
    plainEnglish:
      'Carers are offered a chat about what they need themselves, and told where to get help for their own body and mind.',
    guidance: 'Local authority carer assessments and carer support groups both count.',
    evidenceExamples: ['Signposting records', 'Carer support leaflet'],
    level: 'service',
    type: 'desirable',
  },
  {
    code: '2.6',
    themeCode: '2',
    title: 'Working with community partners',
    text:
      'The service has working links with voluntary, faith, leisure and community organisations that help ' +
      'people stay well in body and mind, and refers people to them.',
    plainEnglish:
      'The service works with local groups, such as charities, faith groups and sports centres, that help people stay well, and sends people to them.',
    guidance: 'A short directory with named contacts, kept up to date, is a good start.',
    evidenceExamples: ['Directory of partners', 'Joint projects or referral numbers'],
    level: 'both',
    type: 'desirable',
  },
  {
    code: '2.7',
    themeCode: '2',
    title: 'Knowing the local population and its inequalities',
    text:
      'The organisation understands which groups in its population have the worst physical and mental health ' +
      'outcomes or the poorest access, and has a plan to reduce those gaps.',
    plainEnglish:
      'The organisation knows which local groups of people have the worst health or find it hardest to get care, and has a plan to close those gaps.',
    guidance: 'Use population health data, and ask communities directly; include ethnicity and deprivation.',
    evidenceExamples: ['Health inequalities analysis', 'Action plan with named owners'],
    level: 'organisation',
    type: 'expected',
  },
  {
    code: '2.8',
    themeCode: '2',
    title: 'Information people can use',
    text:
      'Information about care and treatment is available in formats and languages people can understand, and ' +
      'communication needs are recorded and met.',
    plainEnglish:
      'Information about care comes in a form and a language people can understand, and any help people need to communicate is written down and given.',
    guidance: 'Covers easy read, large print, interpreters and sign language. Check that needs are flagged in records.',
    evidenceExamples: ['Examples of accessible leaflets', 'Interpreter use data', 'Record of communication needs'],
    level: 'both',
    type: 'essential',
  },
  {
    code: '2.9',
    themeCode: '2',
    title: 'Acting on feedback',
    text:
      'The service gathers feedback from patients and carers about how well their mind and body needs were met, ' +
      'and shows what it changed as a result.',
    plainEnglish:
      'The service asks patients and carers how well it looked after their body and mind, and shows what it changed because of what they said.',
    guidance: 'A "you said, we did" board or newsletter is one way to close the loop.',
    evidenceExamples: ['Feedback summary', 'Examples of changes made'],
    level: 'service',
    type: 'desirable',
  },
];
