/** One small entity of each peer review kind (issue 7) for the store contract; ids tie to fixtures.ts. */
import type { ActionItem } from '../../src/domain/action-plan';
import type { LibraryEntry } from '../../src/domain/library';
import type { ReviewerClaim } from '../../src/domain/reviewer-claim';
import type { ReportRecord } from '../../src/domain/report';
import type { AgreedRating, ConflictDeclaration, Finding, ReviewerRating, ReviewTeam } from '../../src/domain/review';
import type { Change, EntityKind, EntityMap, PutChange } from '../../src/services/ports';

const AT = '2026-11-26T09:30:00.000Z';
const base = { version: 0, assessmentId: 'as-cardio-2026', cycleId: 'cy-2026' };

function put<K extends EntityKind>(kind: K, value: EntityMap[K]): PutChange<K> {
  return { op: 'put', kind, value, expectedVersion: 0 };
}

export function reviewTeam(overrides: Partial<ReviewTeam> = {}): ReviewTeam {
  return {
    ...base,
    id: 'team:as-cardio-2026',
    organisationId: 'org-kch',
    members: [
      { personId: 'p-lowe', role: 'lead_reviewer' },
      { personId: 'p-asante', role: 'peer_reviewer' },
      { personId: 'p-santos', role: 'expert_by_experience' },
    ],
    visit: { date: '2027-01-25', format: 'in_person' },
    informationRequests: [],
    updatedBy: 'p-amara',
    updatedAt: AT,
    ...overrides,
  };
}

export function conflictDeclaration(overrides: Partial<ConflictDeclaration> = {}): ConflictDeclaration {
  return {
    id: 'coi-1',
    version: 0,
    personId: 'p-asante',
    organisationId: 'org-kch',
    serviceId: null,
    reason: 'Worked at KCH until 2025.',
    declaredBy: 'p-asante',
    declaredAt: AT,
    ...overrides,
  };
}

export function reviewerRating(overrides: Partial<ReviewerRating> = {}): ReviewerRating {
  return {
    ...base,
    id: 'as-cardio-2026:1.1:p-santos',
    standardCode: '1.1',
    reviewerId: 'p-santos',
    reviewerRole: 'expert_by_experience',
    rating: 'partly_met',
    comment: 'Patients said checks happen, but results are not explained.',
    updatedAt: AT,
    ...overrides,
  };
}

export function agreedRating(overrides: Partial<AgreedRating> = {}): AgreedRating {
  return {
    ...base,
    id: 'as-cardio-2026:1.1',
    standardCode: '1.1',
    rating: 'partly_met',
    rationale: 'Checks are done in two of three clinics.',
    agreedBy: 'p-lowe',
    agreedAt: AT,
    ...overrides,
  };
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ...base,
    id: 'f-1',
    standardCode: '1.1',
    kind: 'area_for_improvement',
    text: 'Explain results of physical health checks to patients.',
    recordedBy: 'p-lowe',
    recordedAt: AT,
    ...overrides,
  };
}

export function action(overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    ...base,
    id: 'act-1',
    organisationId: 'org-kch',
    serviceId: 'svc-cardio',
    findingId: 'f-1',
    findingKind: 'area_for_improvement',
    standardCode: '1.1',
    title: 'Results letter after each health check',
    description: '',
    ownerId: 'p-amara',
    dueDate: '2027-06-30',
    status: 'proposed',
    progressNotes: [],
    completionEvidence: null,
    verifiedBy: null,
    verifiedAt: null,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

export function report(overrides: Partial<ReportRecord> = {}): ReportRecord {
  return {
    id: 'report:as-cardio-2026',
    version: 0,
    subject: { kind: 'service', serviceId: 'svc-cardio', organisationId: 'org-kch' },
    cycleId: 'cy-2026',
    assessmentId: 'as-cardio-2026',
    state: 'draft',
    files: [
      {
        format: 'docx',
        fileName: 'peer-review-report.docx',
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        sizeBytes: 20480,
        storageKey: 'cy-2026/org-kch/svc-cardio/0b1c-peer-review-report.docx',
      },
    ],
    headline: { overallPercent: 72.5, recognitionLevel: 'Meeting the standard' },
    publicSummary: null,
    generatedAt: AT,
    generatedBy: 'p-lowe',
    publishedAt: null,
    history: [{ at: AT, by: 'p-lowe', action: 'generate', note: '' }],
    ...overrides,
  };
}

export function libraryEntry(overrides: Partial<LibraryEntry> = {}): LibraryEntry {
  return {
    id: 'library:f-2',
    version: 0,
    findingId: 'f-2',
    assessmentId: 'as-cardio-2026',
    cycleId: 'cy-2026',
    organisationId: 'org-kch',
    serviceId: 'svc-cardio',
    subjectName: 'Cardio-respiratory service',
    organisationName: "King's College Hospital NHS Foundation Trust",
    standardCode: '1.1',
    standardTitle: 'Physical health checks',
    themeCode: '1',
    themeTitle: 'Integrated patient care',
    title: 'Breathlessness and anxiety clinic',
    whatTheyDo: 'A joint physiotherapy and psychology clinic for people with COPD and panic.',
    contact: { name: 'Amara Okafor', email: 'amara.okafor@kch.example.nhs.uk' },
    attachments: [],
    serviceType: 'long_term_conditions',
    status: 'published',
    publishedBy: 'p-amara',
    publishedAt: AT,
    history: [{ step: 'agreed', by: 'p-amara', byName: 'Amara Okafor', at: AT, reason: '' }],
    announcement: 'pending',
    announcedAt: null,
    updatedAt: AT,
    ...overrides,
  };
}

/** A day of an expert by experience's time and travel on a review. */
export function reviewerClaim(overrides: Partial<ReviewerClaim> = {}): ReviewerClaim {
  return {
    id: 'claim-1',
    version: 0,
    personId: 'p-santos',
    assessmentId: 'as-cardio-2026',
    date: '2027-01-25',
    hours: 3.5,
    activity: 'visit',
    expenses: [{ category: 'travel', amountPence: 1240, note: 'Return bus fare' }],
    status: 'submitted',
    submittedAt: AT,
    approvedAt: null,
    approvedBy: null,
    paidAt: null,
    ...overrides,
  };
}

/** One of each peer review kind, for "stores every kind" in the contract. */
export function oneOfEachReviewKind(): Change[] {
  return [
    put('reviewTeam', reviewTeam()),
    put('conflictDeclaration', conflictDeclaration()),
    put('reviewRating', reviewerRating()),
    put('agreedRating', agreedRating()),
    put('finding', finding()),
    put('action', action()),
    put('report', report()),
    put('libraryEntry', libraryEntry()),
    put('reviewerClaim', reviewerClaim()),
  ];
}
