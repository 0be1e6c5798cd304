/** Small, realistic entities for the store contract. Every factory takes overrides; version is always 0. */
import type { Assessment, StandardResponse } from '../../src/domain/assessment';
import type { ConversationRecord, NotificationRecord } from '../../src/domain/conversation';
import type { Cycle } from '../../src/domain/cycle';
import type { EvidenceRecord } from '../../src/domain/evidence';
import type { FrameworkVersion } from '../../src/domain/framework';
import type { Organisation, Person, RoleAssignment, Service } from '../../src/domain/network';
import type { Change, DeleteChange, EntityKind, EntityMap, PutChange } from '../../src/services/ports';
import { oneOfEachReviewKind } from './review-fixtures';
import { oneOfEachVisitKind } from './visit-fixtures';
import { oneReportComment } from './report-comment-fixtures';
import { oneRecognitionRecord } from './recognition-fixtures';
import { oneOfEachQuestionnaireKind } from './questionnaire-fixtures';
import { oneAssessmentSummary } from './summary-fixtures';

export const AT = '2026-11-26T09:30:00.000Z';

export function framework(overrides: Partial<FrameworkVersion> = {}): FrameworkVersion {
  return {
    id: 'fw-mind-body-1',
    version: 0,
    key: 'mind-body-qin',
    name: 'Mind & Body standards',
    versionNumber: 1,
    status: 'published',
    illustrative: true,
    themes: [{ code: '1', title: 'Integrated patient care', description: 'How mind and body care is delivered.' }],
    standards: [
      {
        code: '1.1',
        themeCode: '1',
        title: 'Physical health checks',
        text: 'People with severe mental illness are offered an annual physical health check.',
        guidance: 'Include blood pressure, BMI, smoking status and bloods.',
        evidenceExamples: ['Audit of health checks', 'Care plan template'],
        level: 'service',
        type: 'essential',
      },
    ],
    recognitionLevels: [
      {
        name: 'Excellent',
        description: 'All essential met',
        requirements: [{ type: 'essential', minMetPercent: 100 }],
      },
      { name: 'Developing', description: 'Working towards the standard', requirements: [] },
    ],
    createdAt: AT,
    ...overrides,
  };
}

export function organisation(overrides: Partial<Organisation> = {}): Organisation {
  return {
    id: 'org-kch',
    version: 0,
    name: "King's College Hospital NHS Foundation Trust",
    shortName: 'KCH',
    tenantId: null,
    ...overrides,
  };
}

export function service(overrides: Partial<Service> = {}): Service {
  return {
    id: 'svc-cardio',
    version: 0,
    organisationId: 'org-kch',
    name: 'Cardio-respiratory service',
    description: 'Outpatient cardiac and respiratory care with liaison psychiatry.',
    population: 'Adults in Southwark and Lambeth',
    ...overrides,
  };
}

export function person(overrides: Partial<Person> = {}): Person {
  return {
    id: 'p-amara',
    version: 0,
    displayName: 'Amara Okafor',
    email: 'amara.okafor@kch.example.nhs.uk',
    organisationId: 'org-kch',
    jobTitle: 'Consultant liaison psychiatrist',
    profession: 'mental_health',
    tenantId: null,
    objectId: null,
    ...overrides,
  };
}

export function roleAssignment(overrides: Partial<RoleAssignment> = {}): RoleAssignment {
  return {
    id: 'ra-1',
    version: 0,
    personId: 'p-amara',
    role: 'service_lead',
    scope: { kind: 'service', serviceId: 'svc-cardio' },
    ...overrides,
  };
}

export function cycle(overrides: Partial<Cycle> = {}): Cycle {
  return {
    id: 'cy-2026',
    version: 0,
    name: '2026-27 cycle',
    frameworkVersionId: 'fw-mind-body-1',
    windows: {
      self_assessment: { start: '2026-09-01', end: '2026-11-30' },
      peer_review: { start: '2026-12-01', end: '2027-02-28' },
      reporting: { start: '2027-03-01', end: '2027-04-30' },
      action_planning: { start: '2027-05-01', end: '2027-08-31' },
    },
    createdAt: AT,
    ...overrides,
  };
}

export function serviceAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: 'as-cardio-2026',
    version: 0,
    cycleId: 'cy-2026',
    frameworkVersionId: 'fw-mind-body-1',
    subject: { kind: 'service', serviceId: 'svc-cardio', organisationId: 'org-kch' },
    state: 'in_progress',
    submittedAt: null,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

export function organisationAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return serviceAssessment({
    id: 'as-kch-2026',
    subject: { kind: 'organisation', organisationId: 'org-kch' },
    ...overrides,
  });
}

export function response(
  assessmentId: string,
  standardCode: string,
  overrides: Partial<StandardResponse> = {},
): StandardResponse {
  return {
    id: `${assessmentId}:${standardCode}`,
    version: 0,
    assessmentId,
    cycleId: 'cy-2026',
    standardCode,
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

export function evidence(overrides: Partial<EvidenceRecord> = {}): EvidenceRecord {
  return {
    id: 'ev-1',
    version: 0,
    assessmentId: 'as-cardio-2026',
    fileName: 'health-check-audit.pdf',
    contentType: 'application/pdf',
    sizeBytes: 48213,
    storageKey: 'cy-2026/org-kch/svc-cardio/0b1c-health-check-audit.pdf',
    source: null,
    uploadedBy: 'p-amara',
    uploadedAt: AT,
    ...overrides,
  };
}

export function personalConversation(overrides: Partial<ConversationRecord> = {}): ConversationRecord {
  return {
    id: 'conv-amara',
    version: 0,
    scope: 'personal',
    personId: 'p-amara',
    tenantId: 'tenant-kch',
    objectId: 'oid-amara',
    serviceId: null,
    reference: { conversation: { id: 'a:1personal' }, serviceUrl: 'https://smba.trafficmanager.net/uk/' },
    status: 'active',
    updatedAt: AT,
    ...overrides,
  };
}

export function teamConversation(overrides: Partial<ConversationRecord> = {}): ConversationRecord {
  return personalConversation({
    id: 'conv-cardio-team',
    scope: 'team',
    personId: null,
    objectId: null,
    serviceId: 'svc-cardio',
    reference: { conversation: { id: '19:cardio@thread.tacv2' }, serviceUrl: 'https://smba.trafficmanager.net/uk/' },
    ...overrides,
  });
}

export function notification(overrides: Partial<NotificationRecord> = {}): NotificationRecord {
  return {
    id: 'reminder:p-amara:2026-W48',
    version: 0,
    personId: 'p-amara',
    kind: 'weekly_reminder',
    period: '2026-W48',
    status: 'pending',
    payload: { assessmentId: 'as-cardio-2026', standardsLeft: 7 },
    createdAt: AT,
    sentAt: null,
    error: null,
    ...overrides,
  };
}

/** A `put` change; expectedVersion defaults to 0 ("must not exist yet"). */
export function put<K extends EntityKind>(kind: K, value: EntityMap[K], expectedVersion = 0): PutChange<K> {
  return { op: 'put', kind, value, expectedVersion };
}

export function del<K extends EntityKind>(kind: K, id: string, expectedVersion: number): DeleteChange<K> {
  return { op: 'delete', kind, id, expectedVersion };
}

/** One entity of every kind, as a user of the store would first create them. */
export function oneOfEach(): Change[] {
  return [
    put('framework', framework()),
    put('organisation', organisation()),
    put('service', service()),
    put('person', person()),
    put('roleAssignment', roleAssignment()),
    put('cycle', cycle()),
    put('assessment', serviceAssessment()),
    put('response', response('as-cardio-2026', '1.1', { rating: 'met', narrative: 'Audit attached.' })),
    put('evidence', evidence()),
    put('conversation', personalConversation()),
    put('notification', notification()),
    ...oneOfEachReviewKind(),
    ...oneOfEachVisitKind(),
    ...oneReportComment(),
    ...oneRecognitionRecord(),
    ...oneOfEachQuestionnaireKind(),
    ...oneAssessmentSummary(),
  ];
}
