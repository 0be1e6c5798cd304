import { withQuery, type HttpClient } from './http-client';
import type {
  Assessment,
  AgreedRating,
  AgreedRatingRequest,
  AgreedReview,
  InformationAnswerRequest,
  InformationRequestsView,
  InformationRequestWithItems,
  ReturnForInformationRequest,
  ReviewView,
  VersionRequest,
  Person,
  VersionQueryString,
  MeetingLinkRequest,
  SharedFeedback,
  VisitDay,
  VisitFeedbackRequest,
  VisitNote,
  VisitNoteRequest,
  VisitView,
  AddFindingRequest,
  Finding,
  ReviewerRating,
  ReviewerRatingRequest,
  ReviewUploadQueryString,
  UpdateFindingRequest,
  EvidenceFileView,
  ReviewCopyInRequest,
  Candidate,
  CandidatesQueryString,
  CheckReviewTeamRequest,
  ConflictDeclaration,
  ConflictQueryString,
  DeclareConflictRequest,
  MyReviewing,
  ReviewTeamList,
  ReviewTeamListQueryString,
  SaveReviewTeamRequest,
  TeamView,
  GuestInviteRequest,
  ClaimsPage,
  ClaimRequest,
  ClaimStatusRequest,
  ReviewerClaim,
} from './types';

const seg = encodeURIComponent;

/** Peer review's calls, fetched with the first page that makes one (see `withPeerReview` in endpoints.ts). */
export function createPeerReviewApi(http: HttpClient) {
  return {
    /** An expert by experience without a trust account, invited as a guest of the host tenant. */
    inviteGuest: (body: GuestInviteRequest) => http.post<Person>('/guests', body),
    resendInvitation: (personId: string, version: number) =>
      http.post<Person>(`/people/${seg(personId)}/invitation`, { version }),
    /** My own time and expenses claims, or everyone's (network admins). */
    claims: (everyone = false) => http.get<ClaimsPage>('/claims', everyone ? { everyone: 'true' } : {}),
    recordClaim: (body: ClaimRequest) => http.post<ReviewerClaim>('/claims', body),
    moveClaim: (id: string, body: ClaimStatusRequest) => http.post<ReviewerClaim>(`/claims/${seg(id)}/status`, body),
    claimsExport: (format: 'csv' | 'xlsx' = 'csv') => http.download(withQuery('/claims/export', { format })),
    // The lead reviewer's agreement page: the review, agreed ratings and the review's decisions.
    agreementReview: (id: string) => http.get<ReviewView>(`/assessments/${seg(id)}/review`),
    recordAgreedRating: (id: string, code: string, body: AgreedRatingRequest) =>
      http.put<AgreedRating>(`/assessments/${seg(id)}/review/agreed/${seg(code)}`, body),
    startReview: (id: string, version: number) =>
      http.post<Assessment>(`/assessments/${seg(id)}/review/start`, { version } satisfies VersionRequest),
    returnForInformation: (id: string, body: ReturnForInformationRequest) =>
      http.post<Assessment>(`/assessments/${seg(id)}/review/return`, body),
    agreeReview: (id: string, version: number) =>
      http.post<AgreedReview>(`/assessments/${seg(id)}/review/agree`, { version } satisfies VersionRequest),
    // What the review team asked, for the service to answer and hand back.
    informationRequests: (id: string) => http.get<InformationRequestsView>(`/assessments/${seg(id)}/information`),
    answerInformationRequest: (id: string, itemId: string, body: InformationAnswerRequest) =>
      http.put<InformationRequestWithItems[]>(
        `/assessments/${seg(id)}/information-requests/${seg(itemId)}/answer`,
        body,
      ),
    handBack: (id: string, version: number) =>
      http.post<Assessment>(`/assessments/${seg(id)}/information-requests/hand-back`, {
        version,
      } satisfies VersionRequest),
    /** The visit day of a peer review: agenda, meeting, the team's notes and the preliminary feedback. */
    visit: (id: string) => http.get<VisitView>(`/assessments/${seg(id)}/review/visit`),
    visitAgendaDocx: (id: string) => http.download(`/assessments/${seg(id)}/review/visit/agenda/docx`),
    scheduleVisitMeeting: (id: string) => http.post<VisitDay>(`/assessments/${seg(id)}/review/visit/meeting`, {}),
    linkVisitMeeting: (id: string, body: MeetingLinkRequest) =>
      http.put<VisitDay>(`/assessments/${seg(id)}/review/visit/meeting/link`, body),
    saveVisitNote: (id: string, themeCode: string, body: VisitNoteRequest) =>
      http.put<VisitNote>(`/assessments/${seg(id)}/review/visit/notes/${seg(themeCode)}`, body),
    saveVisitFeedback: (id: string, body: VisitFeedbackRequest) =>
      http.put<VisitDay>(`/assessments/${seg(id)}/review/visit/feedback`, body),
    sharedVisitFeedback: (id: string) =>
      http.get<{ feedback: SharedFeedback | null }>(`/assessments/${seg(id)}/visit-feedback`),
    // The reviewer's workspace: the review, one's own ratings, findings and the review team's own files.
    review: (id: string) => http.get<ReviewView>(`/assessments/${seg(id)}/review`),
    saveReviewerRating: (id: string, code: string, body: ReviewerRatingRequest) =>
      http.put<ReviewerRating>(`/assessments/${seg(id)}/review/ratings/${seg(code)}`, body),
    addFinding: (id: string, body: AddFindingRequest) =>
      http.post<Finding>(`/assessments/${seg(id)}/review/findings`, body),
    updateFinding: (id: string, findingId: string, body: UpdateFindingRequest) =>
      http.put<Finding>(`/assessments/${seg(id)}/review/findings/${seg(findingId)}`, body),
    deleteFinding: (id: string, findingId: string, version: number) =>
      http.delete(`/assessments/${seg(id)}/review/findings/${seg(findingId)}`, {
        version: String(version),
      } satisfies Record<keyof VersionQueryString, string>),
    uploadReviewEvidence: (id: string, file: File, onProgress: (fraction: number) => void) =>
      http.upload<EvidenceFileView>(
        withQuery(`/assessments/${seg(id)}/review/evidence`, { fileName: file.name } satisfies ReviewUploadQueryString),
        file,
        onProgress,
      ),
    copyInReviewEvidence: (id: string, url: string) =>
      http.post<EvidenceFileView>(`/assessments/${seg(id)}/review/evidence/from-drive`, {
        url,
      } satisfies ReviewCopyInRequest),
    reviewEvidenceContent: (id: string, evidenceId: string) =>
      http.download(`/assessments/${seg(id)}/review/evidence/${seg(evidenceId)}/content`),
    // Building review teams (network admins) and declaring conflicts (reviewers).
    reviewTeams: (filter: ReviewTeamListQueryString = {}) => http.get<ReviewTeamList>('/review-teams', filter),
    reviewTeam: (assessmentId: string) => http.get<TeamView>(`/assessments/${seg(assessmentId)}/review-team`),
    reviewCandidates: (assessmentId: string, visitDate?: string) =>
      http.get<Candidate[]>(`/assessments/${seg(assessmentId)}/review-team/candidates`, {
        visitDate,
      } satisfies CandidatesQueryString),
    checkReviewTeam: (assessmentId: string, body: CheckReviewTeamRequest) =>
      http.post<TeamView>(`/assessments/${seg(assessmentId)}/review-team/check`, body),
    saveReviewTeam: (assessmentId: string, body: SaveReviewTeamRequest) =>
      http.put<TeamView>(`/assessments/${seg(assessmentId)}/review-team`, body),
    myReviewing: () => http.get<MyReviewing>('/me/reviewing'),
    myConflicts: (personId: string) =>
      http.get<ConflictDeclaration[]>('/conflicts', { personId } satisfies ConflictQueryString),
    declareConflict: (body: DeclareConflictRequest) => http.post<ConflictDeclaration>('/conflicts', body),
    withdrawConflict: (id: string, version: number) =>
      http.delete(`/conflicts/${seg(id)}`, { version: String(version) } satisfies Record<
        keyof VersionQueryString,
        string
      >),
  };
}

export type PeerReviewApi = ReturnType<typeof createPeerReviewApi>;
