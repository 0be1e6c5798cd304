import type { AuditEvent } from '../../domain/audit';
import { authorize, type Principal } from '../access-policy';
import { loadAssessment } from './assessment-context';
import type { Ports } from '../context';

/** Who changed which rating, narrative, evidence link or state of an assessment, when, from what to what. */
export async function assessmentAuditTrail(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
): Promise<AuditEvent[]> {
  const { resource } = await loadAssessment(ports, assessmentId);
  authorize(principal, 'assessment.audit', resource);
  return ports.store.auditForAssessment(assessmentId);
}
