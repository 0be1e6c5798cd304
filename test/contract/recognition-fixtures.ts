/** One recognition record (a decision with its certificate, and an appeal) for the store contract; ids tie to fixtures.ts. */
import type { RecognitionRecord } from '../../src/domain/recognition-decision';
import type { Change } from '../../src/services/ports';

export function recognitionRecord(overrides: Partial<RecognitionRecord> = {}): RecognitionRecord {
  return {
    id: 'recognition:as-cardio-2026',
    version: 0,
    assessmentId: 'as-cardio-2026',
    cycleId: 'cy-2026',
    organisationId: 'org-kch',
    subjectId: 'svc-cardio',
    decisions: [
      {
        number: 1,
        outcome: 'recognised',
        level: 'Meeting the standard',
        conditions: null,
        conditionsDueBy: null,
        decidedOn: '2027-03-15',
        reasons: 'All essential standards are met and the visit confirmed the joint care plans.',
        validityMonths: 36,
        interimReviewMonths: 18,
        expiresOn: '2030-03-15',
        interimReviewOn: '2028-09-15',
        appealClosesOn: '2027-04-12',
        proposedLevel: 'Meeting the standard',
        decidedBy: 'p-panel',
        decidedAt: '2027-03-15T10:00:00.000Z',
        onAppeal: false,
        certificate: {
          fileName: 'Recognition certificate.docx',
          contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          sizeBytes: 9000,
          storageKey: 'cy-2026/org-kch/svc-cardio/Recognition certificate.docx',
        },
      },
    ],
    appeals: [
      {
        decisionNumber: 1,
        grounds: 'The visit did not see our outreach clinic.',
        lodgedBy: 'p-amara',
        lodgedAt: '2027-03-20T10:00:00.000Z',
        outcome: null,
      },
    ],
    ...overrides,
  };
}

export function oneRecognitionRecord(): Change[] {
  return [{ op: 'put', kind: 'recognition', value: recognitionRecord(), expectedVersion: 0 }];
}
