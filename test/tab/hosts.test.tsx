/** @jest-environment jsdom */
import './tab-test-env';
import { fireEvent, screen, within } from '@testing-library/react';
import { ConsentRequiredError, SessionExpiredError } from '../../tab/src/api/errors';
import type { MyWork } from '../../tab/src/api/types';
import { MainNav } from '../../tab/src/app/MainNav';
import { detectHost } from '../../tab/src/host/detect-host';
import type { HostInfo } from '../../tab/src/host/host-info';
import { MyWorkPage } from '../../tab/src/pages/my-work/MyWorkPage';
import { me } from './fixtures';
import { renderWithApp } from './render-with-app';

/**
 * A stand-in for teams-js: each test says which application hosts the tab (context.app.host), as Teams, Outlook
 * and the Microsoft 365 app report themselves, and whether the host can move between the app's own pages.
 */
interface StandInHost {
  name: string;
  clientType: string;
  channelId?: string;
  frameContext: string;
  movesBetweenPages: boolean;
}
const standIn: { host: StandInHost } = {
  host: { name: 'Teams', clientType: 'desktop', frameContext: 'content', movesBetweenPages: true },
};
const getAuthToken = jest.fn<Promise<string>, []>(async () => 'sso-token');
const navigateTo = jest.fn<Promise<void>, [{ pageId: string }]>(async () => undefined);

jest.mock('@microsoft/teams-js', () => ({
  HostName: {
    office: 'Office',
    outlook: 'Outlook',
    outlookWin32: 'OutlookWin32',
    teams: 'Teams',
    teamsModern: 'TeamsModern',
  },
  app: {
    initialize: async () => undefined,
    getContext: async () => ({
      app: {
        theme: 'default',
        locale: 'en-GB',
        host: { name: standIn.host.name, clientType: standIn.host.clientType },
      },
      page: { id: 'my-work', frameContext: standIn.host.frameContext },
      user: { displayName: 'Ella Morgan' },
      ...(standIn.host.channelId ? { channel: { id: standIn.host.channelId } } : {}),
    }),
    registerOnThemeChangeHandler: () => undefined,
    notifySuccess: async () => undefined,
  },
  authentication: {
    getAuthToken: () => getAuthToken(),
    authenticate: async () => 'consented',
  },
  pages: {
    currentApp: {
      isSupported: () => standIn.host.movesBetweenPages,
      navigateTo: (p: { pageId: string }) => navigateTo(p),
    },
    config: {
      setValidityState: () => undefined,
      registerOnSaveHandler: () => undefined,
      setConfig: async () => undefined,
    },
  },
}));

/** The tab as a host frames it: an iframe, so detection asks teams-js. */
const framed = Object.create(window, { parent: { value: {} } }) as Window;

async function hostedBy(host: Partial<StandInHost>): Promise<HostInfo> {
  standIn.host = { name: 'Teams', clientType: 'desktop', frameContext: 'content', movesBetweenPages: true, ...host };
  return detectHost(framed, 1000);
}

const TEAMS_PERSONAL = { name: 'Teams' };
const TEAMS_CHANNEL = { name: 'Teams', channelId: '19:abc@thread.tacv2' };
const OUTLOOK_WEB = { name: 'Outlook', clientType: 'web', movesBetweenPages: false };
const OUTLOOK_DESKTOP = { name: 'OutlookWin32', clientType: 'desktop', movesBetweenPages: false };
const M365_APP = { name: 'Office', clientType: 'web', movesBetweenPages: false };

const EMPTY_WORK: MyWork = { work: [], reviews: [], upcomingReviews: [], actions: [] };

const mainLinks = () =>
  screen.queryByRole('navigation', { name: 'Main' })
    ? within(screen.getByRole('navigation', { name: 'Main' }))
        .getAllByRole('link')
        .map((l) => l.textContent)
    : [];

beforeEach(() => {
  getAuthToken.mockClear();
  navigateTo.mockClear();
});

describe('the tab in Teams, Outlook, the Microsoft 365 app and a plain browser', () => {
  it.each([
    ['Teams (personal app)', TEAMS_PERSONAL, 'teams'],
    ['a Teams channel tab', TEAMS_CHANNEL, 'teams'],
    ['Outlook on the web', OUTLOOK_WEB, 'outlook'],
    ['classic Outlook for Windows', OUTLOOK_DESKTOP, 'outlook'],
    ['the Microsoft 365 app', M365_APP, 'office'],
  ])('in %s it is hosted and signs the person in with the host’s single sign-on', async (_name, host, app) => {
    const found = await hostedBy(host);
    expect(found).toMatchObject({ kind: 'hosted', app, clientType: standIn.host.clientType });
    expect(await found.tokens?.getToken({ refresh: false })).toBe('sso-token');
    expect(getAuthToken).toHaveBeenCalledTimes(1);
  });

  it('runs standalone (its own sign-in) under a host that is none of them', async () => {
    const found = await hostedBy({ name: 'Places' });
    expect(found.kind).toBe('standalone');
    expect(found.tokens).toBeUndefined();
  });

  it('asks for consent, or names the host, when single sign-on does not work', async () => {
    const outlook = await hostedBy(OUTLOOK_WEB);
    getAuthToken.mockRejectedValueOnce(new Error('resourceRequiresConsent'));
    await expect(outlook.tokens?.getToken({ refresh: false })).rejects.toBeInstanceOf(ConsentRequiredError);
    getAuthToken.mockRejectedValueOnce(new Error('FailedToOpenWindow'));
    await expect(outlook.tokens?.getToken({ refresh: false })).rejects.toThrow(
      new SessionExpiredError('Signing you in through Outlook did not work just now. Try again in a moment.'),
    );
  });

  it.each([
    ['Teams (personal app)', TEAMS_PERSONAL],
    ['Outlook', OUTLOOK_WEB],
    ['the Microsoft 365 app', M365_APP],
  ])('in the personal app in %s the navigation leaves My work and Dashboard to the host’s own tabs', async (_n, h) => {
    renderWithApp(<MainNav />, {}, me([], { allowed: { ...me().allowed, read_library: { allowed: true } } }), {
      ...(await hostedBy(h)),
      locale: 'en-GB',
    });
    expect(mainLinks()).toEqual(['Good practice']);
  });

  it('shows no empty navigation when the host’s tabs are all a person has', async () => {
    const nothingElse = me([], { allowed: { ...me().allowed, read_library: { allowed: false, reason: 'No.' } } });
    renderWithApp(<MainNav />, {}, nothingElse, await hostedBy(OUTLOOK_WEB));
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
  });

  it('keeps My work and Dashboard in the navigation of a channel tab and of a plain browser', async () => {
    const { unmount } = renderWithApp(<MainNav />, {}, me(), await hostedBy(TEAMS_CHANNEL));
    expect(mainLinks()).toEqual(['My work', 'Dashboard', 'Good practice']);
    unmount();
    renderWithApp(<MainNav />, {}, me());
    expect(mainLinks()).toEqual(['My work', 'Dashboard', 'Good practice']);
  });

  it('offers the chat with the app on My work in Teams, which opens its chat tab', async () => {
    renderWithApp(<MyWorkPage />, { myWork: async () => EMPTY_WORK }, me(), await hostedBy(TEAMS_PERSONAL));
    expect(await screen.findByText(/Nothing is waiting for you/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open the chat' }));
    expect(navigateTo).toHaveBeenCalledWith({ pageId: 'conversations' });
  });

  it.each([
    ['Outlook', OUTLOOK_WEB],
    ['the Microsoft 365 app', M365_APP],
    ['a Teams channel tab, which belongs to the channel', TEAMS_CHANNEL],
    ['a Teams client that cannot move between the app’s pages', { ...TEAMS_PERSONAL, movesBetweenPages: false }],
  ])('does not offer the chat with the app in %s', async (_name, host) => {
    renderWithApp(<MyWorkPage />, { myWork: async () => EMPTY_WORK }, me(), await hostedBy(host));
    expect(await screen.findByText(/Nothing is waiting for you/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Open the chat' })).toBeNull();
  });

  it('does not offer a chat in a plain browser', async () => {
    renderWithApp(<MyWorkPage />, { myWork: async () => EMPTY_WORK }, me());
    expect(await screen.findByText(/Nothing is waiting for you/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Open the chat' })).toBeNull();
  });
});
