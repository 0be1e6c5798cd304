/** One entity of each questionnaire kind for the store contract; ids tie to fixtures.ts (svc-cardio, cy-2026, fw-1). */
import type { Questionnaire } from '../../src/domain/questionnaires/questionnaire';
import type {
  QuestionnaireAnswer,
  QuestionnaireAnsweredMarker,
  QuestionnaireComment,
} from '../../src/domain/questionnaires/questionnaire-answer';
import type { QuestionnaireRun } from '../../src/domain/questionnaires/questionnaire-run';
import type { QuestionnaireTally } from '../../src/domain/questionnaires/questionnaire-tally';
import { STARTER_QUESTIONNAIRES } from '../../src/domain/questionnaires/starter-questionnaires';
import type { Change } from '../../src/services/ports';

const PATIENTS = STARTER_QUESTIONNAIRES[1]!;

export function questionnaire(overrides: Partial<Questionnaire> = {}): Questionnaire {
  return {
    ...PATIENTS,
    id: 'fw-1:patients-starter:en-GB',
    version: 0,
    frameworkId: 'fw-1',
    createdAt: '2026-11-26T09:30:00.000Z',
    ...overrides,
  };
}

export function questionnaireRun(overrides: Partial<QuestionnaireRun> = {}): QuestionnaireRun {
  return {
    id: 'cy-2026:svc-cardio:fw-1:patients-starter:en-GB',
    version: 0,
    questionnaireId: 'fw-1:patients-starter:en-GB',
    audience: 'patients',
    serviceId: 'svc-cardio',
    organisationId: 'org-kch',
    cycleId: 'cy-2026',
    frameworkId: 'fw-1',
    tokenHash: 'a'.repeat(64),
    openedBy: 'p-amara',
    openedAt: '2026-11-26T09:30:00.000Z',
    closesAt: '2027-01-31T23:59:59.000Z',
    minimumAnswers: 5,
    ...overrides,
  };
}

const RUN_ID = 'cy-2026:svc-cardio:fw-1:patients-starter:en-GB';

export function questionnaireAnswer(overrides: Partial<QuestionnaireAnswer> = {}): QuestionnaireAnswer {
  return {
    id: 'qa-1',
    version: 0,
    runId: RUN_ID,
    source: 'online',
    answeredOn: '2026-11-26',
    choices: { P1: 'agree', P2: 'yes' },
    ...overrides,
  };
}

export function questionnaireComment(overrides: Partial<QuestionnaireComment> = {}): QuestionnaireComment {
  return {
    id: 'qc-1',
    version: 0,
    runId: RUN_ID,
    itemCode: 'P9',
    text: 'The nurse explained my blood test results: "normal", with a smile.',
    answeredOn: '2026-11-26',
    ...overrides,
  };
}

export function questionnaireTally(overrides: Partial<QuestionnaireTally> = {}): QuestionnaireTally {
  return {
    id: RUN_ID,
    version: 0,
    runId: RUN_ID,
    answers: 1,
    paperAnswers: 0,
    choices: { P1: { agree: 1 }, P2: { yes: 1 } },
    texts: { P9: 1 },
    ...overrides,
  };
}

export function questionnaireMarker(overrides: Partial<QuestionnaireAnsweredMarker> = {}): QuestionnaireAnsweredMarker {
  return { id: `${RUN_ID}:p-amara`, version: 0, runId: RUN_ID, personId: 'p-amara', ...overrides };
}

export function oneOfEachQuestionnaireKind(): Change[] {
  return [
    { op: 'put', kind: 'questionnaire', value: questionnaire(), expectedVersion: 0 },
    { op: 'put', kind: 'questionnaireRun', value: questionnaireRun(), expectedVersion: 0 },
    { op: 'put', kind: 'questionnaireAnswer', value: questionnaireAnswer(), expectedVersion: 0 },
    { op: 'put', kind: 'questionnaireComment', value: questionnaireComment(), expectedVersion: 0 },
    { op: 'put', kind: 'questionnaireTally', value: questionnaireTally(), expectedVersion: 0 },
    { op: 'put', kind: 'questionnaireMarker', value: questionnaireMarker(), expectedVersion: 0 },
  ];
}
