import type { Assessment, MeResponse, Role, RoleAssignment } from '../api/types';

const has = (me: MeResponse, role: Role) => me.roles.some((r) => r.role === role);

export function isNetworkAdmin(me: MeResponse): boolean {
  return has(me, 'network_admin');
}

function scopedIds(
  roles: readonly RoleAssignment[],
  role: Role,
  kind: 'organisation' | 'service' | 'review',
): string[] {
  return roles.flatMap((r) => {
    if (r.role !== role || r.scope.kind !== kind) return [];
    if (r.scope.kind === 'organisation') return [r.scope.organisationId];
    if (r.scope.kind === 'service') return [r.scope.serviceId];
    if (r.scope.kind === 'review') return [r.scope.assessmentId];
    return [];
  });
}

export const organisationsLed = (me: MeResponse) => scopedIds(me.roles, 'organisational_lead', 'organisation');
export const servicesLed = (me: MeResponse) => scopedIds(me.roles, 'service_lead', 'service');
export const servicesContributedTo = (me: MeResponse) => scopedIds(me.roles, 'contributor', 'service');
export const organisationsViewed = (me: MeResponse) => scopedIds(me.roles, 'viewer', 'organisation');

/** Assessments this person is on the review team of (lead reviewer, peer reviewer, expert by experience). */
export function reviewAssignments(me: MeResponse): { assessmentId: string; role: Role }[] {
  return me.roles.flatMap((r) =>
    r.scope.kind === 'review' ? [{ assessmentId: r.scope.assessmentId, role: r.role }] : [],
  );
}

/** Leads the assessment: service lead of its service, organisational lead of its organisation, or admin. */
export function leadsAssessment(me: MeResponse, assessment: Assessment): boolean {
  if (isNetworkAdmin(me)) return true;
  if (organisationsLed(me).includes(assessment.subject.organisationId)) return true;
  return assessment.subject.kind === 'service' && servicesLed(me).includes(assessment.subject.serviceId);
}

/** Contributor of the assessment's service: may rate the standards assigned to them. */
export function contributesTo(me: MeResponse, assessment: Assessment): boolean {
  return assessment.subject.kind === 'service' && servicesContributedTo(me).includes(assessment.subject.serviceId);
}
