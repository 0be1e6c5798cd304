/** @jest-environment jsdom */
import './tab-test-env';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Api } from '../../tab/src/api/endpoints';
import { AssessmentPage } from '../../tab/src/pages/assessment/AssessmentPage';
import { detail, FRAMEWORK, me, response } from './fixtures';
import { renderWithApp } from './render-with-app';

const LEAD = me([
  { id: 'r', version: 1, personId: 'p-lead', role: 'service_lead', scope: { kind: 'service', serviceId: 'svc-1' } },
]);

const api: Partial<Api> = {
  assessment: async () => detail([response('1.1'), response('1.2', { rating: 'met' }), response('2.1')]),
  framework: async () => FRAMEWORK,
  cycles: async () => [],
  evidence: async () => [],
  assessmentPeople: async () => [],
  scores: async () => {
    throw new Error('not needed');
  },
};

beforeEach(() => window.localStorage.clear());

describe('Submitting a self-assessment that is not complete', () => {
  it('says why it cannot be submitted yet and what is missing, and takes the focus there', async () => {
    renderWithApp(<AssessmentPage route={{ page: 'assessment', assessmentId: 'a-1', view: 'submit' }} />, api, LEAD);
    const submit = await screen.findByRole('button', { name: 'Submit the self-assessment' });
    await userEvent.setup().click(submit);
    const notYet = screen.getByTestId('submit-not-yet');
    expect(within(notYet).getByText('You cannot submit yet')).toBeTruthy();
    expect(notYet.textContent).toContain('2 standards still need attention');
    expect(document.activeElement).toBe(notYet);
    expect(screen.queryByTestId('confirm-action')).toBeNull();
  });
});

describe('Submitting a complete self-assessment', () => {
  it('asks in place first, saying what happens, and says it is submitting while it does', async () => {
    // The submission never answers here: what matters is what the page says while it waits.
    const transition = jest.fn(() => new Promise<never>(() => undefined));
    const complete: Partial<Api> = {
      ...api,
      assessment: async () =>
        detail([
          response('1.1', { rating: 'met' }),
          response('1.2', { rating: 'met' }),
          response('2.1', { rating: 'met' }),
        ]),
      transition,
    };
    renderWithApp(
      <AssessmentPage route={{ page: 'assessment', assessmentId: 'a-1', view: 'submit' }} />,
      complete,
      LEAD,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Submit the self-assessment' }));
    const confirm = screen.getByRole('region', { name: 'Submit the self-assessment now?' });
    expect(document.activeElement).toBe(confirm);
    expect(
      within(confirm)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'The ratings are locked, so the review team reads exactly what you sent.',
      'If something needs to change, the lead reviewer can return it to you.',
    ]);
    await user.click(within(confirm).getByRole('button', { name: 'Not yet' }));
    expect(screen.queryByRole('region', { name: 'Submit the self-assessment now?' })).toBeNull();
    expect(transition).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Submit the self-assessment' }));
    await user.click(screen.getByRole('button', { name: 'Submit now' }));
    expect(screen.getByRole('button', { name: 'Submitting…' })).toHaveProperty('disabled', true);
    expect(transition).toHaveBeenCalledTimes(1);
  });
});
