/** @jest-environment jsdom */
import './tab-test-env';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkAnswer } from '../../src/domain/questionnaires/questionnaire-answer';
import { MAX_FREE_TEXT_LENGTH } from '../../src/domain/questionnaires/questionnaire';
import { ALREADY_ANSWERED } from '../../src/services/questionnaires/staff-answers';
import type { Api } from '../../tab/src/api/endpoints';
import { ApiProblemError } from '../../tab/src/api/errors';
import type { StaffAnswerRequest, StaffQuestionnaire } from '../../tab/src/api/types';
import { parseRoute, routeToUrl } from '../../tab/src/app/routes';
import { MyWorkPage } from '../../tab/src/pages/my-work/MyWorkPage';
import { StaffQuestionnairePage } from '../../tab/src/pages/staff-questionnaire/StaffQuestionnairePage';
import { me } from './fixtures';
import { renderWithApp } from './render-with-app';

const STAFF = me([
  { id: 'r', version: 1, personId: 'p-lead', role: 'contributor', scope: { kind: 'service', serviceId: 's-1' } },
]);

const AGREE = [
  { value: 'strongly_agree', label: 'Strongly agree' },
  { value: 'agree', label: 'Agree' },
  { value: 'neutral', label: 'Neither agree nor disagree' },
  { value: 'disagree', label: 'Disagree' },
  { value: 'strongly_disagree', label: 'Strongly disagree' },
];

function questionnaire(overrides: Partial<StaffQuestionnaire> = {}): StaffQuestionnaire {
  return {
    runId: 'run-1',
    serviceName: 'Rheumatology service',
    title: 'Staff questionnaire',
    introduction: 'Tell us how working here feels.',
    closesAt: '2027-03-31T23:00:00.000Z',
    open: true,
    answered: false,
    answer: { allowed: true },
    questions: [
      {
        code: 'S1',
        number: 1,
        text: 'I feel supported by my team.',
        scale: 'agree_disagree_5',
        required: true,
        options: AGREE,
      },
      {
        code: 'S2',
        number: 2,
        text: 'Is there enough time for training?',
        scale: 'yes_no_not_sure',
        required: true,
        options: [
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
          { value: 'not_sure', label: 'Not sure' },
        ],
      },
      {
        code: 'S3',
        number: 3,
        text: 'What would make things better?',
        scale: 'free_text',
        required: true,
        options: [],
      },
    ],
    ...overrides,
  };
}

function renderPage(api: Partial<Api>) {
  return renderWithApp(<StaffQuestionnairePage runId="run-1" />, api, STAFF);
}

describe('the staff questionnaire page', () => {
  it('is the page the bot card links to', () => {
    expect(parseRoute('/questionnaires/run-1/answer')).toEqual({ page: 'staff-questionnaire', runId: 'run-1' });
    expect(routeToUrl({ page: 'staff-questionnaire', runId: 'run 1' })).toBe('/questionnaires/run%201/answer');
  });

  it('shows the introduction, each choice question as a group of radio buttons, and the reminder not to name anyone', async () => {
    renderPage({ staffQuestionnaire: async () => questionnaire() });
    expect(await screen.findByText('Tell us how working here feels.')).toBeTruthy();
    const group = screen.getByRole('radiogroup', { name: '1. I feel supported by my team.' });
    expect(within(group).getAllByRole('radio')).toHaveLength(5);
    expect(screen.getByRole('group', { name: '1. I feel supported by my team.' }).tagName).toBe('FIELDSET');
    expect(screen.getByText(/Please do not name anyone/).textContent).toContain('Up to 2,000 characters');
  });

  it('shows every problem at once, worded by the questionnaire rules, and sends nothing', async () => {
    const sent: StaffAnswerRequest[] = [];
    renderPage({
      staffQuestionnaire: async () => questionnaire(),
      answerStaffQuestionnaire: async (_runId, body) => {
        sent.push(body);
        return { answered: true };
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Agree' }));
    const tooLong = 'a'.repeat(MAX_FREE_TEXT_LENGTH + 1);
    await user.click(screen.getByRole('textbox', { name: 'Your answer' }));
    await user.paste(tooLong);
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));

    const expected = checkAnswer(
      { items: questionnaire().questions },
      { choices: { S1: 'agree' }, texts: { S3: tooLong } },
    );
    if (expected.ok) throw new Error('the rules should refuse this answer');
    expect(expected.problems).toHaveLength(2);
    const outcome = screen.getByTestId('form-outcome');
    await waitFor(() => expect(document.activeElement).toBe(outcome));
    for (const problem of expected.problems) expect(within(outcome).getByText(problem.message)).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('sends the answers once they are complete and moves the focus to the thank-you', async () => {
    const sent: StaffAnswerRequest[] = [];
    renderPage({
      staffQuestionnaire: async () => questionnaire(),
      answerStaffQuestionnaire: async (_runId, body) => {
        sent.push(body);
        return { answered: true };
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Strongly agree' }));
    await user.click(screen.getByRole('radio', { name: 'Not sure' }));
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'More time for supervision.');
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));

    const result = await screen.findByTestId('staff-questionnaire-result');
    expect(result.textContent).toContain('Thank you: your answers are anonymous.');
    await waitFor(() => expect(document.activeElement).toBe(result));
    expect(sent).toEqual([
      { choices: { S1: 'strongly_agree', S2: 'not_sure' }, texts: { S3: 'More time for supervision.' } },
    ]);
    expect(screen.queryByRole('button', { name: 'Send my answers' })).toBeNull();
  });

  it('says kindly that it is already answered when the API says so, and offers no form', async () => {
    renderPage({
      staffQuestionnaire: async () =>
        questionnaire({ answered: true, answer: { allowed: false, reason: ALREADY_ANSWERED } }),
    });
    expect(await screen.findByText(ALREADY_ANSWERED)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send my answers' })).toBeNull();
    expect(screen.queryByRole('radiogroup')).toBeNull();
  });

  it('keeps every answer and shows why when sending fails', async () => {
    let attempts = 0;
    renderPage({
      staffQuestionnaire: async () => questionnaire(),
      answerStaffQuestionnaire: async () => {
        attempts += 1;
        throw new ApiProblemError({
          type: 't',
          title: 'Service unavailable',
          status: 503,
          code: 'store_unavailable',
          detail: 'Your answers could not be stored just now. Try again in a minute.',
        });
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Disagree' }));
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'Fewer meetings.');
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));

    const outcome = screen.getByTestId('form-outcome');
    expect(
      await within(outcome).findByText('Your answers could not be stored just now. Try again in a minute.'),
    ).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(outcome));
    expect(attempts).toBe(1);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Disagree' }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Yes' }).checked).toBe(true);
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Your answer' }).value).toBe('Fewer meetings.');
  });
});

describe('My work and staff questionnaires', () => {
  const emptyWork: Api['myWork'] = async () => ({ work: [], reviews: [], actions: [], upcomingReviews: [] });

  it('lists the open staff questionnaires the person has not answered, each linking to its page', async () => {
    renderWithApp(
      <MyWorkPage />,
      {
        myWork: emptyWork,
        staffQuestionnairesToAnswer: async () => [
          { runId: 'run-1', serviceId: 's-1', title: 'Staff questionnaire', closesAt: '2027-03-31T12:00:00.000Z' },
        ],
      },
      STAFF,
    );
    const list = await screen.findByTestId('staff-questionnaires');
    const link = within(list).getByRole('link', { name: 'Staff questionnaire' });
    expect(link.getAttribute('href')).toContain('/questionnaires/run-1/answer');
    expect(list.textContent).toContain('closes on 31 March 2027');
  });

  it('adds nothing when there is none to answer', async () => {
    renderWithApp(<MyWorkPage />, { myWork: emptyWork, staffQuestionnairesToAnswer: async () => [] }, STAFF);
    expect(await screen.findByText(/Nothing is waiting for you right now/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Staff questionnaires to answer' })).toBeNull();
  });
});
