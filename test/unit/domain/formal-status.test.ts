import { formalStatusOf } from '../../../src/domain/formal-status';
import type { RecognitionDecision, RecognitionRecord } from '../../../src/domain/recognition-decision';

const DEFERRED: RecognitionDecision = {
  number: 1,
  outcome: 'deferred',
  level: null,
  conditions: 'Show the training records of every clinician.',
  conditionsDueBy: '2027-09-30',
  decidedOn: '2027-03-20',
  reasons: 'Training records are missing.',
  validityMonths: null,
  interimReviewMonths: null,
  expiresOn: null,
  interimReviewOn: null,
  appealClosesOn: '2027-04-17',
  proposedLevel: 'Meeting the standard',
  decidedBy: 'p-panel',
  decidedAt: '2027-03-20T10:00:00.000Z',
  onAppeal: false,
  certificate: null,
};

function record(decisions: RecognitionDecision[], appealOpen = false): RecognitionRecord {
  return {
    id: 'recognition:a-1',
    version: 1,
    assessmentId: 'a-1',
    cycleId: 'c-1',
    organisationId: 'org-gstt',
    subjectId: 'svc-rheum',
    decisions,
    appeals: appealOpen
      ? [{ decisionNumber: 1, grounds: 'g', lodgedBy: 'p-lead', lodgedAt: '2027-03-25T10:00:00.000Z', outcome: null }]
      : [],
  };
}

describe("a service's formal status", () => {
  it('is awaiting the decision until the panel records one', () => {
    expect(formalStatusOf(undefined, '2027-03-20')).toMatchObject({ status: 'awaiting_decision', dueNext: null });
  });

  it('is deferred with the conditions date next once the appeal window has passed', () => {
    expect(formalStatusOf(record([DEFERRED]), '2027-04-18')).toEqual({
      status: 'deferred',
      level: null,
      decidedOn: '2027-03-20',
      expiresOn: null,
      dueNext: { what: 'conditions', on: '2027-09-30' },
    });
  });

  it("says an appeal is waiting for the panel's outcome while it is", () => {
    expect(formalStatusOf(record([DEFERRED], true), '2027-03-26').dueNext).toEqual({
      what: 'appeal_outcome',
      on: null,
    });
  });
});
