/** @jest-environment jsdom */
import './tab-test-env';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Api } from '../../tab/src/api/endpoints';
import { parseRoute, routeToUrl } from '../../tab/src/app/routes';
import type { ChannelSendProgress } from '../../tab/src/api/types';
import { CHANNEL_SEND_POLL_MS } from '../../tab/src/pages/questionnaires/ChannelSendStatus';
import { QuestionnairesPage } from '../../tab/src/pages/questionnaires/QuestionnairesPage';
import { me } from './fixtures';
import { PATIENTS, questionnairesView, run, STAFF } from './questionnaire-fixtures';
import { renderWithApp } from './render-with-app';

const LEAD = me([
  { id: 'r', version: 1, personId: 'p-lead', role: 'service_lead', scope: { kind: 'service', serviceId: 'svc-1' } },
]);
const TOKEN = 'tok_123-abc';
const LINK = `https://qin.example/q/${TOKEN}`;

function renderPage(api: Partial<Api>) {
  return renderWithApp(<QuestionnairesPage assessmentId="a-1" />, api, LEAD);
}

describe('Questionnaires page', () => {
  it('lists each run with who it asks, until when, its state and only the count until the minimum', async () => {
    renderPage({ questionnaires: async () => questionnairesView() });
    const card = await screen.findByTestId('questionnaire-run');
    expect(within(card).getByRole('heading', { name: PATIENTS.title })).toBeTruthy();
    expect(card.textContent).toContain('Patients');
    expect(card.textContent).toContain('Open until 31 December 2026 at 23:59');
    expect(card.textContent).toContain('3 answers; results are shown from 5');
    expect(within(card).getByRole('link', { name: `See the results of ${PATIENTS.title}` })).toBeTruthy();
  });

  it('offers only what the API allows, with its reasons beside the refused buttons', async () => {
    const closed = 'This questionnaire has already closed.';
    renderPage({
      questionnaires: async () =>
        questionnairesView({
          runs: [
            run({
              open: false,
              closedEarlyAt: '2026-11-20T09:00:00.000Z',
              allowed: {
                close: { allowed: false, reason: closed },
                new_link: {
                  allowed: false,
                  reason: 'A closed questionnaire takes no answers, so it needs no new link.',
                },
                paper_answer: { allowed: false, reason: 'No more answers can be added.' },
                send_to_channel: {
                  allowed: false,
                  reason: 'This questionnaire has closed, so it is not sent any more.',
                },
              },
            }),
          ],
          allowed: {
            open: { allowed: false, reason: 'The service lead runs the service’s questionnaires.' },
            hide_comments: { allowed: false, reason: 'No.' },
          },
        }),
    });
    const card = await screen.findByTestId('questionnaire-run');
    expect(card.textContent).toContain('Closed early on 20 November 2026');
    const close = within(card).getByRole('button', { name: 'Close it now' });
    expect(close.getAttribute('aria-disabled')).toBe('true');
    expect(card.textContent).toContain(closed);
    expect(screen.getByRole('button', { name: 'Open a questionnaire' }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('The service lead runs the service’s questionnaires.')).toBeTruthy();
  });

  it('shows every problem of the opening form at once, focused, and sends nothing', async () => {
    const open = jest.fn();
    renderPage({ questionnaires: async () => questionnairesView(), openQuestionnaireRun: open });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Open a questionnaire' }));
    const form = screen.getByRole('form', { name: 'Open a questionnaire' });
    // Only the staff questionnaire is not running yet, so it is the one choice and already chosen.
    expect(within(form).getByRole<HTMLSelectElement>('combobox', { name: /Questionnaire/ }).value).toBe(STAFF.id);
    await user.selectOptions(within(form).getByRole('combobox', { name: /Questionnaire/ }), '');
    fireEvent.change(within(form).getByLabelText(/Closing date/), { target: { value: '2000-01-01' } });
    await user.type(within(form).getByRole('textbox', { name: /Minimum number of answers/ }), '3');
    await user.click(within(form).getByRole('button', { name: 'Open the questionnaire' }));
    const outcome = screen.getByTestId('form-outcome');
    expect(
      within(outcome)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Choose which questionnaire to open.',
      'Choose a closing date in the future.',
      'The minimum number of answers must be a whole number of at least 5, so that nobody can be recognised.',
    ]);
    await waitFor(() => expect(document.activeElement).toBe(outcome));
    expect(open).not.toHaveBeenCalled();
  });

  it('opens a questionnaire and shows its short link and QR codes once, focusing the result', async () => {
    const open = jest.fn(async () => ({ run: run({ id: 'r-2', title: STAFF.title }), token: TOKEN, publicLink: LINK }));
    renderPage({ questionnaires: async () => questionnairesView(), openQuestionnaireRun: open });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Open a questionnaire' }));
    const form = screen.getByRole('form', { name: 'Open a questionnaire' });
    fireEvent.change(within(form).getByLabelText(/Closing date/), { target: { value: '2099-01-31' } });
    await user.click(within(form).getByRole('button', { name: 'Open the questionnaire' }));
    await waitFor(() => expect(open).toHaveBeenCalled());
    expect(open).toHaveBeenCalledWith('a-1', { questionnaireId: STAFF.id, closesAt: '2099-01-31T23:59:00.000Z' });
    expect((await screen.findByTestId('public-link')).textContent).toBe(LINK);
    expect(screen.getByRole('link', { name: /QR code \(PNG/ }).getAttribute('href')).toBe(
      `/api/v1/public/questionnaires/${TOKEN}/qr.png`,
    );
    expect(screen.getByRole('link', { name: /QR code \(SVG/ }).getAttribute('href')).toBe(
      `/api/v1/public/questionnaires/${TOKEN}/qr.svg`,
    );
    const notice = screen.getByTestId('action-notice');
    await waitFor(() => expect(document.activeElement).toBe(notice));
    expect(notice.textContent).toContain('Staff questionnaire is open');
  });

  it('lets a device handed round a waiting room answer more than once, when the lead ticks it', async () => {
    const open = jest.fn(async () => ({ run: run({ id: 'r-2', title: STAFF.title }), token: TOKEN, publicLink: LINK }));
    renderPage({ questionnaires: async () => questionnairesView(), openQuestionnaireRun: open });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Open a questionnaire' }));
    const form = screen.getByRole('form', { name: 'Open a questionnaire' });
    fireEvent.change(within(form).getByLabelText(/Closing date/), { target: { value: '2099-01-31' } });
    await user.click(within(form).getByRole('checkbox', { name: 'Let one phone or tablet give several answers' }));
    await user.click(within(form).getByRole('button', { name: 'Open the questionnaire' }));
    await waitFor(() => expect(open).toHaveBeenCalled());
    expect(open).toHaveBeenCalledWith('a-1', {
      questionnaireId: STAFF.id,
      closesAt: '2099-01-31T23:59:00.000Z',
      oneAnswerPerDevice: false,
    });
  });

  it('asks before giving a run a new link, then shows the new one', async () => {
    const newLink = jest.fn(async () => ({ token: TOKEN, publicLink: LINK }));
    renderPage({ questionnaires: async () => questionnairesView(), newQuestionnaireLink: newLink });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Give it a new link' }));
    const confirm = screen.getByTestId('confirm-action');
    expect(confirm.textContent).toContain('The old link and its QR code stop working at once');
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    expect(newLink).not.toHaveBeenCalled();
    await user.click(within(confirm).getByRole('button', { name: 'Make a new link' }));
    expect(newLink).toHaveBeenCalledWith('a-1', run().id, run().version);
    expect((await screen.findByTestId('public-link')).textContent).toBe(LINK);
  });

  it('asks before closing a run early, and closes nothing when the lead goes back', async () => {
    const close = jest.fn(async () => run({ open: false }));
    renderPage({ questionnaires: async () => questionnairesView(), closeQuestionnaireRun: close });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Close it now' }));
    const confirm = screen.getByTestId('confirm-action');
    await user.click(within(confirm).getByRole('button', { name: 'Go back' }));
    expect(close).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Close it now' }));
    await user.click(within(screen.getByTestId('confirm-action')).getByRole('button', { name: 'Close it now' }));
    expect(close).toHaveBeenCalledWith('a-1', run().id, run().version);
    expect((await screen.findByTestId('action-notice')).textContent).toContain('is closed');
  });

  it("sends a staff questionnaire to the channel's members after asking, then follows it to the end on the card", async () => {
    jest.useFakeTimers();
    try {
      const started: ChannelSendProgress = {
        runId: 'run-staff',
        state: 'running',
        startedAt: '2026-11-26T10:00:00.000Z',
        finishedAt: null,
        total: null,
        sent: 0,
        couldNotReach: 0,
        couldNotReachButListed: 0,
        sentBefore: 0,
        message: "Sending: reading the list of the channel's members from Teams.",
      };
      const halfway = {
        ...started,
        total: 340,
        sent: 120,
        couldNotReach: 2,
        message: 'Sending: 120 of 340 sent; 2 could not be reached.',
      };
      const ended: ChannelSendProgress = {
        ...halfway,
        state: 'completed',
        finishedAt: '2026-11-26T10:12:00.000Z',
        sent: 338,
        message: '338 sent; 2 could not be reached.',
      };
      const staffRun = run({ id: 'run-staff', audience: 'staff', title: STAFF.title });
      const running = run({
        id: 'run-staff',
        audience: 'staff',
        title: STAFF.title,
        channelSend: started,
        allowed: {
          ...staffRun.allowed,
          send_to_channel: {
            allowed: false,
            reason: "It is being sent to the channel's members now: its progress shows here.",
          },
        },
      });
      const views = [staffRun, running, run({ ...staffRun, channelSend: ended })];
      const send = jest.fn(async () => started);
      const progress = jest.fn().mockResolvedValueOnce({ job: halfway }).mockResolvedValueOnce({ job: ended });
      renderPage({
        questionnaires: async () => questionnairesView({ runs: [views.shift() ?? staffRun] }),
        sendQuestionnaireToChannel: send,
        questionnaireChannelSend: progress,
      });
      const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
      await user.click(await screen.findByRole('button', { name: 'Send to the channel’s members' }));
      const confirm = screen.getByTestId('confirm-action');
      expect(confirm.textContent).toContain('Each member of the channel gets it once');
      expect(send).not.toHaveBeenCalled();
      await user.click(within(confirm).getByRole('button', { name: 'Send it' }));
      expect(send).toHaveBeenCalledWith('a-1', 'run-staff');
      await waitFor(() =>
        expect(screen.getByTestId('action-notice').textContent).toContain(
          `${STAFF.title} is being sent to the members of the service’s Teams channel.`,
        ),
      );
      // The card follows it while it runs; the button says why it cannot be pressed again meanwhile.
      const status = await screen.findByTestId('channel-send-status');
      expect(status.getAttribute('role')).toBe('status');
      expect(status.textContent).toContain("reading the list of the channel's members");
      expect(screen.getByText("It is being sent to the channel's members now: its progress shows here.")).toBeTruthy();
      await act(() => jest.advanceTimersByTimeAsync(CHANNEL_SEND_POLL_MS));
      expect(screen.getByTestId('channel-send-status').textContent).toBe(
        'Sending to the channel’s members: Sending: 120 of 340 sent; 2 could not be reached.',
      );
      await act(() => jest.advanceTimersByTimeAsync(CHANNEL_SEND_POLL_MS));
      await waitFor(() =>
        expect(screen.getByTestId('channel-send-status').textContent).toBe(
          'Sent to the channel’s members: 338 sent; 2 could not be reached.',
        ),
      );
      expect(progress).toHaveBeenCalledWith('a-1', 'run-staff');
      // Once it has ended, nothing more is asked, and the lead may send it again.
      await act(() => jest.advanceTimersByTimeAsync(CHANNEL_SEND_POLL_MS * 3));
      expect(progress).toHaveBeenCalledTimes(2);
      expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Send to the channel’s members' }).disabled).toBe(
        false,
      );
      expect(screen.queryByText("It is being sent to the channel's members now: its progress shows here.")).toBeNull();
    } finally {
      jest.useRealTimers();
    }
  });

  it('types in a paper answer: every missing answer at once, then the choices as given', async () => {
    const enter = jest.fn(async () => ({ answers: 4 }));
    renderPage({ questionnaires: async () => questionnairesView(), enterPaperAnswer: enter });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Type in a paper answer' }));
    const form = screen.getByRole('form', { name: `Type in a paper answer to ${PATIENTS.title}` });
    await user.click(within(form).getByRole('button', { name: 'Save the paper answer' }));
    expect(
      within(screen.getByTestId('form-outcome'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Please answer question 1.', 'Please answer question 2.']);
    expect(enter).not.toHaveBeenCalled();
    await user.click(within(form).getByRole('radio', { name: 'Agree' }));
    await user.click(within(form).getByRole('radio', { name: 'Yes' }));
    await user.type(within(form).getByRole('textbox', { name: /Anything else/ }), 'Kind staff.');
    await user.click(within(form).getByRole('button', { name: 'Save the paper answer' }));
    expect(enter).toHaveBeenCalledWith('a-1', run().id, {
      choices: { P1: 'agree', P2: 'yes' },
      texts: { P3: 'Kind staff.' },
    });
    expect((await screen.findByTestId('action-notice')).textContent).toContain('4 answers so far');
  });
});

describe('Questionnaires addresses', () => {
  it('reads and writes the page and one run’s results, with the colons of a run id kept', () => {
    const page = { page: 'questionnaires', assessmentId: 'a-1' } as const;
    const results = { page: 'questionnaires', assessmentId: 'a-1', runId: 'c-1:svc-1:fw-1:patients:en-GB' } as const;
    expect(routeToUrl(page)).toBe('/assessments/a-1/questionnaires');
    expect(parseRoute(routeToUrl(page))).toEqual(page);
    expect(parseRoute(routeToUrl(results))).toEqual(results);
  });
});
