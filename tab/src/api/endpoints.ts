import { withQuery, type HttpClient } from './http-client';
import type {
  MyWork,
  Assessment,
  AssessmentDetail,
  AssessmentSummary,
  AssignmentRequest,
  AssignRoleRequest,
  AgreedRating,
  AgreedRatingRequest,
  AgreedReview,
  CopyInRequest,
  InformationAnswerRequest,
  InformationRequestsView,
  InformationRequestWithItems,
  ReturnForInformationRequest,
  ReviewView,
  VersionRequest,
  Cycle,
  CycleQueryString,
  EvidenceRecord,
  FrameworkSummary,
  FrameworkVersion,
  ImportFrameworkRequest,
  LinkEvidenceRequest,
  MeResponse,
  NetworkScores,
  OptionalCycleQueryString,
  Organisation,
  OrganisationFilterQueryString,
  AssessmentPerson,
  Person,
  PublishFrameworkRequest,
  RoleAssignment,
  RoleAssignmentQueryString,
  SaveCycleRequest,
  SaveOrganisationRequest,
  SavePersonRequest,
  SaveResponseRequest,
  SaveServiceRequest,
  ScoreReport,
  ScoredAssessment,
  Service,
  StandardResponse,
  TransitionRequest,
  UploadEvidenceQueryString,
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
  AgreeToPublishRequest,
  GoodPracticeFinding,
  LibraryEntry,
  LibraryEntryView,
  LibraryPage,
  LibraryReasonRequest,
  LibrarySearchQueryString,
  ProposeForLibraryRequest,
} from './types';

const seg = encodeURIComponent;

/** Omit from each member of a union (the built-in Omit would merge the members into one). */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What an assignment is for: one theme, or a list of standards (the assignee travels beside it). */
export type AssignmentTarget = OmitEach<AssignmentRequest, 'assigneeId'>;

/** An edit sends the item's id besides the body the API checks; a new item has none. */
type Saving<Body> = Body & { readonly id?: string };

/** Every /api/v1 route the tab uses, typed. */
export function createApi(http: HttpClient) {
  return {
    me: () => http.get<MeResponse>('/me'),
    assessments: (cycleId?: string) =>
      http.get<AssessmentSummary[]>('/assessments', { cycleId } satisfies OptionalCycleQueryString),
    assessment: (id: string) => http.get<AssessmentDetail>(`/assessments/${seg(id)}`),
    response: (id: string, code: string) =>
      http.get<StandardResponse>(`/assessments/${seg(id)}/responses/${seg(code)}`),
    saveResponse: (id: string, code: string, body: SaveResponseRequest) =>
      http.put<StandardResponse>(`/assessments/${seg(id)}/responses/${seg(code)}`, body),
    assign: (id: string, target: AssignmentTarget, assigneeId: string | null) =>
      http.post<StandardResponse[]>(`/assessments/${seg(id)}/assignments`, {
        ...target,
        assigneeId,
      } satisfies AssignmentRequest),
    transition: (id: string, action: TransitionRequest['action'], version: number) =>
      http.post<Assessment>(`/assessments/${seg(id)}/transitions`, { action, version } satisfies TransitionRequest),
    scores: (id: string) => http.get<ScoreReport>(`/assessments/${seg(id)}/scores`),
    evidence: (id: string) => http.get<EvidenceRecord[]>(`/assessments/${seg(id)}/evidence`),
    uploadEvidence: (
      id: string,
      file: File,
      standardCodes: readonly string[],
      onProgress: (fraction: number) => void,
    ) =>
      http.upload<EvidenceRecord>(
        withQuery(`/assessments/${seg(id)}/evidence`, {
          fileName: file.name,
          standardCodes: standardCodes.length > 0 ? standardCodes.join(',') : undefined,
        } satisfies UploadEvidenceQueryString),
        file,
        onProgress,
      ),
    /** Copies in a file from the person's own OneDrive/SharePoint, by the link they copied, on their behalf. */
    copyInEvidence: (id: string, url: string, standardCodes: readonly string[]) =>
      http.post<EvidenceRecord>(`/assessments/${seg(id)}/evidence/from-drive`, {
        url,
        standardCodes: [...standardCodes],
      } satisfies CopyInRequest),
    linkEvidence: (id: string, evidenceId: string, standardCodes: readonly string[]) =>
      http.post<StandardResponse[]>(`/assessments/${seg(id)}/evidence/${seg(evidenceId)}/links`, {
        standardCodes: [...standardCodes],
      } satisfies LinkEvidenceRequest),
    evidenceContent: (id: string, evidenceId: string) =>
      http.download(`/assessments/${seg(id)}/evidence/${seg(evidenceId)}/content`),
    frameworks: () => http.get<FrameworkSummary[]>('/frameworks'),
    framework: (id: string) => http.get<FrameworkVersion>(`/frameworks/${seg(id)}`),
    importFramework: (body: ImportFrameworkRequest) => http.post<FrameworkVersion>('/frameworks/import', body),
    publishFramework: (id: string, version: number) =>
      http.post<FrameworkVersion>(`/frameworks/${seg(id)}/publish`, { version } satisfies PublishFrameworkRequest),
    cycles: () => http.get<Cycle[]>('/cycles'),
    createCycle: (body: SaveCycleRequest) => http.post<Cycle>('/cycles', body),
    updateCycle: (id: string, body: SaveCycleRequest) => http.put<Cycle>(`/cycles/${seg(id)}`, body),
    organisationScores: (organisationId: string, cycleId: string) =>
      http.get<ScoredAssessment[]>(`/organisations/${seg(organisationId)}/scores`, {
        cycleId,
      } satisfies CycleQueryString),
    networkScores: (cycleId: string) =>
      http.get<NetworkScores>('/network/scores', { cycleId } satisfies CycleQueryString),
    organisations: () => http.get<Organisation[]>('/organisations'),
    saveOrganisation: (input: Saving<SaveOrganisationRequest>) => {
      const { id, ...body } = input;
      return id
        ? http.put<Organisation>(`/organisations/${seg(id)}`, body)
        : http.post<Organisation>('/organisations', body);
    },
    services: (organisationId?: string) =>
      http.get<Service[]>('/services', { organisationId } satisfies OrganisationFilterQueryString),
    saveService: (input: Saving<SaveServiceRequest>) => {
      const { id, ...body } = input;
      return id ? http.put<Service>(`/services/${seg(id)}`, body) : http.post<Service>('/services', body);
    },
    people: (organisationId?: string) =>
      http.get<Person[]>('/people', { organisationId } satisfies OrganisationFilterQueryString),
    /** What is due for me: improvement actions among it (reviews and standards are worked out from assessments). */
    myWork: () => http.get<MyWork>('/me/work'),
    /** The people of an assessment's organisation: whom its standards can be assigned to. */
    assessmentPeople: (assessmentId: string) =>
      http.get<AssessmentPerson[]>(`/assessments/${seg(assessmentId)}/people`),
    savePerson: (input: Saving<SavePersonRequest>) => {
      const { id, ...body } = input;
      return id ? http.put<Person>(`/people/${seg(id)}`, body) : http.post<Person>('/people', body);
    },
    /** An expert by experience without a trust account, invited as a guest of the host tenant. */
    inviteGuest: (body: GuestInviteRequest) => http.post<Person>('/guests', body),
    resendInvitation: (personId: string, version: number) =>
      http.post<Person>(`/people/${seg(personId)}/invitation`, { version }),
    /** My own time and expenses claims, or everyone's (network admins). */
    claims: (everyone = false) => http.get<ClaimsPage>('/claims', everyone ? { everyone: 'true' } : {}),
    recordClaim: (body: ClaimRequest) => http.post<ReviewerClaim>('/claims', body),
    moveClaim: (id: string, body: ClaimStatusRequest) => http.post<ReviewerClaim>(`/claims/${seg(id)}/status`, body),
    claimsExport: (format: 'csv' | 'xlsx' = 'csv') => http.download(withQuery('/claims/export', { format })),
    roleAssignments: (filter: RoleAssignmentQueryString = {}) =>
      http.get<RoleAssignment[]>('/role-assignments', filter),
    assignRole: (body: AssignRoleRequest) => http.post<RoleAssignment>('/role-assignments', body),
    /** The version travels in the query string, so as text. */
    removeRole: (id: string, version: number) =>
      http.delete(`/role-assignments/${seg(id)}`, { version: String(version) } satisfies Record<
        keyof VersionQueryString,
        string
      >),
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
    // The good-practice library.
    library: (query: LibrarySearchQueryString = {}) =>
      http.get<LibraryPage>('/library', { ...query } satisfies Record<string, string | undefined>),
    libraryEntry: (id: string) => http.get<LibraryEntryView>(`/library/${seg(id)}`),
    libraryAttachment: (id: string, evidenceId: string) =>
      http.download(`/library/${seg(id)}/attachments/${seg(evidenceId)}`),
    goodPracticeFindings: (assessmentId: string) =>
      http.get<GoodPracticeFinding[]>(`/assessments/${seg(assessmentId)}/library`),
    proposeForLibrary: (assessmentId: string, body: ProposeForLibraryRequest) =>
      http.post<LibraryEntry>(`/assessments/${seg(assessmentId)}/library`, body),
    agreeToPublish: (id: string, body: AgreeToPublishRequest) =>
      http.post<LibraryEntry>(`/library/${seg(id)}/agree`, body),
    declineToPublish: (id: string, body: LibraryReasonRequest) =>
      http.post<LibraryEntry>(`/library/${seg(id)}/decline`, body),
    withdrawFromLibrary: (id: string, body: LibraryReasonRequest) =>
      http.post<LibraryEntry>(`/library/${seg(id)}/withdraw`, body),
  };
}

export type Api = ReturnType<typeof createApi>;
