import { isReviewTeamEvidence, type EvidenceRecord } from '../../domain/evidence';
import { checkUnderReview } from '../../domain/review-rules';
import { authorize, isAllowed, type Principal } from '../access-policy';
import type { Ports } from '../context';
import { NotFoundError } from '../errors';
import { copyInto, storeEvidence, type UploadRequest } from '../evidence/evidence';
import type { PickedFileRef } from '../user-files';
import { loadReview, requireMember, type LoadedReview } from './review-context';

/**
 * The review team's own files (visit notes, photos, documents). They sit beside the service's evidence in the
 * library, in a folder of their own, and are never the service's: the team and the network admin see them.
 */
async function loadForTeamUpload(ports: Ports, principal: Principal, assessmentId: string): Promise<LoadedReview> {
  const review = await loadReview(ports, principal, assessmentId);
  authorize(principal, 'review.rate', review.resource);
  requireMember(review, 'add files to this review');
  checkUnderReview(review.assessment.state);
  return review;
}

/** A file a reviewer uploads for the team; the same content checks as the service's evidence. */
export async function uploadReviewEvidence(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  request: Omit<UploadRequest, 'standardCodes'>,
): Promise<EvidenceRecord> {
  const review = await loadForTeamUpload(ports, principal, assessmentId);
  return storeEvidence(ports, principal, review, request, null, 'review_team');
}

/** A file a reviewer picked from their own OneDrive or SharePoint, copied in for the team with their consent. */
export async function copyInReviewEvidence(
  ports: Ports,
  principal: Principal,
  userToken: string,
  assessmentId: string,
  ref: PickedFileRef,
): Promise<EvidenceRecord> {
  const review = await loadForTeamUpload(ports, principal, assessmentId);
  return copyInto(ports, principal, userToken, review, ref, [], 'review_team');
}

/** Team members and the network admin only: the service and its leads never see the team's own files. */
export function mayReadTeamFiles(principal: Principal, review: LoadedReview): boolean {
  return review.memberRole !== null || isAllowed(principal, 'review.manage', review.resource);
}

/** Downloads go through the API, as the service's evidence does. */
export async function openReviewEvidence(ports: Ports, principal: Principal, assessmentId: string, evidenceId: string) {
  const review = await loadReview(ports, principal, assessmentId);
  authorize(principal, 'review.read', review.resource);
  const record = await ports.store.get('evidence', evidenceId);
  if (
    !record ||
    record.assessmentId !== assessmentId ||
    !isReviewTeamEvidence(record) ||
    !mayReadTeamFiles(principal, review)
  ) {
    throw new NotFoundError('review team file', evidenceId);
  }
  const file = await ports.evidence.get(record.storageKey);
  return { record, stream: file.stream };
}
