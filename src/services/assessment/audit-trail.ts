import type { AuditEvent } from '../../domain/audit';
import { authorize, isAllowed, type Principal } from '../access-policy';
import { isReviewTeamsWork } from '../audit-trail-membership';
import { loadAssessment, type LoadedAssessment } from './assessment-context';
import type { Ports } from '../context';

/**
 * Who changed which rating, narrative, evidence link or state of an assessment, when, from what to what. The review
 * team's own working is left out for anyone who may not read the review (isReviewTeamsWork).
 */
export async function assessmentAuditTrail(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
): Promise<AuditEvent[]> {
  return auditTrailOf(ports, principal, await loadAssessment(ports, assessmentId));
}

/** The same, for an assessment the caller has loaded already. */
export async function auditTrailOf(
  ports: Ports,
  principal: Principal,
  { assessment, resource }: LoadedAssessment,
): Promise<AuditEvent[]> {
  authorize(principal, 'assessment.audit', resource);
  const trail = await ports.store.auditForAssessment(assessment.id);
  return isAllowed(principal, 'review.read', resource) ? trail : trail.filter((e) => !isReviewTeamsWork(e));
}
