import { writeCsv } from './csv';
import type { ReportDocument, TableBlock } from './report-document';
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

function notesOf(claim: ReviewerClaim): string {
  return claim.expenses
    .map((e) => e.note.trim())
    .filter((n) => n !== '')
    .join('; ');
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
    notesOf(claim),
    CLAIM_STATUS_LABELS[claim.status],
    claim.approvedAt?.slice(0, 10) ?? '',
    claim.paidAt?.slice(0, 10) ?? '',
  ]);
  return writeCsv([[...CLAIMS_CSV_COLUMNS], ...body]);
}

/**
 * The same claims as a workbook for finance (drawn by the Excel report renderer): one "Claims" sheet with hours
 * and money as numbers in pounds, so finance can sum and filter them.
 */
export function claimsWorkbook(rows: readonly ClaimForFinance[], today: string): ReportDocument {
  const table: TableBlock = {
    kind: 'table',
    title: `Time and expenses claims on ${today}`,
    sheet: 'Claims',
    columns: [...CLAIMS_CSV_COLUMNS],
    rows: rows.map(({ claim, personName, personEmail, reviewName }) => [
      claim.id,
      personName,
      personEmail,
      claim.date,
      CLAIM_ACTIVITY_LABELS[claim.activity],
      reviewName,
      claim.hours,
      sumOf(claim, 'travel') / 100,
      sumOf(claim, 'subsistence') / 100,
      sumOf(claim, 'other') / 100,
      expensesTotal(claim) / 100,
      notesOf(claim),
      CLAIM_STATUS_LABELS[claim.status],
      claim.approvedAt?.slice(0, 10) ?? '',
      claim.paidAt?.slice(0, 10) ?? '',
    ]),
  };
  return {
    title: 'Time and expenses claims',
    subtitle: `Experts by experience, as on ${today}`,
    fileStem: `time-and-expenses-${today}`,
    sections: [{ heading: 'Claims', blocks: [table] }],
  };
}
