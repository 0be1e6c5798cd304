import { writeCsv } from './csv';
import { CLAIM_ACTIVITY_LABELS, CLAIM_STATUS_LABELS, expensesTotal, type ReviewerClaim } from './reviewer-claim';

/** A claim with the names finance needs beside it. */
export interface ClaimForFinance {
  readonly claim: ReviewerClaim;
  readonly personName: string;
  readonly personEmail: string;
  /** The service reviewed, or "" for training. */
  readonly reviewName: string;
}

export const CLAIMS_CSV_COLUMNS = [
  'Claim id',
  'Name',
  'E-mail',
  'Date',
  'Activity',
  'Review',
  'Hours',
  'Travel (£)',
  'Food and drink (£)',
  'Other expenses (£)',
  'Expenses total (£)',
  'Expense notes',
  'Status',
  'Approved on',
  'Paid on',
] as const;

const pounds = (pence: number): string => (pence / 100).toFixed(2);

function sumOf(claim: ReviewerClaim, category: string): number {
  return claim.expenses.filter((e) => e.category === category).reduce((sum, e) => sum + e.amountPence, 0);
}

/**
 * One row per claim for the finance team's spreadsheet: amounts as plain numbers in pounds (so a spreadsheet can
 * add them up), dates as ISO dates, and every text cell protected from running as a formula (writeCsv).
 */
export function claimsCsv(rows: readonly ClaimForFinance[]): string {
  const body = rows.map(({ claim, personName, personEmail, reviewName }) => [
    claim.id,
    personName,
    personEmail,
    claim.date,
    CLAIM_ACTIVITY_LABELS[claim.activity],
    reviewName,
    claim.hours,
    pounds(sumOf(claim, 'travel')),
    pounds(sumOf(claim, 'subsistence')),
    pounds(sumOf(claim, 'other')),
    pounds(expensesTotal(claim)),
    claim.expenses
      .map((e) => e.note.trim())
      .filter((n) => n !== '')
      .join('; '),
    CLAIM_STATUS_LABELS[claim.status],
    claim.approvedAt?.slice(0, 10) ?? '',
    claim.paidAt?.slice(0, 10) ?? '',
  ]);
  return writeCsv([[...CLAIMS_CSV_COLUMNS], ...body]);
}
