import type { AssessmentState, Rating, Role, StandardType } from '../api/types';

/** Developmental wording: "not yet met", never "failed". */
export const RATING_LABELS: Readonly<Record<Rating, string>> = {
  met: 'Met',
  partly_met: 'Partly met',
  not_met: 'Not yet met',
  not_applicable: 'Not applicable',
};

export const STATE_LABELS: Readonly<Record<AssessmentState, string>> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  submitted: 'Submitted',
  under_review: 'In peer review',
  returned: 'Returned for more detail',
  agreed: 'Agreed',
  closed: 'Closed',
};

export const TYPE_LABELS: Readonly<Record<StandardType, string>> = {
  essential: 'Essential',
  expected: 'Expected',
  desirable: 'Desirable',
};

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  network_admin: 'Network admin',
  organisational_lead: 'Organisational lead',
  service_lead: 'Service lead',
  contributor: 'Contributor',
  peer_reviewer: 'Peer reviewer',
  lead_reviewer: 'Lead reviewer',
  expert_by_experience: 'Expert by experience',
  viewer: 'Viewer',
};

export function percentText(percent: number | null): string {
  return percent === null ? 'Not scored yet' : `${percent}%`;
}
