/** @jest-environment jsdom */
import './tab-test-env';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Api } from '../../tab/src/api/endpoints';
import type { SaveResponseRequest, StandardResponse } from '../../tab/src/api/types';
import { AssessmentPage } from '../../tab/src/pages/assessment/AssessmentPage';
import { detail, FRAMEWORK, me, response } from './fixtures';
import { renderWithApp } from './render-with-app';

const LEAD = me([
  { id: 'r', version: 1, personId: 'p-lead', role: 'service_lead', scope: { kind: 'service', serviceId: 'svc-1' } },
]);

function fakeApi(save: jest.Mock<Promise<StandardResponse>, [string, SaveResponseRequest]>): Partial<Api> {
  return {
    assessment: async () => detail([response('1.1'), response('1.2'), response('2.1')]),
    framework: async () => FRAMEWORK,
    cycles: async () => [],
    evidence: async () => [],
    assessmentPeople: async () => [],
    saveResponse: (_id, code, request) => save(code, request),
    scores: async () => {
      throw new Error('not needed');
    },
  };
}

async function openStandard(save: jest.Mock<Promise<StandardResponse>, [string, SaveResponseRequest]>) {
  renderWithApp(<AssessmentPage route={{ page: 'assessment', assessmentId: 'a-1' }} />, fakeApi(save), LEAD);
  const card = await screen.findByTestId('standard-1.1');
  const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
  await user.click(within(card).getByRole('radio', { name: 'Not applicable' }));
  const reason = within(card).getByRole('textbox', { name: /Why does this standard not apply/ });
  return { card, user, reason };
}

function savedBy() {
  return jest.fn(async (code: string, { version, ...fields }: SaveResponseRequest) =>
    response(code, { ...fields, version: version + 1 }),
  );
}

beforeEach(() => {
  window.localStorage.clear();
  jest.useFakeTimers();
});
afterEach(() => jest.useRealTimers());

describe('The reason for "not applicable"', () => {
  it('is not called missing, nor sent without it, while the person has not left the field', async () => {
    const save = savedBy();
    const { card, reason } = await openStandard(save);
    await act(async () => jest.advanceTimersByTime(5_000));
    expect(reason.getAttribute('aria-invalid')).not.toBe('true');
    expect(within(card).queryByText(/needs a reason/)).toBeNull();
    expect(save).not.toHaveBeenCalled();
  });

  it('is asked for when the person leaves the field empty, in the same words as the API', async () => {
    const save = savedBy();
    const { card, user, reason } = await openStandard(save);
    await user.click(reason);
    await user.tab();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(
      within(card).getByText('Say why this standard does not apply to you: a rating of not applicable needs a reason.'),
    ).toBeTruthy();
    expect(save).not.toHaveBeenCalled();
  });

  it('is saved with the rating once typed', async () => {
    const save = savedBy();
    const { user, reason } = await openStandard(save);
    await user.type(reason, 'We have no inpatients');
    await user.tab();
    await act(async () => jest.advanceTimersByTime(5_000));
    expect(save).toHaveBeenCalled();
    expect(save.mock.calls.at(-1)?.[1]).toMatchObject({ rating: 'not_applicable', naReason: 'We have no inpatients' });
  });
});
