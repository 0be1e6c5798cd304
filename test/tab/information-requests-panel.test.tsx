/** @jest-environment jsdom */
import './tab-test-env';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Api } from '../../tab/src/api/endpoints';
import type { InformationRequestsView, InformationRequestWithItems } from '../../tab/src/api/types';
import { AssessmentPage } from '../../tab/src/pages/assessment/AssessmentPage';
import { detail, FRAMEWORK, me, response } from './fixtures';
import { renderWithApp } from './render-with-app';

const LEAD = me([
  { id: 'r', version: 1, personId: 'p-lead', role: 'service_lead', scope: { kind: 'service', serviceId: 'svc-1' } },
]);

const HAND_BACK_REASON =
  '2 things the review team asked still need an answer. Answer each, then hand the assessment back.';

function requests(answered: boolean): InformationRequestWithItems[] {
  const answer = (text: string) => (answered ? { text, by: 'p-lead', at: '2027-01-21T10:00:00.000Z' } : null);
  return [
    {
      at: '2027-01-20T10:00:00.000Z',
      by: 'p-lead-reviewer',
      message: 'Two things before the visit:',
      items: [
        { id: '1-1', text: 'Attach the latest audit.', standardCode: '1.1', answer: answer('Attached.') },
        { id: '1-2', text: 'Who leads it day to day?', standardCode: null, answer: answer('Dr Patel.') },
      ],
    },
  ];
}

function view(answered: boolean): InformationRequestsView {
  return {
    assessmentId: 'a-1',
    state: 'returned',
    requests: requests(answered),
    allowed: {
      answer: { allowed: true },
      hand_back: answered ? { allowed: true } : { allowed: false, reason: HAND_BACK_REASON },
    },
  };
}

function fakeApi(overrides: Partial<Api>): Partial<Api> {
  const responses = [response('1.1', { rating: 'met' }), response('1.2', { rating: 'met' }), response('2.1')];
  const returned = detail(responses);
  return {
    assessment: async () => ({ ...returned, assessment: { ...returned.assessment, state: 'returned' } }),
    framework: async () => FRAMEWORK,
    cycles: async () => [],
    evidence: async () => [],
    assessmentPeople: async () => [],
    ...overrides,
  };
}

beforeEach(() => window.localStorage.clear());

describe("the service's view of what the review team asked", () => {
  it('lists every ask at the top, and the ask about a standard at that standard too', async () => {
    renderWithApp(
      <AssessmentPage route={{ page: 'assessment', assessmentId: 'a-1' }} />,
      fakeApi({ informationRequests: async () => view(false) }),
      LEAD,
    );
    const panel = await screen.findByRole('region', { name: 'The review team asked for more information' });
    expect(await within(panel).findByText('Attach the latest audit.')).toBeTruthy();
    expect(within(panel).getByText('Who leads it day to day?')).toBeTruthy();
    expect(
      within(panel).getByText('2 of 2 asks still need an answer. An ask about a standard also shows at that standard.'),
    ).toBeTruthy();
    expect(
      within(panel).getByRole('button', { name: 'Hand back to the review team' }).getAttribute('aria-disabled'),
    ).toBe('true');
    expect(within(panel).getByText(HAND_BACK_REASON)).toBeTruthy();
    const card = screen.getByTestId('standard-1.1');
    expect(within(card).getByText('The review team asks about 1.1')).toBeTruthy();
    expect(within(screen.getByTestId('standard-1.2')).queryByText(/The review team asks/)).toBeNull();
  });

  it('saves an answer and hands the assessment back once the API allows it', async () => {
    let answered = false;
    const sent: [string, string][] = [];
    const handedBack: number[] = [];
    renderWithApp(
      <AssessmentPage route={{ page: 'assessment', assessmentId: 'a-1' }} />,
      fakeApi({
        informationRequests: async () => view(answered),
        answerInformationRequest: async (_id, itemId, body) => {
          sent.push([itemId, body.text]);
          answered = sent.length === 2;
          return requests(answered);
        },
        handBack: async (_id, version) => {
          handedBack.push(version);
          return detail([]).assessment;
        },
      }),
      LEAD,
    );
    const user = userEvent.setup();
    const panel = await screen.findByRole('region', { name: 'The review team asked for more information' });
    const first = await within(panel).findByRole('form', { name: 'Your answer to: Attach the latest audit.' });
    await user.type(within(first).getByRole('textbox'), 'Attached.');
    await user.click(within(first).getByRole('button', { name: 'Save answer' }));
    const second = within(panel).getByRole('form', { name: 'Your answer to: Who leads it day to day?' });
    await user.type(within(second).getByRole('textbox'), 'Dr Patel.');
    await user.click(within(second).getByRole('button', { name: 'Save answer' }));
    expect(sent).toEqual([
      ['1-1', 'Attached.'],
      ['1-2', 'Dr Patel.'],
    ]);
    const handBack = () => within(panel).getByRole('button', { name: 'Hand back to the review team' });
    await waitFor(() => expect(handBack().getAttribute('aria-disabled')).toBeNull());
    await user.click(handBack());
    await waitFor(() => expect(handedBack).toEqual([3]));
  });
});
