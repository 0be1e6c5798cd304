import type { AssessmentDetail, FrameworkVersion, MeResponse, StandardResponse } from '../../tab/src/api/types';

export function response(code: string, overrides: Partial<StandardResponse> = {}): StandardResponse {
  return {
    id: `a-1:${code}`,
    version: 1,
    assessmentId: 'a-1',
    cycleId: 'c-1',
    standardCode: code,
    rating: null,
    naReason: '',
    narrative: '',
    evidenceIds: [],
    assigneeId: null,
    updatedBy: null,
    updatedAt: null,
    ...overrides,
  };
}

export const FRAMEWORK: FrameworkVersion = {
  id: 'fw-1',
  version: 1,
  key: 'mind-body',
  name: 'Mind and body framework',
  versionNumber: 1,
  status: 'published',
  illustrative: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  themes: [
    { code: '1', title: 'Integrated patient care', description: 'Care for the whole person.' },
    { code: '2', title: 'Patient and community involvement', description: 'People shape services.' },
  ],
  standards: [
    {
      code: '1.1',
      themeCode: '1',
      title: 'Physical health checks',
      text: 'Everyone is offered a physical health check.',
      guidance: 'Count the checks.',
      evidenceExamples: ['Audit of checks'],
      level: 'service',
      type: 'essential',
    },
    {
      code: '1.2',
      themeCode: '1',
      title: 'Acting on results',
      text: 'Abnormal results are followed up.',
      guidance: 'Look for a named person.',
      evidenceExamples: [],
      level: 'service',
      type: 'expected',
    },
    {
      code: '2.1',
      themeCode: '2',
      title: 'Lived experience roles',
      text: 'People with lived experience help design the service.',
      guidance: 'Paid roles count most.',
      evidenceExamples: ['Job descriptions'],
      level: 'both',
      type: 'desirable',
    },
  ],
  recognitionLevels: [],
};

/** A signed-in person as GET /me answers; what they may do network-wide is the API's answer, not their roles'. */
export function me(roles: MeResponse['roles'] = [], overrides: Partial<MeResponse> = {}): MeResponse {
  return {
    person: {
      id: 'p-lead',
      version: 1,
      displayName: 'Ella Morgan',
      email: 'ella@example.org',
      organisationId: 'org-1',
      jobTitle: 'Team manager',
      profession: 'mental_health',
      tenantId: 't',
      objectId: 'o',
    },
    organisation: null,
    roles,
    allowed: {
      administer: {
        allowed: false,
        reason:
          'You are not allowed to change organisations, services, people or roles. Your roles in the network do not include this.',
      },
      see_network_benchmarks: { allowed: true },
      declare_conflict: {
        allowed: false,
        reason: 'Only trained reviewers in the network pool declare conflicts of interest.',
      },
      record_time_and_expenses: { allowed: false, reason: 'You are not allowed to record time and expenses.' },
      manage_time_and_expenses: { allowed: false, reason: 'You are not allowed to approve, pay or export.' },
      read_library: { allowed: true },
    },
    organisationsInView: [],
    startPage: 'my_work',
    ...overrides,
  };
}

export function detail(responses: StandardResponse[], overrides: Partial<AssessmentDetail> = {}): AssessmentDetail {
  return {
    assessment: {
      id: 'a-1',
      version: 3,
      cycleId: 'c-1',
      frameworkVersionId: 'fw-1',
      subject: { kind: 'service', serviceId: 'svc-1', organisationId: 'org-1' },
      state: 'in_progress',
      submittedAt: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
    subjectName: 'COAST',
    organisationName: 'SLaM',
    cycleName: 'Cycle 2026/27',
    progress: { total: responses.length, rated: responses.filter((r) => r.rating).length, percent: 0 },
    responses,
    phase: 'self_assessment',
    allowed: {
      start: { allowed: false, reason: 'An assessment that is in progress cannot be started.' },
      submit: { allowed: true },
      begin_review: { allowed: false, reason: 'You are not allowed to review this assessment.' },
      return: { allowed: false, reason: 'You are not allowed to review this assessment.' },
      resume: { allowed: false, reason: 'An assessment that is in progress cannot be resumed.' },
      agree: { allowed: false, reason: 'You are not allowed to review this assessment.' },
      close: { allowed: false, reason: 'You are not allowed to close this assessment.' },
      assign: { allowed: true },
      add_evidence: { allowed: true },
      read_actions: { allowed: false, reason: 'Action plans answer an agreed review; this assessment is in progress.' },
      read_questionnaires: { allowed: false, reason: 'You are not allowed to read questionnaire results.' },
      read_history: { allowed: true },
    },
    allowedByStandard: Object.fromEntries(responses.map((r) => [r.standardCode, { rate: { allowed: true } }])),
    ...overrides,
  };
}
