import type { Profession, Role } from '../domain/network';

/** The demo network: the three founding trusts, their pilot and other services, and people in every role. */
export const DEMO_ORGANISATIONS = [
  { id: 'org-kch', name: "King's College Hospital NHS Foundation Trust", shortName: 'KCH' },
  { id: 'org-slam', name: 'South London and Maudsley NHS Foundation Trust', shortName: 'SLaM' },
  { id: 'org-gstt', name: "Guy's and St Thomas' NHS Foundation Trust", shortName: 'GSTT' },
] as const;

export const DEMO_SERVICES = [
  {
    id: 'svc-kch-cardio',
    organisationId: 'org-kch',
    name: 'Cardio-respiratory service',
    description: 'Outpatient and rehabilitation care for heart and lung conditions (network pilot service).',
    population:
      'Adults in Lambeth and Southwark with heart failure, COPD or after cardiac events; many older, many living alone.',
  },
  {
    id: 'svc-kch-diabetes',
    organisationId: 'org-kch',
    name: 'Diabetes outpatient service',
    description: 'Specialist diabetes clinics, including young adults and foot care.',
    population:
      'Adults with type 1 and type 2 diabetes; high rates of deprivation and of people of Black African and Caribbean heritage.',
  },
  {
    id: 'svc-kch-ed',
    organisationId: 'org-kch',
    name: 'Emergency department',
    description: 'Major trauma centre and emergency department at Denmark Hill.',
    population: 'Anyone attending in crisis; frequent attenders often have both mental and physical health needs.',
  },
  {
    id: 'svc-slam-coast',
    organisationId: 'org-slam',
    name: 'COAST early intervention service',
    description: 'Early intervention in psychosis for young people (network pilot service).',
    population:
      'People aged 14-35 in Lambeth with a first episode of psychosis; high smoking rates and early metabolic risk.',
  },
  {
    id: 'svc-slam-cmht',
    organisationId: 'org-slam',
    name: 'Southwark community mental health team',
    description: 'Community care for adults with severe and enduring mental illness.',
    population: 'Adults with severe mental illness, many with diabetes, obesity or respiratory disease.',
  },
  {
    id: 'svc-slam-liaison',
    organisationId: 'org-slam',
    name: "Psychiatric liaison at King's College Hospital",
    description: 'Liaison psychiatry for inpatients and the emergency department of an acute hospital.',
    population:
      'Adults in acute hospital care with self-harm, delirium, or mental health needs alongside physical illness.',
  },
  {
    id: 'svc-gstt-rheum',
    organisationId: 'org-gstt',
    name: 'Rheumatology service',
    description: 'Care for inflammatory arthritis, lupus and related conditions.',
    population: 'Adults with long-term musculoskeletal conditions; depression and anxiety common and often missed.',
  },
  {
    id: 'svc-gstt-renal',
    organisationId: 'org-gstt',
    name: 'Renal and dialysis service',
    description: 'Kidney care, dialysis units and transplant follow-up.',
    population: 'Adults on dialysis three times a week; high burden of low mood and cognitive problems.',
  },
  {
    id: 'svc-gstt-pain',
    organisationId: 'org-gstt',
    name: 'Persistent pain service',
    description: 'Multidisciplinary pain management programmes.',
    population: 'Adults living with persistent pain, often with trauma histories and long-term sickness absence.',
  },
] as const;

export interface DemoPerson {
  readonly id: string;
  readonly displayName: string;
  readonly organisationId: string | null;
  readonly jobTitle: string;
  readonly profession: Profession;
  /** `trainedDaysAgo` on a network-scope reviewer role: when the person was trained, counted back from the seed day. */
  readonly roles: readonly { role: Role; scope: 'network' | string; trainedDaysAgo?: number }[];
}

/** Scope strings: 'network', an organisation id (org-...), a service id (svc-...) or `review:<service id>`. */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    id: 'p-admin',
    displayName: 'Amara Okafor',
    organisationId: 'org-kch',
    jobTitle: 'Network manager',
    profession: 'management',
    roles: [{ role: 'network_admin', scope: 'network' }],
  },
  {
    id: 'p-lead-kch',
    displayName: 'David Mensah',
    organisationId: 'org-kch',
    jobTitle: 'Mind and body lead',
    profession: 'physical_health',
    roles: [{ role: 'organisational_lead', scope: 'org-kch' }],
  },
  {
    id: 'p-lead-slam',
    displayName: 'Hannah Reid',
    organisationId: 'org-slam',
    jobTitle: 'Associate director for physical health',
    profession: 'mental_health',
    roles: [{ role: 'organisational_lead', scope: 'org-slam' }],
  },
  {
    id: 'p-lead-gstt',
    displayName: 'Rajesh Patel',
    organisationId: 'org-gstt',
    jobTitle: 'Integrated care lead',
    profession: 'physical_health',
    roles: [{ role: 'organisational_lead', scope: 'org-gstt' }],
  },
  {
    id: 'p-sl-cardio',
    displayName: 'Sarah Thompson',
    organisationId: 'org-kch',
    jobTitle: 'Cardiac rehabilitation lead nurse',
    profession: 'physical_health',
    roles: [{ role: 'service_lead', scope: 'svc-kch-cardio' }],
  },
  {
    id: 'p-sl-diabetes',
    displayName: 'Michael Adeyemi',
    organisationId: 'org-kch',
    jobTitle: 'Consultant diabetologist',
    profession: 'physical_health',
    roles: [{ role: 'service_lead', scope: 'svc-kch-diabetes' }],
  },
  {
    id: 'p-sl-ed',
    displayName: 'Laura Jenkins',
    organisationId: 'org-kch',
    jobTitle: 'ED matron',
    profession: 'physical_health',
    roles: [{ role: 'service_lead', scope: 'svc-kch-ed' }],
  },
  {
    id: 'p-sl-coast',
    displayName: 'Ella Morgan',
    organisationId: 'org-slam',
    jobTitle: 'COAST team manager',
    profession: 'mental_health',
    roles: [{ role: 'service_lead', scope: 'svc-slam-coast' }],
  },
  {
    id: 'p-sl-cmht',
    displayName: 'Tom Fitzgerald',
    organisationId: 'org-slam',
    jobTitle: 'CMHT team leader',
    profession: 'mental_health',
    roles: [{ role: 'service_lead', scope: 'svc-slam-cmht' }],
  },
  {
    id: 'p-sl-liaison',
    displayName: 'Dr Nadia Hussain',
    organisationId: 'org-slam',
    jobTitle: 'Consultant liaison psychiatrist',
    profession: 'mental_health',
    roles: [{ role: 'service_lead', scope: 'svc-slam-liaison' }],
  },
  {
    id: 'p-sl-rheum',
    displayName: 'Grace Chen',
    organisationId: 'org-gstt',
    jobTitle: 'Rheumatology clinical nurse specialist',
    profession: 'physical_health',
    roles: [{ role: 'service_lead', scope: 'svc-gstt-rheum' }],
  },
  {
    id: 'p-sl-renal',
    displayName: 'Oliver Bennett',
    organisationId: 'org-gstt',
    jobTitle: 'Renal psychologist',
    profession: 'mental_health',
    roles: [{ role: 'service_lead', scope: 'svc-gstt-renal' }],
  },
  {
    id: 'p-sl-pain',
    displayName: 'Fatima Rahman',
    organisationId: 'org-gstt',
    jobTitle: 'Pain service lead physiotherapist',
    profession: 'physical_health',
    roles: [{ role: 'service_lead', scope: 'svc-gstt-pain' }],
  },
  {
    id: 'p-contrib-coast-1',
    displayName: 'Jamal Williams',
    organisationId: 'org-slam',
    jobTitle: 'Physical health nurse',
    profession: 'physical_health',
    roles: [{ role: 'contributor', scope: 'svc-slam-coast' }],
  },
  {
    id: 'p-contrib-coast-2',
    displayName: 'Sophie Clarke',
    organisationId: 'org-slam',
    jobTitle: 'Peer support worker',
    profession: 'lived_experience',
    roles: [{ role: 'contributor', scope: 'svc-slam-coast' }],
  },
  {
    id: 'p-contrib-cardio',
    displayName: 'Ben Harris',
    organisationId: 'org-kch',
    jobTitle: 'Clinical psychologist',
    profession: 'mental_health',
    roles: [{ role: 'contributor', scope: 'svc-kch-cardio' }],
  },
  {
    id: 'p-lead-reviewer',
    displayName: 'Dr Catherine Lowe',
    organisationId: 'org-kch',
    jobTitle: 'Consultant physician',
    profession: 'physical_health',
    roles: [
      { role: 'lead_reviewer', scope: 'network', trainedDaysAgo: 300 },
      { role: 'lead_reviewer', scope: 'review:svc-gstt-rheum' },
    ],
  },
  {
    id: 'p-peer-mh',
    displayName: 'Kwame Asante',
    organisationId: 'org-slam',
    jobTitle: 'Mental health nurse consultant',
    profession: 'mental_health',
    roles: [
      { role: 'peer_reviewer', scope: 'network', trainedDaysAgo: 150 },
      { role: 'peer_reviewer', scope: 'review:svc-gstt-rheum' },
    ],
  },
  {
    id: 'p-expert',
    displayName: 'Maria Santos',
    organisationId: 'org-slam',
    jobTitle: 'Expert by experience',
    profession: 'lived_experience',
    roles: [
      { role: 'expert_by_experience', scope: 'network', trainedDaysAgo: 400 },
      { role: 'expert_by_experience', scope: 'review:svc-gstt-rheum' },
    ],
  },
  {
    id: 'p-pool-physio-kch',
    displayName: "Aisha O'Neill",
    organisationId: 'org-kch',
    jobTitle: 'Consultant physiotherapist',
    profession: 'physical_health',
    roles: [{ role: 'peer_reviewer', scope: 'network', trainedDaysAgo: 90 }],
  },
  {
    id: 'p-pool-psych-gstt',
    displayName: 'Dr Samuel Obi',
    organisationId: 'org-gstt',
    jobTitle: 'Clinical health psychologist',
    profession: 'mental_health',
    roles: [{ role: 'peer_reviewer', scope: 'network', trainedDaysAgo: 200 }],
  },
  {
    id: 'p-pool-expired',
    displayName: 'Helen Marsh',
    organisationId: 'org-slam',
    jobTitle: 'Physical health matron',
    profession: 'physical_health',
    roles: [{ role: 'peer_reviewer', scope: 'network', trainedDaysAgo: 800 }],
  },
  {
    id: 'p-viewer',
    displayName: 'Jonathan Price',
    organisationId: 'org-gstt',
    jobTitle: 'Non-executive director',
    profession: 'management',
    roles: [{ role: 'viewer', scope: 'org-gstt' }],
  },
  {
    // The network's recognition panel: decides each service's recognition and hears appeals. From the network's
    // central team, so no member organisation's decision is their own.
    id: 'p-panel',
    displayName: 'Dr Ruth Adeyemi',
    organisationId: null,
    jobTitle: 'Chair of the recognition panel',
    profession: 'management',
    roles: [{ role: 'recognition_panel', scope: 'network' }],
  },
];

/** Share of standards rated in the current cycle's demo assessments (the rest are left for the user). */
export const DEMO_PROGRESS: Readonly<Record<string, number>> = {
  'svc-kch-cardio': 0.35,
  'svc-kch-diabetes': 0.1,
  'svc-kch-ed': 0,
  'svc-slam-coast': 0.6,
  'svc-slam-cmht': 0.2,
  'svc-slam-liaison': 0.8,
  'svc-gstt-rheum': 1,
  'svc-gstt-renal': 0.45,
  'svc-gstt-pain': 0,
};
