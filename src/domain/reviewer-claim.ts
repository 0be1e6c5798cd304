import { isIsoDate } from './cycle-phase';
import { pounds } from './formatting/numbers';
import { DomainError } from './errors';
import type { IsoDate, IsoDateTime, Versioned } from './ids';

/*
 * Experts by experience are paid for their time and their expenses are reimbursed: each claim is one day's work
 * of one person (hours in quarter hours, and what they spent), submitted by them, approved by the network team and
 * then marked paid once finance has paid it.
 */

export const CLAIM_ACTIVITIES = ['preparation', 'visit', 'report', 'training'] as const;
export type ClaimActivity = (typeof CLAIM_ACTIVITIES)[number];

export const EXPENSE_CATEGORIES = ['travel', 'subsistence', 'other'] as const;
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];

export const CLAIM_STATUSES = ['submitted', 'approved', 'paid'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export interface ExpenseLine {
  readonly category: ExpenseCategory;
  /** Whole pence, so sums never drift: 1240 is £12.40. */
  readonly amountPence: number;
  readonly note: string;
}

export interface ReviewerClaim extends Versioned {
  readonly personId: string;
  /** The review the work was for; null for training, which belongs to no review. */
  readonly assessmentId: string | null;
  readonly date: IsoDate;
  /** In quarter hours: 3.5, 0.25. */
  readonly hours: number;
  readonly activity: ClaimActivity;
  readonly expenses: readonly ExpenseLine[];
  readonly status: ClaimStatus;
  readonly submittedAt: IsoDateTime;
  readonly approvedAt: IsoDateTime | null;
  readonly approvedBy: string | null;
  readonly paidAt: IsoDateTime | null;
}

/** Words a person reads (plain English: the expert reads them too). */
export const CLAIM_ACTIVITY_LABELS: Readonly<Record<ClaimActivity, string>> = {
  preparation: 'Getting ready (reading)',
  visit: 'Visit day',
  report: 'Writing the report',
  training: 'Training',
};
export const EXPENSE_CATEGORY_LABELS: Readonly<Record<ExpenseCategory, string>> = {
  travel: 'Travel',
  subsistence: 'Food and drink',
  other: 'Other',
};
export const CLAIM_STATUS_LABELS: Readonly<Record<ClaimStatus, string>> = {
  submitted: 'Sent, waiting for approval',
  approved: 'Approved, waiting for payment',
  paid: 'Paid',
};

const MAX_HOURS_A_DAY = 12;

/** One thing to change in a claim: the field it is about (as the API names it) and what to do, in plain words. */
export interface ClaimProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * Every problem of a claim at once, in plain words (an expert by experience reads them), each with its field: the
 * API refuses a claim with the first of them, and the tab shows them all before anything is sent.
 */
export function claimProblems(
  claim: Pick<ReviewerClaim, 'date' | 'hours' | 'expenses' | 'activity' | 'assessmentId'>,
  today: IsoDate,
): ClaimProblem[] {
  const problems: ClaimProblem[] = [];
  if (!isIsoDate(claim.date)) {
    problems.push({ field: 'date', message: 'Enter the date you did the work.' });
  } else if (claim.date > today) {
    problems.push({ field: 'date', message: 'The date cannot be in the future: claim after the work is done.' });
  }
  if (!Number.isFinite(claim.hours) || claim.hours < 0 || claim.hours > MAX_HOURS_A_DAY) {
    problems.push({ field: 'hours', message: `Hours must be between 0 and ${MAX_HOURS_A_DAY} for one day.` });
  } else if (Math.round(claim.hours * 4) !== claim.hours * 4) {
    problems.push({
      field: 'hours',
      message: 'Give hours in quarter hours, for example 3.5 for three and a half hours or 0.25 for 15 minutes.',
    });
  }
  claim.expenses.forEach((line, i) => {
    if (!Number.isInteger(line.amountPence) || line.amountPence <= 0) {
      problems.push({ field: `expenses.${i}.amountPence`, message: 'Each expense needs an amount above £0.00.' });
    }
  });
  if (claim.hours === 0 && claim.expenses.length === 0) {
    problems.push({ field: 'hours', message: 'Add the hours you worked, or an expense, or both.' });
  }
  if (claim.activity !== 'training' && claim.assessmentId === null) {
    problems.push({ field: 'assessmentId', message: 'Choose the review this work was for.' });
  }
  return problems;
}

/** Checks what a person claims, refusing it with the first of its problems (see claimProblems). */
export function validateClaim(
  claim: Pick<ReviewerClaim, 'date' | 'hours' | 'expenses' | 'activity' | 'assessmentId'>,
  today: IsoDate,
): void {
  const [first] = claimProblems(claim, today);
  if (first) throw new DomainError('invalid_claim', first.message, first.field);
}

/** The next step of a claim: approve a submitted one, mark an approved one paid. */
export function moveClaim(claim: ReviewerClaim, to: 'approved' | 'paid', by: string, at: IsoDateTime): ReviewerClaim {
  if (to === 'approved' && claim.status === 'submitted') {
    return { ...claim, status: 'approved', approvedAt: at, approvedBy: by };
  }
  if (to === 'paid' && claim.status === 'approved') return { ...claim, status: 'paid', paidAt: at };
  const why =
    to === 'approved'
      ? `This claim is already ${CLAIM_STATUS_LABELS[claim.status].toLowerCase()}.`
      : 'Only an approved claim can be marked paid: approve it first.';
  throw new DomainError('illegal_claim_transition', why);
}

/** Pence as money in British English: 1240 -> "£12.40". */
export function formatPounds(pence: number): string {
  return pounds(pence);
}

/** The total of a claim's expenses, in pence. */
export function expensesTotal(claim: Pick<ReviewerClaim, 'expenses'>): number {
  return claim.expenses.reduce((sum, line) => sum + line.amountPence, 0);
}

/** What a person types as money ("12.40", "£12.4", "12") in pence, or null when it is not an amount. */
export function parsePounds(text: string): number | null {
  const match = /^£?\s*(\d{1,6})(?:\.(\d{1,2}))?$/.exec(text.trim().replace(/,/g, ''));
  if (!match) return null;
  const pence = Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
  return pence > 0 ? pence : null;
}
