import { withQuery, type HttpClient } from './http-client';
import { AFTER_REVIEW_CALLS } from './after-review-calls';
import type { AfterReviewApi } from './after-review-endpoints';
import { withLazyCalls } from './lazy-calls';
import { PEER_REVIEW_CALLS } from './peer-review-calls';
import type { PeerReviewApi } from './peer-review-endpoints';
import type {
  MyWork,
  Assessment,
  AssessmentDetail,
  AssessmentHistory,
  AssessmentListItem,
  AssignmentRequest,
  AssignRoleRequest,
  CopyInRequest,
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
} from './types';

const seg = encodeURIComponent;

/** Omit from each member of a union (the built-in Omit would merge the members into one). */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What an assignment is for: one theme, or a list of standards (the assignee travels beside it). */
export type AssignmentTarget = OmitEach<AssignmentRequest, 'assigneeId'>;

/** An edit sends the item's id besides the body the API checks; a new item has none. */
type Saving<Body> = Body & { readonly id?: string };

/** Every /api/v1 route the tab uses, typed. */
export function createApi(http: HttpClient): Api {
  return withLazyModules(createCoreApi(http), http);
}

/** The calls every page may need, in the first chunk. */
function createCoreApi(http: HttpClient) {
  return {
    me: () => http.get<MeResponse>('/me'),
    assessments: (cycleId?: string) =>
      http.get<AssessmentListItem[]>('/assessments', { cycleId } satisfies OptionalCycleQueryString),
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
    history: (id: string) => http.get<AssessmentHistory>(`/assessments/${seg(id)}/history`),
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
    roleAssignments: (filter: RoleAssignmentQueryString = {}) =>
      http.get<RoleAssignment[]>('/role-assignments', filter),
    assignRole: (body: AssignRoleRequest) => http.post<RoleAssignment>('/role-assignments', body),
    /** The version travels in the query string, so as text. */
    removeRole: (id: string, version: number) =>
      http.delete(`/role-assignments/${seg(id)}`, { version: String(version) } satisfies Record<
        keyof VersionQueryString,
        string
      >),
  };
}

export type Api = ReturnType<typeof createCoreApi> & PeerReviewApi & AfterReviewApi;

/**
 * Peer review's calls (teams, the reviewer's workspace, the visit day, agreeing, guests, time and expenses) and the
 * after-review calls (report, recognition, action plan, library, impact) are fetched with the first page that makes
 * one, not before everyone's first page. The names come from the checked lists beside them.
 */
function withLazyModules<Core extends object>(core: Core, http: HttpClient): Core & PeerReviewApi & AfterReviewApi {
  const withReview = withLazyCalls<Core, PeerReviewApi>(
    core,
    PEER_REVIEW_CALLS,
    (h) => import('./peer-review-endpoints').then((m) => m.createPeerReviewApi(h)),
    http,
  );
  return withLazyCalls<Core & PeerReviewApi, AfterReviewApi>(
    withReview,
    AFTER_REVIEW_CALLS,
    (h) => import('./after-review-endpoints').then((m) => m.createAfterReviewApi(h)),
    http,
  );
}
