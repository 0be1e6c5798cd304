import { scoreAssessment } from '../../domain/scoring';
import {
  appealOutcomeRefusal,
  appealRefusal,
  currentDecision,
  dueNext,
  openAppeal,
  type DueNext,
  type RecognitionAppeal,
  type RecognitionDecision,
  type RecognitionPolicy,
  type RecognitionRecord,
} from '../../domain/recognition-decision';
import { authorize, type Principal } from '../access-policy';
import { loadAssessment, type LoadedAssessment } from '../assessment/assessment-context';
import { today, type Ports } from '../context';
import { subjectIdOf, subjectNames } from '../network/cycle-reads';
import { loadFramework } from '../network/frameworks';
import { permission, type Permissions } from '../permission';
import { loadRecognitionState, notReadyReason, policyOf, type RecognitionState } from './recognition-context';

/** What a person may do on the recognition page. */
export const RECOGNITION_ACTS = ['decide', 'appeal', 'decideAppeal'] as const;
export type RecognitionAct = (typeof RECOGNITION_ACTS)[number];

export interface RecognitionProposal {
  /** The level the scoring of the agreed ratings gives. */
  readonly level: string;
  /** Why, in words: what was met and what held it back. */
  readonly summary: string;
  /** The framework's levels, highest first: what the panel may recognise at. */
  readonly levels: readonly string[];
}

export interface RecognitionView {
  readonly assessmentId: string;
  readonly subjectName: string;
  /** The stored record's version (0 before the first decision), for the next write. */
  readonly version: number;
  readonly proposal: RecognitionProposal;
  /** Why the panel cannot decide yet (the report is not final), or null. */
  readonly notReady: string | null;
  readonly current: RecognitionDecision | null;
  /** Every decision, oldest first (the last is the current one). */
  readonly history: readonly RecognitionDecision[];
  readonly appeals: readonly RecognitionAppeal[];
  readonly openAppeal: RecognitionAppeal | null;
  /** The network's settings, which the decision form starts from. */
  readonly policy: RecognitionPolicy;
  readonly dueNext: DueNext | null;
  readonly allowed: Permissions<RecognitionAct>;
}

/** Why a new decision cannot be recorded now (beyond the access policy), or null. */
export function decideRefusal(state: RecognitionState): string | null {
  const notReady = notReadyReason(state.report);
  if (notReady !== null) return notReady;
  if (openAppeal(state.record) !== null) return 'An appeal is waiting: record its outcome instead.';
  const current = currentDecision(state.record);
  if (current !== null && current.outcome !== 'deferred') {
    return 'The panel has decided; the decision changes only on appeal.';
  }
  return null;
}

export async function buildRecognitionView(
  ports: Ports,
  principal: Principal,
  loaded: LoadedAssessment,
  state: RecognitionState,
): Promise<RecognitionView> {
  const { assessment, resource } = loaded;
  const [framework, agreed, names] = await Promise.all([
    loadFramework(ports, assessment.frameworkVersionId),
    ports.store.query('agreedRating', { assessmentId: assessment.id }),
    subjectNames(ports, [assessment]),
  ]);
  const recognition = scoreAssessment(framework, assessment.subject.kind, agreed).recognition;
  const record: RecognitionRecord | undefined = state.record;
  const day = today(ports);
  return {
    assessmentId: assessment.id,
    subjectName: names.get(subjectIdOf(assessment)) ?? subjectIdOf(assessment),
    version: record?.version ?? 0,
    proposal: {
      level: state.report?.headline.recognitionLevel ?? recognition.level,
      summary: recognition.summary,
      levels: framework.recognitionLevels.map((l) => l.name),
    },
    notReady: notReadyReason(state.report),
    current: currentDecision(record),
    history: record?.decisions ?? [],
    appeals: record?.appeals ?? [],
    openAppeal: openAppeal(record),
    policy: policyOf(ports),
    dueNext: dueNext(record, day),
    allowed: {
      decide: permission(principal, 'recognition.decide', resource, decideRefusal(state)),
      appeal: permission(principal, 'recognition.appeal', resource, appealRefusal(record, day)),
      decideAppeal: permission(principal, 'recognition.decide', resource, appealOutcomeRefusal(record)),
    },
  };
}

/** The proposal, the decision and its history, the appeals, and what this person may do. */
export async function getRecognition(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
): Promise<RecognitionView> {
  const loaded = await loadAssessment(ports, assessmentId);
  authorize(principal, 'recognition.read', loaded.resource);
  return buildRecognitionView(ports, principal, loaded, await loadRecognitionState(ports, assessmentId));
}
