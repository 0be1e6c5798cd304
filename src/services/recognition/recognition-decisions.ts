import { DomainError } from '../../domain/errors';
import {
  appealOutcomeIncompleteProblem,
  checkAppeal,
  currentDecision,
  makeDecision,
  missingFromAppealOutcome,
  openAppeal,
  type AppealResult,
  type DecisionInput,
  type RecognitionDecision,
  type RecognitionRecord,
} from '../../domain/recognition-decision';
import { scoreAssessment } from '../../domain/scoring';
import { authorize, type Principal } from '../access-policy';
import { loadAssessment, type LoadedAssessment } from '../assessment/assessment-context';
import { commitContext, putChange, today, type Ports } from '../context';
import { NotFoundError } from '../errors';
import { loadFramework } from '../network/frameworks';
import { withCertificate } from './certificate-filing';
import { checkReady, emptyRecord, loadRecognitionState, policyOf, type RecognitionState } from './recognition-context';
import { buildRecognitionView, decideRefusal, type RecognitionView } from './recognition-view';

async function decisionFrom(
  ports: Ports,
  principal: Principal,
  loaded: LoadedAssessment,
  state: RecognitionState,
  input: DecisionInput,
  onAppeal: boolean,
): Promise<RecognitionDecision> {
  const { assessment } = loaded;
  const [framework, agreed] = await Promise.all([
    loadFramework(ports, assessment.frameworkVersionId),
    ports.store.query('agreedRating', { assessmentId: assessment.id }),
  ]);
  const proposed = scoreAssessment(framework, assessment.subject.kind, agreed).recognition.level;
  const now = ports.clock.now().toISOString();
  return makeDecision(input, {
    number: (state.record?.decisions.length ?? 0) + 1,
    decidedOn: today(ports),
    decidedBy: principal.person.id,
    decidedAt: now,
    proposedLevel: state.report?.headline.recognitionLevel ?? proposed,
    levels: framework.recognitionLevels.map((l) => l.name),
    policy: policyOf(ports),
    onAppeal,
  });
}

async function save(
  ports: Ports,
  principal: Principal,
  record: RecognitionRecord,
  expectedVersion: number,
): Promise<RecognitionRecord> {
  const [stored] = await ports.store.commit(commitContext(ports, principal), [
    putChange('recognition', record, expectedVersion),
  ]);
  return stored;
}

async function answer(ports: Ports, principal: Principal, loaded: LoadedAssessment): Promise<RecognitionView> {
  return buildRecognitionView(ports, principal, loaded, await loadRecognitionState(ports, loaded.assessment.id));
}

/**
 * The panel records its decision on the proposal: refused, saying what is missing, without reasons or validity;
 * a recognition is recorded only with its certificate filed in the service's folder.
 */
export async function recordDecision(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  input: DecisionInput & { readonly version: number },
): Promise<RecognitionView> {
  const loaded = await loadAssessment(ports, assessmentId);
  authorize(principal, 'recognition.decide', loaded.resource);
  const state = await loadRecognitionState(ports, assessmentId);
  checkReady(state.report);
  const refusal = decideRefusal(state);
  if (refusal !== null) {
    throw new DomainError(openAppeal(state.record) ? 'appeal_waiting' : 'already_decided', refusal, 'outcome');
  }
  const record = state.record ?? emptyRecord(loaded.assessment, loaded.cycle);
  const decision = await decisionFrom(ports, principal, loaded, state, input, false);
  await withCertificate(ports, loaded.assessment, loaded.cycle, decision, (filed) =>
    save(ports, principal, { ...record, decisions: [...record.decisions, filed] }, input.version),
  );
  return answer(ports, principal, loaded);
}

/** A service lead appeals the current decision with grounds, within the network's window. */
export async function lodgeAppeal(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  input: { readonly grounds: string; readonly version: number },
): Promise<RecognitionView> {
  const loaded = await loadAssessment(ports, assessmentId);
  authorize(principal, 'recognition.appeal', loaded.resource);
  const { record } = await loadRecognitionState(ports, assessmentId);
  checkAppeal(record, today(ports), input.grounds);
  const decision = currentDecision(record);
  if (!record || !decision) throw new NotFoundError('recognition decision for this assessment', assessmentId);
  await save(
    ports,
    principal,
    {
      ...record,
      appeals: [
        ...record.appeals,
        {
          decisionNumber: decision.number,
          grounds: input.grounds.trim(),
          lodgedBy: principal.person.id,
          lodgedAt: ports.clock.now().toISOString(),
          outcome: null,
        },
      ],
    },
    input.version,
  );
  return answer(ports, principal, loaded);
}

export interface AppealOutcomeInput {
  readonly result: AppealResult;
  readonly reasons: string;
  /** For an upheld appeal: the decision that replaces the one appealed. */
  readonly decision?: DecisionInput | null;
  readonly version: number;
}

/**
 * The panel records an appeal's outcome with reasons. Upheld, the decision is changed: a new decision record
 * (with its certificate when it recognises) follows the one appealed, which stays in the history. Dismissed, the
 * decision stands.
 */
export async function recordAppealOutcome(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  input: AppealOutcomeInput,
): Promise<RecognitionView> {
  const loaded = await loadAssessment(ports, assessmentId);
  authorize(principal, 'recognition.decide', loaded.resource);
  const state = await loadRecognitionState(ports, assessmentId);
  const appeal = openAppeal(state.record);
  if (!state.record || appeal === null) {
    throw new DomainError('no_open_appeal', 'There is no appeal waiting for an outcome.', 'appeal');
  }
  const outcome = { result: input.result, reasons: input.reasons, hasDecision: Boolean(input.decision) };
  const missing = missingFromAppealOutcome(outcome);
  const incomplete = appealOutcomeIncompleteProblem(outcome);
  if (incomplete !== null) {
    throw new DomainError('appeal_outcome_incomplete', incomplete, input.reasons.trim() ? 'decision' : 'reasons', {
      missing,
    });
  }
  const record = state.record;
  const decided = {
    result: input.result,
    reasons: input.reasons.trim(),
    decidedBy: principal.person.id,
    decidedAt: ports.clock.now().toISOString(),
  };
  const appeals = record.appeals.map((a) => (a === appeal ? { ...a, outcome: decided } : a));
  if (input.result === 'dismissed' || !input.decision) {
    await save(ports, principal, { ...record, appeals }, input.version);
    return answer(ports, principal, loaded);
  }
  const decision = await decisionFrom(ports, principal, loaded, state, input.decision, true);
  await withCertificate(ports, loaded.assessment, loaded.cycle, decision, (filed) =>
    save(ports, principal, { ...record, appeals, decisions: [...record.decisions, filed] }, input.version),
  );
  return answer(ports, principal, loaded);
}
