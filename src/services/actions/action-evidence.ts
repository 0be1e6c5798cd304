import { actionClosedBecause } from '../../domain/action-plan';
import { DomainError } from '../../domain/errors';
import type { EvidenceRecord } from '../../domain/evidence';
import type { Principal } from '../access-policy';
import type { Ports } from '../context';
import { copyInto, storeEvidence, type UploadRequest } from '../evidence/evidence';
import type { LoadedReview } from '../review/review-context';
import type { PickedFileRef } from '../user-files';
import { loadAction } from './action-plans';

/**
 * Evidence that an action is done arrives after the review, when the self-assessment's own evidence is locked: it
 * is added through the action, by those who may work on it, while the action is still open. The file joins the
 * assessment's evidence library (the service's collection), so it can be chosen when completing the action.
 */
async function loadForCompletionEvidence(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  actionId: string,
): Promise<LoadedReview> {
  const { review, action } = await loadAction(ports, principal, assessmentId, actionId, 'action.manage');
  const closed = actionClosedBecause(action);
  if (closed) throw new DomainError('action_closed', closed, 'status');
  return review;
}

/** A file uploaded as evidence that an action is done; the same content checks as all other evidence. */
export async function uploadActionEvidence(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  actionId: string,
  request: Omit<UploadRequest, 'standardCodes'>,
): Promise<EvidenceRecord> {
  const review = await loadForCompletionEvidence(ports, principal, assessmentId, actionId);
  return storeEvidence(ports, principal, review, request, null);
}

/** A file picked from the person's own OneDrive or SharePoint, copied in on their behalf with their consent. */
export async function copyInActionEvidence(
  ports: Ports,
  principal: Principal,
  userToken: string,
  assessmentId: string,
  actionId: string,
  ref: PickedFileRef,
): Promise<EvidenceRecord> {
  const review = await loadForCompletionEvidence(ports, principal, assessmentId, actionId);
  return copyInto(ports, principal, userToken, review, ref, [], 'service');
}
