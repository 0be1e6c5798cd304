import type { HttpClient } from './http-client';
import type {
  MyWork,
  Assessment,
  AssessmentAction,
  AssessmentDetail,
  AssessmentSummary,
  Cycle,
  EvidenceRecord,
  FrameworkSummary,
  FrameworkVersion,
  MeResponse,
  NetworkScores,
  Organisation,
  AssessmentPerson,
  Person,
  Profession,
  ResponseFields,
  Role,
  RoleAssignment,
  Scope,
  ScoreReport,
  ScoredAssessment,
  Service,
  StandardResponse,
} from './types';

const seg = encodeURIComponent;

export type AssignmentTarget = { themeCode: string } | { standardCodes: string[] };

export interface CycleInput {
  readonly name: string;
  readonly frameworkVersionId: string;
  readonly windows: Cycle['windows'];
  readonly version: number;
}

export interface FrameworkImportInput {
  readonly format: 'json' | 'csv';
  readonly content: string;
  readonly key?: string;
  readonly name?: string;
  readonly versionNumber?: number;
  readonly illustrative?: boolean;
  readonly baseFrameworkId?: string;
}

/** Every /api/v1 route the tab uses, typed. */
export function createApi(http: HttpClient) {
  return {
    me: () => http.get<MeResponse>('/me'),
    assessments: (cycleId?: string) => http.get<AssessmentSummary[]>('/assessments', { cycleId }),
    assessment: (id: string) => http.get<AssessmentDetail>(`/assessments/${seg(id)}`),
    response: (id: string, code: string) =>
      http.get<StandardResponse>(`/assessments/${seg(id)}/responses/${seg(code)}`),
    saveResponse: (id: string, code: string, fields: ResponseFields, version: number) =>
      http.put<StandardResponse>(`/assessments/${seg(id)}/responses/${seg(code)}`, { ...fields, version }),
    assign: (id: string, target: AssignmentTarget, assigneeId: string | null) =>
      http.post<StandardResponse[]>(`/assessments/${seg(id)}/assignments`, { ...target, assigneeId }),
    transition: (id: string, action: AssessmentAction, version: number) =>
      http.post<Assessment>(`/assessments/${seg(id)}/transitions`, { action, version }),
    scores: (id: string) => http.get<ScoreReport>(`/assessments/${seg(id)}/scores`),
    evidence: (id: string) => http.get<EvidenceRecord[]>(`/assessments/${seg(id)}/evidence`),
    uploadEvidence: (
      id: string,
      file: File,
      standardCodes: readonly string[],
      onProgress: (fraction: number) => void,
    ) =>
      http.upload<EvidenceRecord>(
        `/assessments/${seg(id)}/evidence?${new URLSearchParams({
          fileName: file.name,
          ...(standardCodes.length > 0 ? { standardCodes: standardCodes.join(',') } : {}),
        }).toString()}`,
        file,
        onProgress,
      ),
    /** Copies in a file from the person's own OneDrive/SharePoint, by the link they copied, on their behalf. */
    copyInEvidence: (id: string, url: string, standardCodes: readonly string[]) =>
      http.post<EvidenceRecord>(`/assessments/${seg(id)}/evidence/from-drive`, { url, standardCodes }),
    linkEvidence: (id: string, evidenceId: string, standardCodes: readonly string[]) =>
      http.post<StandardResponse[]>(`/assessments/${seg(id)}/evidence/${seg(evidenceId)}/links`, { standardCodes }),
    evidenceContent: (id: string, evidenceId: string) =>
      http.download(`/assessments/${seg(id)}/evidence/${seg(evidenceId)}/content`),
    frameworks: () => http.get<FrameworkSummary[]>('/frameworks'),
    framework: (id: string) => http.get<FrameworkVersion>(`/frameworks/${seg(id)}`),
    importFramework: (input: FrameworkImportInput) => http.post<FrameworkVersion>('/frameworks/import', input),
    publishFramework: (id: string, version: number) =>
      http.post<FrameworkVersion>(`/frameworks/${seg(id)}/publish`, { version }),
    cycles: () => http.get<Cycle[]>('/cycles'),
    createCycle: (input: CycleInput) => http.post<Cycle>('/cycles', input),
    updateCycle: (id: string, input: CycleInput) => http.put<Cycle>(`/cycles/${seg(id)}`, input),
    organisationScores: (organisationId: string, cycleId: string) =>
      http.get<ScoredAssessment[]>(`/organisations/${seg(organisationId)}/scores`, { cycleId }),
    networkScores: (cycleId: string) => http.get<NetworkScores>('/network/scores', { cycleId }),
    organisations: () => http.get<Organisation[]>('/organisations'),
    saveOrganisation: (input: Omit<Organisation, 'id'> & { id?: string }) => {
      const { id, ...body } = input;
      return id
        ? http.put<Organisation>(`/organisations/${seg(id)}`, body)
        : http.post<Organisation>('/organisations', body);
    },
    services: (organisationId?: string) => http.get<Service[]>('/services', { organisationId }),
    saveService: (input: Omit<Service, 'id'> & { id?: string }) => {
      const { id, ...body } = input;
      return id ? http.put<Service>(`/services/${seg(id)}`, body) : http.post<Service>('/services', body);
    },
    people: (organisationId?: string) => http.get<Person[]>('/people', { organisationId }),
    /** What is due for me: improvement actions among it (reviews and standards are worked out from assessments). */
    myWork: () => http.get<MyWork>('/me/work'),
    /** The people of an assessment's organisation: whom its standards can be assigned to. */
    assessmentPeople: (assessmentId: string) =>
      http.get<AssessmentPerson[]>(`/assessments/${seg(assessmentId)}/people`),
    savePerson: (input: {
      id?: string;
      displayName: string;
      email: string;
      organisationId: string | null;
      jobTitle: string;
      profession: Profession;
      version: number;
    }) => {
      const { id, ...body } = input;
      return id ? http.put<Person>(`/people/${seg(id)}`, body) : http.post<Person>('/people', body);
    },
    roleAssignments: (filter: { personId?: string; scopeId?: string } = {}) =>
      http.get<RoleAssignment[]>('/role-assignments', filter),
    assignRole: (personId: string, role: Role, scope: Scope) =>
      http.post<RoleAssignment>('/role-assignments', { personId, role, scope }),
    removeRole: (id: string, version: number) =>
      http.delete(`/role-assignments/${seg(id)}`, { version: String(version) }),
  };
}

export type Api = ReturnType<typeof createApi>;
