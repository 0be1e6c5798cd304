/** @jest-environment jsdom */
import './tab-test-env';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiProblemError } from '../../tab/src/api/errors';
import type { MyWork, NotificationPreferenceRequest, NotificationPreferenceView } from '../../tab/src/api/types';
import { MyWorkPage } from '../../tab/src/pages/my-work/MyWorkPage';
import { me } from './fixtures';
import { renderWithApp } from './render-with-app';

const NO_WORK: MyWork = { work: [], reviews: [], upcomingReviews: [], actions: [] };
const OPTIONS: NotificationPreferenceView['options'] = [
  { value: 'chat', label: 'Chat messages from the bot' },
  { value: 'bell', label: 'Teams activity (the bell)' },
  { value: 'both', label: 'Both: a chat message and the bell' },
];
const DEFAULT: NotificationPreferenceView = {
  notifyBy: 'both',
  chosen: false,
  appInstalled: true,
  options: OPTIONS,
  explanation:
    'Reminders arrive as chat messages from the bot and in Teams’ activity feed (the bell). This is the default until you choose.',
};

describe('My work: how you hear about your work', () => {
  it('shows the choices and the current one as the API gives them', async () => {
    renderWithApp(<MyWorkPage />, { myWork: async () => NO_WORK, notificationPreference: async () => DEFAULT }, me());
    const group = await screen.findByRole('radiogroup', { name: 'Send my reminders as' });
    expect(group).toBeTruthy();
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['chat', 'bell', 'both']);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Both: a chat message and the bell' }).checked).toBe(
      true,
    );
    expect(screen.getByText(/This is the default until you choose/)).toBeTruthy();
  });

  it('saves a choice as soon as it is made and moves focus to what it now means', async () => {
    const sent: NotificationPreferenceRequest[] = [];
    const chooseNotificationChannels = async (body: NotificationPreferenceRequest) => {
      sent.push(body);
      return {
        ...DEFAULT,
        notifyBy: body.notifyBy,
        chosen: true,
        explanation: 'Reminders arrive in Teams’ activity feed (the bell).',
      };
    };
    renderWithApp(
      <MyWorkPage />,
      { myWork: async () => NO_WORK, notificationPreference: async () => DEFAULT, chooseNotificationChannels },
      me(),
    );
    await userEvent.click(await screen.findByRole('radio', { name: 'Teams activity (the bell)' }));
    const status = await screen.findByText('Saved. Reminders arrive in Teams’ activity feed (the bell).');
    expect(sent).toEqual([{ notifyBy: 'bell' }]);
    await waitFor(() => expect(document.activeElement).toBe(status));
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Teams activity (the bell)' }).checked).toBe(true);
  });

  it('says plainly when the choice was not saved, and keeps the one on record', async () => {
    const chooseNotificationChannels = async (): Promise<NotificationPreferenceView> => {
      throw new ApiProblemError({
        type: 't',
        title: 'Service unavailable',
        status: 503,
        code: 'store_unavailable',
        detail: 'The network’s data could not be reached. Try again in a minute.',
      });
    };
    renderWithApp(
      <MyWorkPage />,
      { myWork: async () => NO_WORK, notificationPreference: async () => DEFAULT, chooseNotificationChannels },
      me(),
    );
    await userEvent.click(await screen.findByRole('radio', { name: 'Chat messages from the bot' }));
    expect(await screen.findByText('Your choice was not saved')).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Both: a chat message and the bell' }).checked).toBe(
      true,
    );
  });
});
