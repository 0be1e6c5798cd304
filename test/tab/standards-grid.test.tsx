/** @jest-environment jsdom */
import './tab-test-env';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Api } from '../../tab/src/api/endpoints';
import { ApiProblemError } from '../../tab/src/api/errors';
import type { AssessmentDetail, SaveResponseRequest, StandardResponse } from '../../tab/src/api/types';
import { AssessmentPage } from '../../tab/src/pages/assessment/AssessmentPage';
import { moveInGrid, ratingForKey } from '../../tab/src/pages/assessment/grid/grid-keys';
import { loadStandardsLayout, saveStandardsLayout } from '../../tab/src/pages/assessment/grid/standards-layout';
import { detail, FRAMEWORK, me, response } from './fixtures';
import { renderWithApp } from './render-with-app';

const LEAD = me([
  { id: 'r', version: 1, personId: 'p-lead', role: 'service_lead', scope: { kind: 'service', serviceId: 'svc-1' } },
]);
const NOT_YOURS =
  'Standard 1.1 is assigned to Sophie Clarke: only the people it is assigned to and the service lead rate it.';

type Save = (code: string, fields: Omit<SaveResponseRequest, 'version'>, version: number) => Promise<StandardResponse>;

function savedAsSent(): jest.MockedFunction<Save> {
  return jest.fn<ReturnType<Save>, Parameters<Save>>(async (code, fields, version) =>
    response(code, { ...fields, version: version + 1, updatedBy: 'p-lead', updatedAt: '2026-12-04T10:00:00.000Z' }),
  );
}

function fakeApi(save: Save, overrides: Partial<AssessmentDetail> = {}): Partial<Api> {
  const responses = [
    response('1.1'),
    response('1.2', { rating: 'met', narrative: 'Seeded', evidenceIds: ['e-1', 'e-2'], assigneeId: 'p-sophie' }),
    response('2.1'),
  ];
  return {
    assessment: async () => detail(responses, overrides),
    framework: async () => FRAMEWORK,
    cycles: async () => [],
    evidence: async () => [],
    assessmentPeople: async () => [
      { id: LEAD.person.id, displayName: LEAD.person.displayName, jobTitle: '', roles: ['service_lead'] },
      { id: 'p-sophie', displayName: 'Sophie Clarke', jobTitle: '', roles: ['contributor'] },
    ],
    saveResponse: (_id, code, { version, ...fields }) => save(code, fields, version),
    scores: () => new Promise(() => undefined),
  };
}

function openPage(api: Partial<Api>) {
  return renderWithApp(<AssessmentPage route={{ page: 'assessment', assessmentId: 'a-1' }} />, api, LEAD);
}

/** Lets the autosave pause pass (fake timers: no waiting on the clock) and the saves settle. */
async function pauseForAutosave(): Promise<void> {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(1_000);
  });
}

beforeEach(() => {
  window.localStorage.clear();
  jest.useFakeTimers();
});
afterEach(async () => {
  // The page saves what is pending as it closes: let that finish before the clock is real again.
  cleanup();
  await act(async () => {
    await jest.runOnlyPendingTimersAsync();
  });
  jest.useRealTimers();
});

describe('Standards grid', () => {
  it('is one Tab stop, rates three standards by keyboard alone and saves each once through the autosave', async () => {
    saveStandardsLayout(window.localStorage, LEAD.person.id, 'all-grid');
    const save = savedAsSent();
    openPage(fakeApi(save));
    const grid = await screen.findByRole('grid', { name: /Every standard of this self-assessment/ });
    const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });

    // The layout choice is the last stop before the grid; one Tab enters it, on the first standard's rating.
    act(() => screen.getByRole('button', { name: 'Grid of every theme' }).focus());
    await user.tab();
    expect(document.activeElement).toBe(within(grid).getByTestId('grid-rating-1.1'));
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);

    await user.keyboard('m{ArrowDown}p{ArrowDown}n');
    expect(within(grid).getByTestId('grid-rating-1.1').textContent).toBe('Met');
    expect(within(grid).getByTestId('grid-rating-1.2').textContent).toBe('Partly met');
    expect(within(grid).getByTestId('grid-rating-2.1').textContent).toBe('Not met');
    expect(screen.getByText('Standard 2.1: Not met.').getAttribute('role')).toBe('status');

    await pauseForAutosave();
    expect(save.mock.calls.map(([code, fields, version]) => [code, fields.rating, version])).toEqual([
      ['1.1', 'met', 1],
      ['1.2', 'partly_met', 1],
      ['2.1', 'not_met', 1],
    ]);
    expect(screen.getByTestId('save-summary').textContent).toBe('All changes saved.');

    // One more Tab leaves the grid altogether.
    await user.tab();
    expect(grid.contains(document.activeElement)).toBe(false);
  });

  it('moves between cells with the arrow keys, Home and End, and shows each standard on one row', async () => {
    saveStandardsLayout(window.localStorage, LEAD.person.id, 'theme-grid');
    openPage(fakeApi(savedAsSent()));
    const grid = await screen.findByRole('grid', { name: 'Standards of theme 1' });
    const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
    const row = within(within(grid).getByTestId('grid-row-1.2'));
    expect(row.getByRole('rowheader').textContent).toBe('1.2');
    expect(row.getAllByRole('gridcell').map((c) => c.textContent)).toEqual([
      'Acting on results',
      'Met',
      'Notes written',
      '2 files',
      'Sophie Clarke',
      'Nothing saved yet',
    ]);

    await user.click(within(grid).getByTestId('grid-rating-1.1'));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.textContent).toBe('No notes yet');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Notes written');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(document.activeElement).toBe(row.getByRole('button', { name: 'Acting on results' }));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(row.getByRole('rowheader'));
    await user.keyboard('{End}');
    expect(document.activeElement?.textContent).toBe('Nothing saved yet');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Nothing saved yet');
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it('sends one save with the last rating when several keys are pressed within the autosave pause', async () => {
    saveStandardsLayout(window.localStorage, LEAD.person.id, 'theme-grid');
    const save = savedAsSent();
    openPage(fakeApi(save));
    const cell = await screen.findByTestId('grid-rating-1.1');
    const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
    await user.click(cell);
    // Space goes round the ratings in the order they are offered: Met, then Partly met.
    await user.keyboard('[Space][Space]');
    expect(cell.textContent).toBe('Partly met');
    await pauseForAutosave();
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[1]).toMatchObject({ rating: 'partly_met' });
  });

  it('opens a standard rated not applicable below the grid, to write the reason the card asks for', async () => {
    saveStandardsLayout(window.localStorage, LEAD.person.id, 'theme-grid');
    openPage(fakeApi(savedAsSent()));
    const cell = await screen.findByTestId('grid-rating-1.1');
    const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
    await user.click(cell);
    await user.keyboard('a');
    expect(within(screen.getByTestId('grid-row-1.1')).getByText('Reason needed')).toBeTruthy();
    const card = screen.getByTestId('standard-1.1');
    expect(within(card).getByRole('textbox', { name: /Why does this standard not apply/ })).toBeTruthy();
    expect(document.activeElement).toBe(cell);
  });

  it('opens a standard in full with Enter on its title and goes back to the grid', async () => {
    saveStandardsLayout(window.localStorage, LEAD.person.id, 'theme-grid');
    openPage(fakeApi(savedAsSent()));
    const grid = await screen.findByRole('grid', { name: 'Standards of theme 1' });
    const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
    const title = within(grid).getByRole('button', { name: 'Acting on results' });
    act(() => title.focus());
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByTestId('standard-1.2'));
    await user.click(screen.getByRole('button', { name: 'Close standard 1.2 and go back to the grid' }));
    expect(screen.queryByTestId('standard-1.2')).toBeNull();
    expect(document.activeElement).toBe(title);
  });

  it('keeps both versions when someone else saved first, and the standard opened in full offers the choice', async () => {
    saveStandardsLayout(window.localStorage, LEAD.person.id, 'theme-grid');
    const theirs = response('1.2', {
      version: 2,
      rating: 'not_met',
      narrative: 'Sophie wrote this',
      updatedBy: 'p-sophie',
    });
    const save = jest.fn(async () => {
      throw new ApiProblemError({
        type: 't',
        title: 'Changed',
        status: 409,
        detail: 'changed',
        code: 'conflict',
        current: theirs,
      });
    });
    openPage(fakeApi(save));
    const cell = await screen.findByTestId('grid-rating-1.2');
    const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
    await user.click(cell);
    await user.keyboard('p');
    await pauseForAutosave();
    expect(save).toHaveBeenCalledTimes(1);
    const row = within(screen.getByTestId('grid-row-1.2'));
    expect(row.getByText('Someone else saved this too: choose which version to keep')).toBeTruthy();
    expect(cell.textContent).toBe('Partly met');

    await user.click(row.getByRole('button', { name: 'Acting on results' }));
    const panel = within(screen.getByTestId('standard-1.2')).getByTestId('conflict-1.2');
    await user.click(within(panel).getByRole('button', { name: 'Keep their version' }));
    expect(cell.textContent).toBe('Not met');
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('is read-only where the API says so, with its reason, and saves nothing', async () => {
    saveStandardsLayout(window.localStorage, LEAD.person.id, 'theme-grid');
    const save = savedAsSent();
    openPage(
      fakeApi(save, {
        allowedByStandard: {
          '1.1': { rate: { allowed: false, reason: NOT_YOURS } },
          '1.2': { rate: { allowed: true } },
          '2.1': { rate: { allowed: true } },
        },
      }),
    );
    const cell = await screen.findByTestId('grid-rating-1.1');
    expect(cell.getAttribute('aria-readonly')).toBe('true');
    expect(document.getElementById(cell.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      `Read only: ${NOT_YOURS}`,
    );
    const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
    await user.click(cell);
    await user.keyboard('m');
    expect(cell.textContent).toBe('Not rated');
    expect(screen.getByText(`You cannot rate standard 1.1. ${NOT_YOURS}`)).toBeTruthy();
    await pauseForAutosave();
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByTestId('grid-rating-1.2').getAttribute('aria-readonly')).toBe('false');
  });

  it('remembers the layout each person chose', async () => {
    openPage(fakeApi(savedAsSent()));
    await screen.findByTestId('standard-1.1');
    const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
    await user.click(screen.getByRole('button', { name: 'Grid of this theme' }));
    expect(await screen.findByRole('grid', { name: 'Standards of theme 1' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Grid of this theme' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByTestId('standard-1.1')).toBeNull();
    expect(loadStandardsLayout(window.localStorage, LEAD.person.id)).toBe('theme-grid');
    expect(loadStandardsLayout(window.localStorage, 'p-someone-else')).toBe('cards');
  });
});

describe('Grid keys', () => {
  it('stops at the edges and jumps to the corners with Ctrl+Home and Ctrl+End', () => {
    expect(moveInGrid({ row: 0, column: 0 }, 'ArrowUp', false, 3, 7)).toEqual({ row: 0, column: 0 });
    expect(moveInGrid({ row: 2, column: 6 }, 'ArrowRight', false, 3, 7)).toEqual({ row: 2, column: 6 });
    expect(moveInGrid({ row: 1, column: 3 }, 'End', true, 3, 7)).toEqual({ row: 2, column: 6 });
    expect(moveInGrid({ row: 1, column: 3 }, 'Home', true, 3, 7)).toEqual({ row: 0, column: 0 });
    expect(moveInGrid({ row: 1, column: 3 }, 'PageDown', false, 30, 7)).toEqual({ row: 6, column: 3 });
    expect(moveInGrid({ row: 1, column: 3 }, 'x', false, 3, 7)).toBeUndefined();
  });

  it('sets a rating by its letter or number and goes round them with Enter or Space', () => {
    expect(ratingForKey('m', null)).toBe('met');
    expect(ratingForKey('P', null)).toBe('partly_met');
    expect(ratingForKey('3', 'met')).toBe('not_met');
    expect(ratingForKey('a', null)).toBe('not_applicable');
    expect(ratingForKey(' ', null)).toBe('met');
    expect(ratingForKey('Enter', 'not_applicable')).toBe('met');
    expect(ratingForKey('x', null)).toBeUndefined();
  });
});
