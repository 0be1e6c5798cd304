import { claimsCsv } from '../../../src/domain/claims-csv';
import { DomainError } from '../../../src/domain/errors';
import {
  formatPounds,
  moveClaim,
  parsePounds,
  claimProblems,
  validateClaim,
  type ReviewerClaim,
} from '../../../src/domain/reviewer-claim';

const CLAIM: ReviewerClaim = {
  id: 'claim-1',
  version: 1,
  personId: 'p-expert',
  assessmentId: 'a-rheum',
  date: '2027-01-20',
  hours: 3.5,
  activity: 'visit',
  expenses: [{ category: 'travel', amountPence: 1240, note: 'Bus' }],
  status: 'submitted',
  submittedAt: '2027-01-20T17:00:00.000Z',
  approvedAt: null,
  approvedBy: null,
  paidAt: null,
};

const TODAY = '2027-01-25';

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('time and expenses claims', () => {
  it('takes hours in quarter hours only, and says how to write them', () => {
    expect(() => validateClaim(CLAIM, TODAY)).not.toThrow();
    expect(() => validateClaim({ ...CLAIM, hours: 0.25 }, TODAY)).not.toThrow();
    expect(refusal(() => validateClaim({ ...CLAIM, hours: 1.1 }, TODAY))).toContain('quarter hours, for example 3.5');
    expect(refusal(() => validateClaim({ ...CLAIM, hours: 13 }, TODAY))).toContain('between 0 and 12');
  });

  it('needs something to claim, an amount above nothing for each expense, and a review unless it is training', () => {
    expect(refusal(() => validateClaim({ ...CLAIM, hours: 0, expenses: [] }, TODAY))).toContain('Add the hours');
    expect(
      refusal(() => validateClaim({ ...CLAIM, expenses: [{ category: 'other', amountPence: 0, note: '' }] }, TODAY)),
    ).toContain('above £0.00');
    expect(refusal(() => validateClaim({ ...CLAIM, assessmentId: null }, TODAY))).toContain('Choose the review');
    expect(() => validateClaim({ ...CLAIM, assessmentId: null, activity: 'training' }, TODAY)).not.toThrow();
  });

  it('lists every problem of a claim at once, each with its field, and refuses a day still to come', () => {
    const problems = claimProblems(
      {
        date: '2027-01-26',
        hours: 1.1,
        activity: 'visit',
        assessmentId: null,
        expenses: [
          { category: 'travel', amountPence: 1240, note: '' },
          { category: 'other', amountPence: 0, note: '' },
        ],
      },
      TODAY,
    );
    expect(problems).toEqual([
      { field: 'date', message: 'The date cannot be in the future: claim after the work is done.' },
      {
        field: 'hours',
        message: 'Give hours in quarter hours, for example 3.5 for three and a half hours or 0.25 for 15 minutes.',
      },
      { field: 'expenses.1.amountPence', message: 'Each expense needs an amount above £0.00.' },
      { field: 'assessmentId', message: 'Choose the review this work was for.' },
    ]);
    expect(refusal(() => validateClaim({ ...CLAIM, date: '2027-01-26' }, TODAY))).toContain('cannot be in the future');
    expect(claimProblems({ ...CLAIM, date: '2027-02-30' }, TODAY)).toEqual([
      { field: 'date', message: 'Enter the date you did the work.' },
    ]);
  });

  it('is approved, then paid, and never paid before it is approved', () => {
    expect(refusal(() => moveClaim(CLAIM, 'paid', 'p-admin', 'now'))).toContain('approve it first');
    const approved = moveClaim(CLAIM, 'approved', 'p-admin', '2027-01-21T09:00:00.000Z');
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'p-admin' });
    expect(moveClaim(approved, 'paid', 'p-admin', '2027-02-01T09:00:00.000Z')).toMatchObject({
      status: 'paid',
      paidAt: '2027-02-01T09:00:00.000Z',
    });
    expect(refusal(() => moveClaim(approved, 'approved', 'p-admin', 'now'))).toContain('already approved');
  });

  it('shows money as pounds and pence, and reads what people type', () => {
    expect(formatPounds(1240)).toBe('£12.40');
    expect(formatPounds(5)).toBe('£0.05');
    expect(formatPounds(123456)).toBe('£1,234.56');
    expect(parsePounds('12.40')).toBe(1240);
    expect(parsePounds('£12.4')).toBe(1240);
    expect(parsePounds('12')).toBe(1200);
    expect(parsePounds('1,234.56')).toBe(123456);
    expect(parsePounds('twelve')).toBeNull();
    expect(parsePounds('12.345')).toBeNull();
    expect(parsePounds('0')).toBeNull();
  });

  it('writes the finance file with amounts as numbers in pounds and notes that cannot run as formulas', () => {
    const csv = claimsCsv([
      {
        claim: { ...CLAIM, expenses: [{ category: 'travel', amountPence: 1240, note: '=HYPERLINK("x")' }] },
        personName: 'Maria Santos',
        personEmail: 'maria@example.org',
        reviewName: 'Rheumatology (GSTT)',
      },
    ]);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(
      'Claim id,Name,E-mail,Date,Activity,Review,Hours,Travel (£),Food and drink (£),Other expenses (£),' +
        'Expenses total (£),Expense notes,Status,Approved on,Paid on',
    );
    expect(row).toBe(
      'claim-1,Maria Santos,maria@example.org,2027-01-20,Visit day,Rheumatology (GSTT),3.5,12.40,0.00,0.00,12.40,' +
        '"\'=HYPERLINK(""x"")","Sent, waiting for approval",,',
    );
  });
});
