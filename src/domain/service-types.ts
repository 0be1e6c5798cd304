/**
 * The kinds of service the library can be filtered by (our choice): broad enough that a service finds peers like
 * itself, few enough to fit one pick list. The service lead chooses one when agreeing to share good practice.
 */
export const SERVICE_TYPES = [
  'acute_hospital',
  'long_term_conditions',
  'community_physical_health',
  'community_mental_health',
  'mental_health_inpatient',
  'early_intervention',
  'liaison_psychiatry',
  'primary_care',
  'children_and_young_people',
  'whole_organisation',
  'other',
] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export const SERVICE_TYPE_LABELS: Readonly<Record<ServiceType, string>> = {
  acute_hospital: 'Acute hospital service',
  long_term_conditions: 'Long-term physical conditions',
  community_physical_health: 'Community physical health',
  community_mental_health: 'Community mental health',
  mental_health_inpatient: 'Mental health inpatient',
  early_intervention: 'Early intervention in psychosis',
  liaison_psychiatry: 'Liaison psychiatry',
  primary_care: 'Primary care',
  children_and_young_people: "Children and young people's service",
  whole_organisation: 'Whole organisation',
  other: 'Other',
};
