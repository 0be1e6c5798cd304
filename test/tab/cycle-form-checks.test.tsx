/** @jest-environment jsdom */
import './tab-test-env';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Api } from '../../tab/src/api/endpoints';
import type { Cycle, FrameworkSummary, SaveCycleRequest } from '../../tab/src/api/types';
import { CyclesAdmin } from '../../tab/src/pages/admin/CyclesAdmin';
import { formatDate, todayIso } from '../../tab/src/ui/dates';
import { me } from './fixtures';
import { renderWithApp } from './render-with-app';

const ADMIN = me([{ id: 'r', version: 1, personId: 'p-admin', role: 'network_admin', scope: { kind: 'network' } }]);

function shift(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const TODAY = todayIso();
const LIVE: Cycle = {
  id: 'c-1',
  version: 4,
  name: 'Cycle 2026/27',
  frameworkVersionId: 'fw-1',
  createdAt: '2026-01-01T00:00:00.000Z',
  windows: {
    self_assessment: { start: shift(TODAY, -30), end: shift(TODAY, 20) },
    peer_review: { start: shift(TODAY, 21), end: shift(TODAY, 60) },
    reporting: { start: shift(TODAY, 61), end: shift(TODAY, 90) },
    action_planning: { start: shift(TODAY, 91), end: shift(TODAY, 200) },
  },
};
const FRAMEWORKS: FrameworkSummary[] = [
  {
    id: 'fw-1',
    key: 'mb',
    name: 'Mind and body',
    versionNumber: 1,
    status: 'published',
    illustrative: false,
    standardCount: 3,
  },
];

function fakeApi(updateCycle: jest.Mock, createCycle: jest.Mock = jest.fn()): Partial<Api> {
  return { cycles: async () => [LIVE], frameworks: async () => FRAMEWORKS, updateCycle, createCycle };
}

describe('The cycle form', () => {
  it('shows every problem at once, in the browser, and sends nothing', async () => {
    const createCycle = jest.fn();
    renderWithApp(<CyclesAdmin />, fakeApi(jest.fn(), createCycle), ADMIN);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Set up a cycle' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const outcome = screen.getByTestId('form-outcome');
    expect(outcome.textContent).toBe('10 fields need correcting (marked below). Nothing has been saved yet.');
    await waitFor(() => expect(document.activeElement).toBe(outcome));
    expect(screen.getByText("Enter the cycle's name, for example Cycle 2027/28.")).toBeTruthy();
    expect(screen.getByText('Choose the published framework version it uses.')).toBeTruthy();
    expect(screen.getByText('The peer review end date must be a date like 2026-09-30.')).toBeTruthy();
    expect(createCycle).not.toHaveBeenCalled();
  });

  it('asks before shortening a window that is open now, saying exactly what changes', async () => {
    const updateCycle = jest.fn(async (_id: string, body: SaveCycleRequest) => ({ ...LIVE, ...body, version: 5 }));
    renderWithApp(<CyclesAdmin />, fakeApi(updateCycle), ADMIN);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Edit Cycle 2026\/27/ }));
    const end = screen.getByLabelText(/Self-assessment ends/);
    await user.clear(end);
    await user.type(end, shift(TODAY, 10));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const confirm = screen.getByTestId('confirm-action');
    expect(within(confirm).getByText('Change the windows of Cycle 2026/27?')).toBeTruthy();
    expect(confirm.textContent).toContain(
      `The self-assessment window is open now and would close on ${formatDate(shift(TODAY, 10))} instead of ${formatDate(shift(TODAY, 20))}: 10 days fewer for everyone working in it.`,
    );
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    expect(updateCycle).not.toHaveBeenCalled();
    await user.click(within(confirm).getByRole('button', { name: 'Save the new windows' }));
    await waitFor(() => expect(updateCycle).toHaveBeenCalledTimes(1));
  });

  it('asks before making two windows overlap, and saves nothing when the person goes back', async () => {
    const updateCycle = jest.fn();
    renderWithApp(<CyclesAdmin />, fakeApi(updateCycle), ADMIN);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Edit Cycle 2026\/27/ }));
    const start = screen.getByLabelText(/Reporting starts/);
    await user.clear(start);
    await user.type(start, shift(TODAY, 50));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const confirm = screen.getByTestId('confirm-action');
    expect(confirm.textContent).toContain(
      `The peer review window (until ${formatDate(shift(TODAY, 60))}) and the reporting window (from ${formatDate(shift(TODAY, 50))}) overlap.`,
    );
    await user.click(within(confirm).getByRole('button', { name: 'Go back' }));
    expect(screen.queryByTestId('confirm-action')).toBeNull();
    expect(updateCycle).not.toHaveBeenCalled();
  });
});
