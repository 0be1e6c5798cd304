import type { RecognitionDecisionRequest, RecognitionOutcome, RecognitionPolicy } from '../../api/types';

/** What the panel has typed so far; numbers stay text until sent, so a half-typed field is never lost. */
export interface DecisionDraft {
  readonly outcome: RecognitionOutcome;
  readonly level: string;
  readonly conditions: string;
  readonly conditionsDueBy: string;
  readonly validityMonths: string;
  readonly interimReviewMonths: string;
  readonly reasons: string;
}

/** A new decision starts from the proposal and the network's validity. */
export function draftFrom(proposedLevel: string, levels: readonly string[], policy: RecognitionPolicy): DecisionDraft {
  return {
    outcome: 'recognised',
    level: levels.includes(proposedLevel) ? proposedLevel : (levels[0] ?? ''),
    conditions: '',
    conditionsDueBy: '',
    validityMonths: String(policy.validityMonths),
    interimReviewMonths: String(policy.interimReviewMonths),
    reasons: '',
  };
}

const monthsOf = (text: string): number | null => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);
const textOf = (text: string): string | null => (text.trim() === '' ? null : text);

/**
 * The request as the API takes it: only the fields the outcome uses, empty ones left out so the API can say what is
 * missing (the tab checks nothing itself).
 */
export function decisionRequest(draft: DecisionDraft): Omit<RecognitionDecisionRequest, 'version'> {
  switch (draft.outcome) {
    case 'recognised':
      return {
        outcome: 'recognised',
        level: textOf(draft.level),
        validityMonths: monthsOf(draft.validityMonths),
        interimReviewMonths: monthsOf(draft.interimReviewMonths),
        reasons: textOf(draft.reasons),
      };
    case 'deferred':
      return {
        outcome: 'deferred',
        conditions: textOf(draft.conditions),
        conditionsDueBy: textOf(draft.conditionsDueBy),
        reasons: textOf(draft.reasons),
      };
    case 'not_recognised':
      return { outcome: 'not_recognised', reasons: textOf(draft.reasons) };
  }
}
