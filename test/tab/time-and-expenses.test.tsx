/** @jest-environment jsdom */
import './tab-test-env';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ClaimRequest, ClaimsPage, ClaimView, MeResponse } from '../../tab/src/api/types';
import { MainNav } from '../../tab/src/app/MainNav';
import { TimeAndExpensesPage } from '../../tab/src/pages/time-and-expenses/TimeAndExpensesPage';
import { me } from './fixtures';
import { renderWithApp } from './render-with-app';

const ALLOWED = { allowed: true } as const;
const REFUSED = { allowed: false, reason: 'You are not allowed to approve, pay or export.' } as const;

const CLAIM: ClaimView = {
  id: 'claim-1',
  version: 1,
  personId: 'p-expert',
  personName: 'Maria Santos',
  assessmentId: 'a-rheum',
  reviewName: 'Rheumatology (GSTT)',
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

function expert(): MeResponse {
  const base = me();
  return {
    ...base,
    allowed: { ...base.allowed, record_time_and_expenses: ALLOWED, manage_time_and_expenses: REFUSED },
  };
}

function admin(): MeResponse {
  const base = me();
  return {
    ...base,
    allowed: { ...base.allowed, record_time_and_expenses: ALLOWED, manage_time_and_expenses: ALLOWED },
  };
}

describe('the time and expenses page', () => {
  it('lets an expert record 3.5 hours and £12.40 of travel for their review, in plain words', async () => {
    const user = userEvent.setup();
    let saved: ClaimView[] = [];
    const page = (): ClaimsPage => ({
      claims: saved,
      reviews: [{ assessmentId: 'a-rheum', name: 'Rheumatology (GSTT)' }],
      allowed: { record: ALLOWED, manage: REFUSED },
    });
    const recordClaim = jest.fn(async (body: ClaimRequest) => {
      saved = [{ ...CLAIM, date: body.date }];
      return CLAIM;
    });
    renderWithApp(<TimeAndExpensesPage />, { claims: jest.fn(async () => page()), recordClaim }, expert());
    const form = await screen.findByRole('form', { name: 'Record your time and expenses' });
    await user.click(within(form).getByRole('radio', { name: 'Visit day' }));
    await user.type(within(form).getByRole('spinbutton', { name: /Hours/ }), '3.5');
    await user.click(within(form).getByRole('button', { name: 'Add an expense' }));
    await user.type(within(form).getByRole('textbox', { name: 'Expense 1: amount (£)' }), '12.40');
    await user.type(within(form).getByRole('textbox', { name: /Expense 1: note/ }), 'Bus');
    await user.click(within(form).getByRole('button', { name: 'Send claim' }));
    expect(recordClaim).toHaveBeenCalledWith(
      expect.objectContaining({
        activity: 'visit',
        assessmentId: 'a-rheum',
        hours: 3.5,
        expenses: [{ category: 'travel', amountPence: 1240, note: 'Bus' }],
      }),
    );
    const card = await screen.findByRole('listitem', { name: /Visit day/ });
    expect(within(card).getByText('3.5 hours, expenses £12.40')).toBeTruthy();
    expect(within(card).getByText('Sent, waiting for approval')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Download for finance/ })).toBeNull();
  });

  it('asks for an amount in pounds before sending anything', async () => {
    const user = userEvent.setup();
    const page: ClaimsPage = { claims: [], reviews: [], allowed: { record: ALLOWED, manage: REFUSED } };
    const recordClaim = jest.fn();
    renderWithApp(<TimeAndExpensesPage />, { claims: jest.fn(async () => page), recordClaim }, expert());
    const form = await screen.findByRole('form', { name: 'Record your time and expenses' });
    await user.click(within(form).getByRole('button', { name: 'Add an expense' }));
    await user.type(within(form).getByRole('textbox', { name: 'Expense 1: amount (£)' }), 'twelve');
    await user.click(within(form).getByRole('button', { name: 'Send claim' }));
    expect(await within(form).findByText('Enter an amount in pounds, like 12.40.')).toBeTruthy();
    expect(recordClaim).not.toHaveBeenCalled();
  });

  it('shows every problem of a claim at once, each under its field, with the focus on the summary, and sends nothing', async () => {
    const user = userEvent.setup();
    const page: ClaimsPage = {
      claims: [],
      reviews: [{ assessmentId: 'a-rheum', name: 'Rheumatology (GSTT)' }],
      allowed: { record: ALLOWED, manage: REFUSED },
    };
    const recordClaim = jest.fn();
    renderWithApp(<TimeAndExpensesPage />, { claims: jest.fn(async () => page), recordClaim }, expert());
    const form = await screen.findByRole('form', { name: 'Record your time and expenses' });
    const date = within(form).getByLabelText(/^Date/);
    await user.clear(date);
    await user.type(date, '2999-01-01');
    await user.type(within(form).getByRole('spinbutton', { name: /Hours/ }), '1.1');
    await user.click(within(form).getByRole('button', { name: 'Add an expense' }));
    await user.type(within(form).getByRole('textbox', { name: 'Expense 1: amount (£)' }), 'twelve');
    await user.click(within(form).getByRole('button', { name: 'Send claim' }));
    const outcome = within(form).getByTestId('form-outcome');
    expect(outcome.textContent).toBe('3 fields need correcting (marked below). Nothing has been saved yet.');
    expect(within(form).getByText('The date cannot be in the future: claim after the work is done.')).toBeTruthy();
    expect(
      within(form).getByText(
        'Give hours in quarter hours, for example 3.5 for three and a half hours or 0.25 for 15 minutes.',
      ),
    ).toBeTruthy();
    expect(within(form).getByText('Enter an amount in pounds, like 12.40.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(outcome));
    expect(recordClaim).not.toHaveBeenCalled();
  });

  it("shows the network admin everyone's claims to approve, then mark paid, with the focus on what happened, and a download for finance", async () => {
    const user = userEvent.setup();
    let current: ClaimView = CLAIM;
    const claims = jest.fn(async (): Promise<ClaimsPage> => ({
      claims: [current],
      reviews: [],
      allowed: { record: ALLOWED, manage: ALLOWED },
    }));
    const moveClaim = jest.fn(async () => {
      current = { ...CLAIM, status: 'approved', version: 2 };
      return current;
    });
    renderWithApp(<TimeAndExpensesPage />, { claims, moveClaim }, admin());
    expect(claims).toHaveBeenCalledWith(true);
    const card = await screen.findByRole('listitem', { name: /Maria Santos/ });
    expect(screen.queryByRole('form', { name: 'Record your time and expenses' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Download for finance (CSV)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download for finance (Excel)' })).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Approve' }));
    expect(moveClaim).toHaveBeenCalledWith('claim-1', { to: 'approved', version: 1 });
    expect(await screen.findByRole('button', { name: 'Mark paid' })).toBeTruthy();
    // The Approve button is gone: the keyboard lands on what happened instead of the page body.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('action-notice')));
    expect(screen.getByTestId('action-notice').textContent).toMatch(/Maria Santos's claim for .* is approved\./);
  });

  it('is in the main navigation only when the API says the person may record or manage claims', () => {
    const { unmount } = renderWithApp(<MainNav />, {}, expert());
    expect(screen.getByRole('link', { name: 'Time and expenses' })).toBeTruthy();
    unmount();
    renderWithApp(<MainNav />, {}, me());
    expect(screen.queryByRole('link', { name: 'Time and expenses' })).toBeNull();
  });
});
