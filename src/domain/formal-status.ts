import type { IsoDate } from './ids';
import {
  currentDecision,
  dueNext,
  type DueNext,
  type RecognitionOutcome,
  type RecognitionRecord,
} from './recognition-decision';

/** A service's formal standing as a board would cite it: the panel's decision, or none yet. */
export type FormalStatusKind = RecognitionOutcome | 'awaiting_decision';

export interface FormalStatus {
  readonly status: FormalStatusKind;
  /** The level recognised at (recognised only). */
  readonly level: string | null;
  readonly decidedOn: IsoDate | null;
  /** When the recognition lapses (recognised only). */
  readonly expiresOn: IsoDate | null;
  /** The next date that matters: the appeal window, the deferral's conditions, the interim review, the expiry. */
  readonly dueNext: DueNext | null;
}

export const AWAITING_DECISION: FormalStatus = {
  status: 'awaiting_decision',
  level: null,
  decidedOn: null,
  expiresOn: null,
  dueNext: null,
};

/** The formal status an assessment's recognition record gives on `today` (none: awaiting the panel's decision). */
export function formalStatusOf(record: RecognitionRecord | undefined, today: IsoDate): FormalStatus {
  const decision = currentDecision(record);
  if (decision === null) return AWAITING_DECISION;
  return {
    status: decision.outcome,
    level: decision.level,
    decidedOn: decision.decidedOn,
    expiresOn: decision.expiresOn,
    dueNext: dueNext(record, today),
  };
}
