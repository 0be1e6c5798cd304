import { DomainError } from '../../domain/errors';
import type { Questionnaire } from '../../domain/questionnaires/questionnaire';
import {
  checkAnswer,
  type AnswerSource,
  type AnswerSubmission,
  type QuestionnaireComment,
  type ValidAnswer,
} from '../../domain/questionnaires/questionnaire-answer';
import {
  deviceMayAnswer,
  isRunOpen,
  limitsOneAnswerPerDevice,
  type QuestionnaireRun,
} from '../../domain/questionnaires/questionnaire-run';
import { addToTally, emptyTally } from '../../domain/questionnaires/questionnaire-tally';
import { authorize, type Principal } from '../access-policy';
import { putChange, today, type Ports } from '../context';
import { NotFoundError } from '../errors';
import { ConflictError, type Change, type CommitContext } from '../ports';
import { cachedRead } from '../read-cache';
import { runForToken } from './public-link-run';
import { runOfService, serviceOfAssessment } from './questionnaire-runs';

/** Answers arriving together all update the run's counts: a conflict means another answer got in first. */
const MAX_ATTEMPTS = 20;

/** The actor recorded for public answers: nobody, so nothing in the store points at the person who answered. */
export const ANONYMOUS_ACTOR = 'anonymous';

/** What a person is told once their answer is stored, on the public page and by the JSON route alike. */
export const THANK_YOU = 'Thank you. Your answer has been saved.';
/** What a person is told when the questionnaire has closed (its closing date passed, or the service closed it). */
export const QUESTIONNAIRE_CLOSED =
  'This questionnaire has closed, so answers are no longer taken. Thank you for wanting to take part.';
/** What a device that has answered is told when the run takes one answer per device. */
export const ALREADY_ANSWERED_ON_THIS_DEVICE =
  'You have already answered this questionnaire on this device. Thank you: your answer has been counted.';

/** A public answer: the token from the link, the answers, and the field people never see (it must stay empty). */
export interface PublicAnswer extends AnswerSubmission {
  readonly token: string;
  readonly honeypot: string;
  /** The device says (by its cookie) that it has answered this run before; absent, it says nothing. Nothing is kept. */
  readonly deviceHasAnswered?: boolean;
}

/** After a public answer: until when the device should remember it answered, when the run takes one per device. */
export interface PublicAnswerReceipt {
  readonly rememberDeviceUntil: string | null;
}

/**
 * Stores an answer given through a public link. Every refusal stores nothing and says nothing about the service,
 * other runs or results: an unknown token, a device that has answered already (when the run takes one answer per
 * device), a closed run, a filled honeypot, a missing or invalid answer.
 */
export async function answerThroughLink(ports: Ports, answer: PublicAnswer): Promise<PublicAnswerReceipt> {
  const run = await runForToken(ports, answer.token);
  if (!deviceMayAnswer(run, answer.deviceHasAnswered ?? false)) {
    throw new DomainError('already_answered', ALREADY_ANSWERED_ON_THIS_DEVICE);
  }
  if (answer.honeypot !== '') {
    throw new DomainError(
      'answer_refused',
      'Your answer could not be accepted. Leave the field marked "leave this empty" blank and send it again.',
    );
  }
  await storeAnswer(ports, run, answer, 'online', anonymousContext(ports));
  return { rememberDeviceUntil: limitsOneAnswerPerDevice(run) ? run.closesAt : null };
}

/** A paper answer typed in by the service's staff, marked as paper in the counts. */
export async function enterPaperAnswer(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  runId: string,
  submission: AnswerSubmission,
): Promise<{ answers: number }> {
  const service = await serviceOfAssessment(ports, assessmentId);
  authorize(principal, 'questionnaire.run', service.resource);
  const run = await runOfService(ports, service, runId);
  const answers = await storeAnswer(ports, run, submission, 'paper', {
    actorId: principal.person.id,
    at: ports.clock.now().toISOString(),
  });
  return { answers };
}

/** Questionnaires change only when an admin imports one again: every instance sees a new import within this time. */
const QUESTIONNAIRE_CACHE_MS = 60_000;

/** The questionnaire of a run, read once a minute rather than at every answer (answers arrive in bursts). */
export async function questionnaireOfRun(ports: Ports, run: QuestionnaireRun): Promise<Questionnaire> {
  const questionnaire = await cachedRead(
    ports,
    questionnaireCacheKey(run.questionnaireId),
    QUESTIONNAIRE_CACHE_MS,
    () => ports.store.get('questionnaire', run.questionnaireId),
  );
  if (!questionnaire) throw new NotFoundError('questionnaire', run.questionnaireId);
  return questionnaire;
}

export function questionnaireCacheKey(questionnaireId: string): string {
  return `questionnaire:${questionnaireId}`;
}

/** Refuses an answer to a closed run, or one that misses a required answer or has an invalid one; stores nothing. */
export async function checkedAnswer(
  ports: Ports,
  run: QuestionnaireRun,
  submission: AnswerSubmission,
): Promise<ValidAnswer> {
  if (!isRunOpen(run, ports.clock.now().toISOString())) {
    throw new DomainError('questionnaire_closed', QUESTIONNAIRE_CLOSED);
  }
  const checked = checkAnswer(await questionnaireOfRun(ports, run), submission);
  if (!checked.ok) {
    throw new DomainError(
      'answer_incomplete',
      `Some answers need attention: ${checked.problems.map((p) => p.message).join(' ')} Nothing was saved yet.`,
      undefined,
      { errors: checked.problems.map((p) => ({ field: p.itemCode, message: p.message })) },
    );
  }
  return checked.answer;
}

/** The commit of an anonymous answer: by nobody, at midnight of the day, so no time of day can be matched with logs. */
export function anonymousContext(ports: Ports): CommitContext {
  return { actorId: ANONYMOUS_ACTOR, at: `${today(ports)}T00:00:00.000Z` };
}

/**
 * Checks an answer and stores it with its comments and the run's updated counts in one commit, so the counts never
 * drift from the answers. The commit's time is the day only for public answers: no time of day to match with logs.
 */
async function storeAnswer(
  ports: Ports,
  run: QuestionnaireRun,
  submission: AnswerSubmission,
  source: AnswerSource,
  context: CommitContext,
): Promise<number> {
  return commitAnswer(ports, run, await checkedAnswer(ports, run, submission), source, context);
}

/** Stores a checked answer, its comments and the run's counts in one commit; the number of answers after it. */
export async function commitAnswer(
  ports: Ports,
  run: QuestionnaireRun,
  answer: ValidAnswer,
  source: AnswerSource,
  context: CommitContext,
): Promise<number> {
  const answeredOn = today(ports);
  const answerId = ports.ids.newId();
  const comments: QuestionnaireComment[] = Object.entries(answer.texts).map(([itemCode, text]) => ({
    id: ports.ids.newId(),
    version: 0,
    runId: run.id,
    itemCode,
    text,
    answeredOn,
  }));
  for (let attempt = 1; ; attempt += 1) {
    const tally = (await ports.store.get('questionnaireTally', run.id)) ?? emptyTally(run.id);
    const changes: Change[] = [
      putChange(
        'questionnaireAnswer',
        { id: answerId, version: 0, runId: run.id, source, answeredOn, choices: answer.choices },
        0,
      ),
      ...comments.map((c) => putChange('questionnaireComment', c, 0)),
      putChange('questionnaireTally', addToTally(tally, answer, source), tally.version),
    ];
    try {
      await ports.store.commit(context, changes);
      return tally.answers + 1;
    } catch (error) {
      const countsMoved = error instanceof ConflictError && error.kind === 'questionnaireTally';
      if (!countsMoved || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
