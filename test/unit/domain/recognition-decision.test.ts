import {
  addWorkingDays,
  addMonths,
  appealRefusal,
  checkAppeal,
  DEFAULT_RECOGNITION_POLICY,
  dueNext,
  makeDecision,
  type DecisionInput,
  type RecognitionAppeal,
  type RecognitionDecision,
  type RecognitionRecord,
} from '../../../src/domain/recognition-decision';
import { thrown as refusal } from './fixtures';

const LEVELS = ['Excellent', 'Meeting the standard', 'Developing'];

function decide(input: DecisionInput, decidedOn = '2027-03-15'): RecognitionDecision {
  return makeDecision(input, {
    number: 1,
    decidedOn,
    decidedBy: 'p-panel',
    decidedAt: `${decidedOn}T10:00:00.000Z`,
    proposedLevel: 'Meeting the standard',
    levels: LEVELS,
    policy: DEFAULT_RECOGNITION_POLICY,
    onAppeal: false,
  });
}

function record(decisions: RecognitionDecision[], appeals: RecognitionAppeal[] = []): RecognitionRecord {
  return {
    id: 'recognition:a-1',
    version: 1,
    assessmentId: 'a-1',
    cycleId: 'c-1',
    organisationId: 'org-kch',
    subjectId: 'svc-cardio',
    decisions,
    appeals,
  };
}

const RECOGNISED: DecisionInput = {
  outcome: 'recognised',
  level: 'Meeting the standard',
  reasons: 'All essential standards met; the visit confirmed the joint care plans.',
  validityMonths: 36,
  interimReviewMonths: 18,
};

describe('the appeal window', () => {
  it('counts 20 working days after the decision, skipping Saturdays and Sundays', () => {
    expect(addWorkingDays('2027-03-15', 20)).toBe('2027-04-12');
    expect(addWorkingDays('2027-03-19', 1)).toBe('2027-03-22');
    expect(addWorkingDays('2027-03-20', 1)).toBe('2027-03-22');
    expect(addWorkingDays('2027-03-19', 20)).toBe('2027-04-16');
  });
});

describe('the recognition decision', () => {
  it('a recognition lasts three years from its date, with the interim review at eighteen months', () => {
    const decision = decide(RECOGNISED);
    expect(decision.expiresOn).toBe('2030-03-15');
    expect(decision.interimReviewOn).toBe('2028-09-15');
    expect(decision.appealClosesOn).toBe('2027-04-12');
  });

  it('a date at the end of a month falls on the last day of a shorter month', () => {
    expect(addMonths('2026-08-31', 18)).toBe('2028-02-29');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
  });

  it('a network that sets other validity gets its own dates', () => {
    const decision = decide({ ...RECOGNISED, validityMonths: 24, interimReviewMonths: 12 });
    expect([decision.expiresOn, decision.interimReviewOn]).toEqual(['2029-03-15', '2028-03-15']);
  });

  it('a decision without reasons or validity is refused, naming each thing missing', () => {
    const error = refusal(() => decide({ outcome: 'recognised', level: 'Excellent', reasons: ' ' }));
    expect(error.code).toBe('decision_incomplete');
    expect(error.details?.['missing']).toEqual([
      'the reasons for the decision',
      'how long the recognition is valid (months)',
      'when the interim review falls (months)',
    ]);
    expect(error.message).toContain('without the reasons for the decision');
  });

  it('a deferral needs its conditions and the date they must be met by', () => {
    const error = refusal(() => decide({ outcome: 'deferred', reasons: 'Evidence of training missing.' }));
    expect(error.details?.['missing']).toEqual([
      'the conditions the service must meet',
      'the date by which the conditions must be met',
    ]);
    const deferred = decide({
      outcome: 'deferred',
      reasons: 'Evidence of training missing.',
      conditions: 'Show the training records.',
      conditionsDueBy: '2027-09-30',
    });
    expect(deferred).toMatchObject({ level: null, expiresOn: null, conditionsDueBy: '2027-09-30' });
  });

  it('a level the framework does not have is refused with the levels it has', () => {
    const error = refusal(() => decide({ ...RECOGNISED, level: 'Gold' }));
    expect(error.code).toBe('unknown_recognition_level');
    expect(error.message).toContain('Excellent, Meeting the standard, Developing');
  });

  it('an interim review at or after the expiry is refused', () => {
    expect(refusal(() => decide({ ...RECOGNISED, interimReviewMonths: 36 })).code).toBe('invalid_validity');
  });
});

describe('appealing a decision', () => {
  const decision = decide(RECOGNISED);

  it('is open up to and including the last day of the window', () => {
    expect(appealRefusal(record([decision]), '2027-04-12')).toBeNull();
  });

  it('is refused the day after the window, with the date it closed', () => {
    const error = refusal(() => checkAppeal(record([decision]), '2027-04-13', 'The visit missed our clinic.'));
    expect(error.code).toBe('appeal_window_closed');
    expect(error.message).toBe('The time to appeal closed on 12 April 2027.');
    expect(error.details?.['closedOn']).toBe('2027-04-12');
  });

  it('needs grounds', () => {
    expect(refusal(() => checkAppeal(record([decision]), '2027-03-20', '  ')).code).toBe('appeal_incomplete');
  });

  it('is possible once per decision, and never against a decision made on appeal', () => {
    const appeal: RecognitionAppeal = {
      decisionNumber: 1,
      grounds: 'g',
      lodgedBy: 'p-lead',
      lodgedAt: '2027-03-20T10:00:00.000Z',
      outcome: null,
    };
    expect(appealRefusal(record([decision], [appeal]), '2027-03-21')).toBe('This decision has already been appealed.');
    const onAppeal = { ...decision, number: 2, onAppeal: true, appealClosesOn: null };
    expect(appealRefusal(record([decision, onAppeal], [appeal]), '2027-03-21')).toBe(
      'This decision was made on appeal and is final.',
    );
  });
});

describe('what is due next', () => {
  const decision = decide(RECOGNISED);

  it('is the appeal window, then the interim review, then the expiry', () => {
    expect(dueNext(record([decision]), '2027-03-20')).toEqual({ what: 'appeal_window', on: '2027-04-12' });
    expect(dueNext(record([decision]), '2027-05-01')).toEqual({ what: 'interim_review', on: '2028-09-15' });
    expect(dueNext(record([decision]), '2029-01-01')).toEqual({ what: 'expiry', on: '2030-03-15' });
    expect(dueNext(record([decision]), '2031-01-01')).toBeNull();
  });
});
