/** @jest-environment jsdom */
import './tab-test-env';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiProblemError } from '../../tab/src/api/errors';
import type { Api } from '../../tab/src/api/endpoints';
import type { SaveResponseRequest, StandardResponse } from '../../tab/src/api/types';
import { AssessmentPage } from '../../tab/src/pages/assessment/AssessmentPage';
import { detail, FRAMEWORK, me, response } from './fixtures';
import { renderWithApp } from './render-with-app';

const LEAD = me([
  { id: 'r', version: 1, personId: 'p-lead', role: 'service_lead', scope: { kind: 'service', serviceId: 'svc-1' } },
]);

function fakeApi(
  save: (code: string, fields: Omit<SaveResponseRequest, 'version'>, version: number) => Promise<StandardResponse>,
): Partial<Api> {
  const responses = [response('1.1'), response('1.2', { rating: 'met', narrative: 'Seeded' }), response('2.1')];
  return {
    assessment: async () => detail(responses),
    framework: async () => FRAMEWORK,
    cycles: async () => [],
    evidence: async () => [],
    assessmentPeople: async () => [
      { id: LEAD.person.id, displayName: LEAD.person.displayName, jobTitle: '', roles: ['service_lead'] },
      { id: 'p-sophie', displayName: 'Sophie Clarke', jobTitle: '', roles: ['contributor'] },
    ],
    saveResponse: (_id, code, { version, ...fields }) => save(code, fields, version),
    scores: async () => {
      throw new Error('not needed');
    },
  };
}

beforeEach(() => window.localStorage.clear());

describe('Self-assessment page', () => {
  it('rates a standard with the keyboard and autosaves it, saying so', async () => {
    const save = jest.fn(async (code: string, fields: Omit<SaveResponseRequest, 'version'>, version: number) =>
      response(code, { ...fields, version: version + 1, updatedBy: 'p-lead', updatedAt: new Date().toISOString() }),
    );
    renderWithApp(<AssessmentPage route={{ page: 'assessment', assessmentId: 'a-1' }} />, fakeApi(save), LEAD);
    const card = await screen.findByTestId('standard-1.1');
    const user = userEvent.setup();
    await user.click(within(card).getByRole('radio', { name: 'Partly met' }));
    await user.keyboard('{ArrowRight}');
    expect(within(card).getByRole<HTMLInputElement>('radio', { name: 'Not met' }).checked).toBe(true);
    await user.type(within(card).getByRole('textbox', { name: /What you do today/ }), 'We check half.');
    await waitFor(() => expect(screen.getByTestId('save-summary').textContent).toBe('All changes saved.'), {
      timeout: 3000,
    });
    // Autosave may fire once after the rating and again after the narrative (how fast depends on the machine);
    // either way the last save carries both, and each save sends the version the previous one returned.
    const calls = save.mock.calls;
    expect(calls.at(-1)?.[0]).toBe('1.1');
    expect(calls.at(-1)?.[1]).toMatchObject({ rating: 'not_met', narrative: 'We check half.' });
    expect(calls.at(-1)?.[2]).toBe(calls.length);
    expect(within(card).getByText(/^Saved /)).toBeTruthy();
  });

  it('shows both versions on a conflict and keeps theirs when chosen', async () => {
    const theirs = response('1.2', {
      version: 2,
      rating: 'partly_met',
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
    renderWithApp(<AssessmentPage route={{ page: 'assessment', assessmentId: 'a-1' }} />, fakeApi(save), LEAD);
    const card = await screen.findByTestId('standard-1.2');
    const user = userEvent.setup();
    const narrative = within(card).getByRole('textbox', { name: /What you do today/ });
    await user.type(narrative, ' and more');
    const panel = await within(card).findByTestId('conflict-1.2', {}, { timeout: 3000 });
    expect(within(panel).getByText('Sophie Clarke saved this standard while you were working on it')).toBeTruthy();
    expect(within(panel).getByText('Seeded and more')).toBeTruthy();
    expect(within(panel).getByText('Sophie wrote this')).toBeTruthy();
    expect(screen.getByTestId('save-summary').textContent).toMatch(/choose between two versions/);
    await user.click(within(panel).getByRole('button', { name: 'Keep their version' }));
    expect(within(card).queryByTestId('conflict-1.2')).toBeNull();
    expect((narrative as HTMLTextAreaElement).value).toBe('Sophie wrote this');
  });

  it('shows the API message next to the field it names', async () => {
    const save = jest.fn(async () => {
      throw new ApiProblemError({
        type: 't',
        title: 'Cannot be done',
        status: 422,
        detail: 'Say why this standard does not apply to you: a rating of not applicable needs a reason.',
        code: 'na_reason_required',
        field: 'naReason',
      });
    });
    renderWithApp(<AssessmentPage route={{ page: 'assessment', assessmentId: 'a-1' }} />, fakeApi(save), LEAD);
    const card = await screen.findByTestId('standard-1.1');
    const user = userEvent.setup();
    await user.click(within(card).getByRole('radio', { name: 'Not applicable' }));
    const reason = within(card).getByRole('textbox', { name: /Why does this standard not apply/ });
    await user.type(reason, 'Too short');
    await user.tab();
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'), { timeout: 3000 });
    expect(within(card).getAllByText(/a rating of not applicable needs a reason/).length).toBeGreaterThan(0);
  });

  it('says when the self-assessment was submitted instead of counting days to the deadline', async () => {
    const windows = { self_assessment: { start: '2026-10-01', end: '2027-03-31' } };
    const cycle = { id: 'c-1', name: 'Cycle 2026/27', windows } as unknown as Awaited<
      ReturnType<Api['cycles']>
    >[number];
    const responses = [response('1.1', { rating: 'met' }), response('1.2', { rating: 'met' })];
    const base = detail(responses);
    const submitted = {
      ...base,
      assessment: { ...base.assessment, state: 'submitted' as const, submittedAt: '2027-01-18T10:00:00.000Z' },
    };
    renderWithApp(
      <AssessmentPage route={{ page: 'assessment', assessmentId: 'a-1' }} />,
      { ...fakeApi(jest.fn()), assessment: async () => submitted, cycles: async () => [cycle] },
      LEAD,
    );
    expect(await screen.findByText(/submitted on 18 January 2027/)).toBeTruthy();
    expect(screen.queryByText(/self-assessment closes/)).toBeNull();
    expect(screen.queryByText(/due in \d+ days/)).toBeNull();
  });

  it('lists what is missing before submitting', async () => {
    const save = jest.fn();
    renderWithApp(
      <AssessmentPage route={{ page: 'assessment', assessmentId: 'a-1', view: 'submit' }} />,
      fakeApi(save),
      LEAD,
    );
    const gaps = await screen.findByTestId('gaps');
    expect(within(gaps).getByText('2 standards still need attention')).toBeTruthy();
    expect(within(gaps).getByRole('link', { name: '1.1 Physical health checks' }).getAttribute('href')).toBe(
      '/assessments/a-1?standard=1.1',
    );
  });
});
