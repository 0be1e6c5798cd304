import { DomainError } from './errors';
import type { IsoDate, IsoDateTime, Versioned } from './ids';
import { longDate } from './reviewer-training';

/**
 * The recognition decision (issue 14). The level the scoring computes is a proposal; the network's panel decides,
 * with reasons, a date and a validity a board can cite, and the service may appeal within a set time.
 */
export const RECOGNITION_OUTCOMES = ['recognised', 'deferred', 'not_recognised'] as const;
export type RecognitionOutcome = (typeof RECOGNITION_OUTCOMES)[number];

export const APPEAL_RESULTS = ['upheld', 'dismissed'] as const;
export type AppealResult = (typeof APPEAL_RESULTS)[number];

/** The network's settings for decisions (one network per installation, so they come from its configuration). */
export interface RecognitionPolicy {
  /** How long a recognition lasts, in months from the decision. */
  readonly validityMonths: number;
  /** When the interim review falls, in months from the decision. */
  readonly interimReviewMonths: number;
  /**
   * How long the service has to appeal, in working days (Monday to Friday) after the decision, the last day included.
   * Bank holidays are not known to the app and count as working days.
   */
  readonly appealWorkingDays: number;
}

/** Our choice (DOMAIN.md): three years with an interim review at eighteen months; 20 working days to appeal. */
export const DEFAULT_RECOGNITION_POLICY: RecognitionPolicy = {
  validityMonths: 36,
  interimReviewMonths: 18,
  appealWorkingDays: 20,
};

/** The certificate filed in the service's folder when a service is recognised. */
export interface CertificateFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly storageKey: string;
}

export interface RecognitionDecision {
  /** 1 for the first decision; a decision changed on appeal is the next number. */
  readonly number: number;
  readonly outcome: RecognitionOutcome;
  /** The framework level recognised at (recognised only). */
  readonly level: string | null;
  /** What a deferred service must do, and by when. */
  readonly conditions: string | null;
  readonly conditionsDueBy: IsoDate | null;
  readonly decidedOn: IsoDate;
  readonly reasons: string;
  /** Validity in months and the dates it gives (recognised only). */
  readonly validityMonths: number | null;
  readonly interimReviewMonths: number | null;
  readonly expiresOn: IsoDate | null;
  readonly interimReviewOn: IsoDate | null;
  /** The last day an appeal may be lodged; null for a decision made on appeal (it is final). */
  readonly appealClosesOn: IsoDate | null;
  /** The computed level it was proposed, kept so the decision can be read against it. */
  readonly proposedLevel: string;
  readonly decidedBy: string;
  readonly decidedAt: IsoDateTime;
  /** Set when this decision replaced an earlier one on appeal. */
  readonly onAppeal: boolean;
  readonly certificate: CertificateFile | null;
}

export interface RecognitionAppeal {
  /** The decision appealed against. */
  readonly decisionNumber: number;
  readonly grounds: string;
  readonly lodgedBy: string;
  readonly lodgedAt: IsoDateTime;
  readonly outcome: {
    readonly result: AppealResult;
    readonly reasons: string;
    readonly decidedBy: string;
    readonly decidedAt: IsoDateTime;
  } | null;
}

/** One per assessment: every decision (the last one stands) and every appeal, so the history is never lost. */
export interface RecognitionRecord extends Versioned {
  readonly assessmentId: string;
  readonly cycleId: string;
  readonly organisationId: string;
  /** The service's id (or the organisation's for an organisation assessment). */
  readonly subjectId: string;
  readonly decisions: readonly RecognitionDecision[];
  readonly appeals: readonly RecognitionAppeal[];
}

export function recognitionId(assessmentId: string): string {
  return `recognition:${assessmentId}`;
}

export function currentDecision(record: RecognitionRecord | undefined): RecognitionDecision | null {
  return record?.decisions[record.decisions.length - 1] ?? null;
}

/** The appeal still waiting for the panel, if any. */
export function openAppeal(record: RecognitionRecord | undefined): RecognitionAppeal | null {
  return record?.appeals.find((a) => a.outcome === null) ?? null;
}

/** `date` plus whole months; a day past the month's end falls on its last day (31 August + 6 months = 28/29 February). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** `date` plus whole working days (Monday to Friday): 20 working days after a Monday is the Monday four weeks on. */
export function addWorkingDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  for (let left = days; left > 0;) {
    d.setUTCDate(d.getUTCDate() + 1);
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return d.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** What the panel sends to record a decision, before it is checked. */
export interface DecisionInput {
  readonly outcome: RecognitionOutcome;
  readonly level?: string | null;
  readonly conditions?: string | null;
  readonly conditionsDueBy?: IsoDate | null;
  readonly reasons?: string | null;
  readonly validityMonths?: number | null;
  readonly interimReviewMonths?: number | null;
}

/** What is missing from a decision, in words a panel member can act on (empty when complete). */
export function missingFromDecision(input: DecisionInput): string[] {
  const missing: string[] = [];
  if (!input.reasons?.trim()) missing.push('the reasons for the decision');
  if (input.outcome === 'recognised') {
    if (!input.level) missing.push('the level recognised at');
    if (!input.validityMonths) missing.push('how long the recognition is valid (months)');
    if (!input.interimReviewMonths) missing.push('when the interim review falls (months)');
  }
  if (input.outcome === 'deferred') {
    if (!input.conditions?.trim()) missing.push('the conditions the service must meet');
    if (!input.conditionsDueBy) missing.push('the date by which the conditions must be met');
  }
  return missing;
}

/**
 * Everything a decision still misses, in one sentence for the panel, or null when nothing: the API refuses with it
 * and the tab shows it before sending, so both say the same.
 */
export function decisionIncompleteProblem(input: DecisionInput): string | null {
  const missing = missingFromDecision(input);
  if (missing.length === 0) return null;
  return `The decision cannot be recorded without ${listOf(missing)}. Add ${missing.length === 1 ? 'it' : 'them'} and record it again.`;
}

/** What is wrong with an appeal's grounds, or null when nothing: shared by the API and the tab's appeal form. */
export function appealGroundsProblem(grounds: string): string | null {
  return grounds.trim() === '' ? 'Say on what grounds the decision is appealed.' : null;
}

/** What an appeal's outcome still misses, in words a panel member can act on (empty when complete). */
export function missingFromAppealOutcome(input: {
  readonly result: AppealResult;
  readonly reasons: string;
  readonly hasDecision: boolean;
}): string[] {
  return [
    ...(input.reasons.trim() ? [] : ['the reasons for the outcome']),
    ...(input.result === 'upheld' && !input.hasDecision ? ['the decision that replaces the one appealed'] : []),
  ];
}

/** Everything an appeal's outcome misses, in one sentence, or null: the API refuses with it, the tab shows it first. */
export function appealOutcomeIncompleteProblem(input: Parameters<typeof missingFromAppealOutcome>[0]): string | null {
  const missing = missingFromAppealOutcome(input);
  return missing.length === 0 ? null : `The appeal's outcome cannot be recorded without ${missing.join(' and ')}.`;
}

interface DecisionContext {
  readonly number: number;
  readonly decidedOn: IsoDate;
  readonly decidedBy: string;
  readonly decidedAt: IsoDateTime;
  readonly proposedLevel: string;
  /** The framework's level names, highest first. */
  readonly levels: readonly string[];
  readonly policy: RecognitionPolicy;
  readonly onAppeal: boolean;
}

/**
 * Checks a decision and works out its dates: refuses one that misses anything (naming each thing) or names a level
 * the framework does not have, a validity shorter than its interim review, or conditions due before the decision.
 */
export function makeDecision(input: DecisionInput, context: DecisionContext): RecognitionDecision {
  const missing = missingFromDecision(input);
  const incomplete = decisionIncompleteProblem(input);
  if (incomplete !== null) {
    throw new DomainError('decision_incomplete', incomplete, fieldOf(missing[0] ?? ''), { missing });
  }
  const recognised = input.outcome === 'recognised';
  const level = recognised ? (input.level ?? null) : null;
  if (level !== null && !context.levels.includes(level)) {
    throw new DomainError(
      'unknown_recognition_level',
      `"${level}" is not a level of this framework. Choose one of: ${context.levels.join(', ')}.`,
      'level',
      { levels: context.levels },
    );
  }
  const validityMonths = recognised ? (input.validityMonths ?? null) : null;
  const interimReviewMonths = recognised ? (input.interimReviewMonths ?? null) : null;
  if (validityMonths !== null && interimReviewMonths !== null && interimReviewMonths >= validityMonths) {
    throw new DomainError(
      'invalid_validity',
      `The interim review (${interimReviewMonths} months) must fall before the recognition expires (${validityMonths} months).`,
      'interimReviewMonths',
    );
  }
  const deferred = input.outcome === 'deferred';
  const conditionsDueBy = deferred ? (input.conditionsDueBy ?? null) : null;
  if (conditionsDueBy !== null && conditionsDueBy <= context.decidedOn) {
    throw new DomainError(
      'invalid_validity',
      `The conditions must be due after the decision (${longDate(context.decidedOn)}); choose a later date.`,
      'conditionsDueBy',
    );
  }
  return {
    number: context.number,
    outcome: input.outcome,
    level,
    conditions: deferred ? (input.conditions?.trim() ?? null) : null,
    conditionsDueBy,
    decidedOn: context.decidedOn,
    reasons: (input.reasons ?? '').trim(),
    validityMonths,
    interimReviewMonths,
    expiresOn: validityMonths === null ? null : addMonths(context.decidedOn, validityMonths),
    interimReviewOn: interimReviewMonths === null ? null : addMonths(context.decidedOn, interimReviewMonths),
    appealClosesOn: context.onAppeal ? null : addWorkingDays(context.decidedOn, context.policy.appealWorkingDays),
    proposedLevel: context.proposedLevel,
    decidedBy: context.decidedBy,
    decidedAt: context.decidedAt,
    onAppeal: context.onAppeal,
    certificate: null,
  };
}

/** Why an appeal against the current decision cannot be lodged on `today`, or null when it can. */
export function appealRefusal(record: RecognitionRecord | undefined, today: IsoDate): string | null {
  const decision = currentDecision(record);
  if (decision === null) return 'There is no decision to appeal yet.';
  if (decision.appealClosesOn === null) return 'This decision was made on appeal and is final.';
  if (record?.appeals.some((a) => a.decisionNumber === decision.number)) {
    return 'This decision has already been appealed.';
  }
  if (today > decision.appealClosesOn) {
    return `The time to appeal closed on ${longDate(decision.appealClosesOn)}.`;
  }
  return null;
}

/** Refuses an appeal that cannot be lodged now, saying why (and, past the window, the day it closed). */
export function checkAppeal(record: RecognitionRecord | undefined, today: IsoDate, grounds: string): void {
  const refusal = appealRefusal(record, today);
  if (refusal !== null) {
    const closedOn = currentDecision(record)?.appealClosesOn ?? null;
    const closed = closedOn !== null && today > closedOn && refusal.startsWith('The time to appeal closed');
    throw new DomainError(closed ? 'appeal_window_closed' : 'appeal_not_possible', refusal, 'appeal', {
      ...(closed ? { closedOn } : {}),
    });
  }
  const groundsProblem = appealGroundsProblem(grounds);
  if (groundsProblem !== null) {
    throw new DomainError('appeal_incomplete', groundsProblem, 'grounds', {
      missing: ['the grounds of the appeal'],
    });
  }
}

/** Why the panel cannot record an appeal's outcome now, or null when it can. */
export function appealOutcomeRefusal(record: RecognitionRecord | undefined): string | null {
  return openAppeal(record) === null ? 'There is no appeal waiting for an outcome.' : null;
}

/** What is next for a service after a decision, as of `today`: the first date still to come. */
export interface DueNext {
  readonly what: 'appeal_window' | 'conditions' | 'interim_review' | 'expiry' | 'appeal_outcome';
  readonly on: IsoDate | null;
}

export function dueNext(record: RecognitionRecord | undefined, today: IsoDate): DueNext | null {
  const decision = currentDecision(record);
  if (decision === null) return null;
  if (openAppeal(record) !== null) return { what: 'appeal_outcome', on: null };
  const candidates: DueNext[] = [];
  const appealed = record?.appeals.some((a) => a.decisionNumber === decision.number) ?? false;
  if (decision.appealClosesOn && !appealed) candidates.push({ what: 'appeal_window', on: decision.appealClosesOn });
  if (decision.conditionsDueBy) candidates.push({ what: 'conditions', on: decision.conditionsDueBy });
  if (decision.interimReviewOn) candidates.push({ what: 'interim_review', on: decision.interimReviewOn });
  if (decision.expiresOn) candidates.push({ what: 'expiry', on: decision.expiresOn });
  return candidates.find((c) => c.on !== null && c.on >= today) ?? null;
}

function fieldOf(missing: string): string {
  if (missing.startsWith('the reasons')) return 'reasons';
  if (missing.startsWith('the level')) return 'level';
  if (missing.startsWith('how long')) return 'validityMonths';
  if (missing.startsWith('when the interim')) return 'interimReviewMonths';
  if (missing.startsWith('the conditions')) return 'conditions';
  return 'conditionsDueBy';
}

function listOf(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
