import type { PeerReviewApi } from './peer-review-endpoints';

/**
 * The names of peer review's calls, kept in the first chunk so `createApi` can offer them before their code is
 * fetched. The compiler checks the list against the calls both ways: a call missing here, or a name here with no
 * call, fails the tab's type check.
 */
export const PEER_REVIEW_CALLS = [
  'inviteGuest',
  'resendInvitation',
  'claims',
  'recordClaim',
  'moveClaim',
  'claimsExport',
  'agreementReview',
  'recordAgreedRating',
  'startReview',
  'returnForInformation',
  'agreeReview',
  'informationRequests',
  'answerInformationRequest',
  'handBack',
  'visit',
  'visitAgendaDocx',
  'scheduleVisitMeeting',
  'linkVisitMeeting',
  'saveVisitNote',
  'saveVisitFeedback',
  'sharedVisitFeedback',
  'review',
  'saveReviewerRating',
  'addFinding',
  'updateFinding',
  'deleteFinding',
  'uploadReviewEvidence',
  'copyInReviewEvidence',
  'reviewEvidenceContent',
  'reviewTeams',
  'reviewTeam',
  'reviewCandidates',
  'checkReviewTeam',
  'saveReviewTeam',
  'myReviewing',
  'myConflicts',
  'declareConflict',
  'withdrawConflict',
] as const satisfies readonly (keyof PeerReviewApi)[];

/** Never, as long as every call is listed. */
export type UnlistedPeerReviewCall = Exclude<keyof PeerReviewApi, (typeof PEER_REVIEW_CALLS)[number]>;
const everyCallListed: [UnlistedPeerReviewCall] extends [never] ? true : never = true;
void everyCallListed;
