import { app, authentication, HostName, pages } from '@microsoft/teams-js';
import { ConsentRequiredError, SessionExpiredError } from '../api/errors';
import type { TokenProvider } from '../api/http-client';
import { HOST_APPS, type HostApp } from './host-app';
import { themeFromTeams, type HostInfo, type TabConfigHost, type ThemeName } from './host-info';
import { withTimeout } from './with-timeout';

/** The teams-js hosts the personal app runs in (context.app.host.name); any other host gets the standalone tab. */
const HOST_APP_BY_NAME: ReadonlyMap<string, HostApp> = new Map<string, HostApp>([
  [HostName.teams, 'teams'],
  [HostName.teamsModern, 'teams'],
  [HostName.outlook, 'outlook'],
  [HostName.outlookWin32, 'outlook'],
  [HostName.office, 'office'],
]);

/** The bot's chat in the personal app: the reserved "conversations" tab of the app's manifest. */
const BOT_CHAT_PAGE_ID = 'conversations';

/** Errors from getAuthToken that mean "the user (or an admin) must consent first". */
export function isConsentError(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /consent|invalid_grant|interaction_required|AADSTS65001/i.test(text);
}

/**
 * Single sign-on, the same in Teams, Outlook and the Microsoft 365 app: a token from getAuthToken on every API
 * call (the host caches and renews it). The Entra app pre-authorises each host's client ids (infra/aad.manifest.json).
 */
function hostTokens(hostApp: HostApp): TokenProvider {
  return {
    async getToken() {
      try {
        return await authentication.getAuthToken();
      } catch (error) {
        if (isConsentError(error)) throw new ConsentRequiredError();
        throw new SessionExpiredError(
          `Signing you in through ${HOST_APPS[hostApp].name} did not work just now. Try again in a moment.`,
        );
      }
    },
  };
}

/**
 * Opens the bot's chat from the personal app where the host has one and can move between the app's pages;
 * undefined elsewhere (a channel tab belongs to the channel, not to the person's chat with the app).
 */
function botChatOpener(hostApp: HostApp, isChannelTab: boolean): (() => Promise<void>) | undefined {
  if (isChannelTab || !HOST_APPS[hostApp].botChat || !pages.currentApp.isSupported()) return undefined;
  return () => pages.currentApp.navigateTo({ pageId: BOT_CHAT_PAGE_ID });
}

function tabConfigHost(): TabConfigHost {
  return {
    setValid: (valid) => pages.config.setValidityState(valid),
    onSave: (build) =>
      pages.config.registerOnSaveHandler((event) => {
        const config = build();
        if (!config) return event.notifyFailure('Choose a service first.');
        pages.config.setConfig(config).then(
          () => event.notifySuccess(),
          (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)),
        );
      }),
  };
}

/**
 * Initialises teams-js and reads which application hosts the tab (Teams, Outlook or the Microsoft 365 app); null
 * when it is none of them (then the tab runs standalone).
 */
export async function connectToHost(timeoutMs: number): Promise<HostInfo | null> {
  try {
    await withTimeout(app.initialize(), timeoutMs, 'The Microsoft 365 host');
  } catch {
    return null;
  }
  const context = await withTimeout(app.getContext(), timeoutMs, 'The Microsoft 365 host');
  const hostApp = HOST_APP_BY_NAME.get(context.app.host.name);
  if (!hostApp) return null;
  const listeners = new Set<(theme: ThemeName) => void>();
  app.registerOnThemeChangeHandler((theme) => listeners.forEach((listener) => listener(themeFromTeams(theme))));
  const frameContext = String(context.page.frameContext);
  const isChannelTab = Boolean(context.channel?.id || context.chat?.id) || frameContext === 'settings';
  const openBotChat = botChatOpener(hostApp, isChannelTab);
  return {
    kind: 'hosted',
    app: hostApp,
    ...(context.app.host.clientType ? { clientType: String(context.app.host.clientType) } : {}),
    theme: themeFromTeams(context.app.theme),
    locale: context.app.locale || 'en-GB',
    ...(context.user?.displayName ? { userName: context.user.displayName } : {}),
    ...(context.page.subPageId ? { subPageId: context.page.subPageId } : {}),
    frameContext,
    isChannelTab,
    onThemeChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    tokens: hostTokens(hostApp),
    requestConsent: async () => {
      await authentication.authenticate({ url: new URL('/auth.html', window.location.origin).href, width: 600 });
    },
    // Nothing waits for the host to hide its loading indicator: if it cannot be told, the tab works on regardless.
    notifyLoaded: () =>
      void app.notifySuccess().catch((error: unknown) => console.warn('The host was not told the tab loaded', error)),
    ...(frameContext === 'settings' ? { tabConfig: tabConfigHost() } : {}),
    ...(openBotChat ? { openBotChat } : {}),
  };
}
