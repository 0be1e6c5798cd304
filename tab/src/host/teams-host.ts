import { app, authentication, HostName, pages } from '@microsoft/teams-js';
import { ConsentRequiredError, SessionExpiredError } from '../api/errors';
import type { TokenProvider } from '../api/http-client';
import { themeFromTeams, type HostInfo, type TabConfigHost, type ThemeName } from './host-info';
import { withTimeout } from './with-timeout';

const TEAMS_HOSTS: readonly string[] = [HostName.teams, HostName.teamsModern];

/** Errors from getAuthToken that mean "the user (or an admin) must consent first". */
export function isConsentError(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /consent|invalid_grant|interaction_required|AADSTS65001/i.test(text);
}

/** Teams SSO: a token from getAuthToken on every API call (Teams caches and renews it). */
const teamsTokens: TokenProvider = {
  async getToken() {
    try {
      return await authentication.getAuthToken();
    } catch (error) {
      if (isConsentError(error)) throw new ConsentRequiredError();
      throw new SessionExpiredError('Teams could not sign you in just now. Try again in a moment.');
    }
  },
};

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

/** Initialises teams-js; null when this is not a Teams host (then the tab runs standalone). */
export async function connectToTeams(timeoutMs: number): Promise<HostInfo | null> {
  try {
    await withTimeout(app.initialize(), timeoutMs, 'Teams');
  } catch {
    return null;
  }
  const context = await withTimeout(app.getContext(), timeoutMs, 'Teams');
  if (!TEAMS_HOSTS.includes(context.app.host.name)) return null;
  const listeners = new Set<(theme: ThemeName) => void>();
  app.registerOnThemeChangeHandler((theme) => listeners.forEach((listener) => listener(themeFromTeams(theme))));
  const frameContext = String(context.page.frameContext);
  return {
    kind: 'teams',
    theme: themeFromTeams(context.app.theme),
    locale: context.app.locale || 'en-GB',
    ...(context.user?.displayName ? { userName: context.user.displayName } : {}),
    ...(context.page.subPageId ? { subPageId: context.page.subPageId } : {}),
    frameContext,
    isChannelTab: Boolean(context.channel?.id || context.chat?.id) || frameContext === 'settings',
    onThemeChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    tokens: teamsTokens,
    requestConsent: async () => {
      await authentication.authenticate({ url: new URL('/auth.html', window.location.origin).href, width: 600 });
    },
    // Nothing waits for Teams to hide its loading indicator: if it cannot be told, the tab works on regardless.
    notifyLoaded: () =>
      void app.notifySuccess().catch((error: unknown) => console.warn('Teams was not told the tab loaded', error)),
    ...(frameContext === 'settings' ? { tabConfig: tabConfigHost() } : {}),
  };
}
