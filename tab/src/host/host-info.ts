import type { TokenProvider } from '../api/http-client';
import type { HostApp } from './host-app';

export type ThemeName = 'light' | 'dark' | 'contrast';

/** What a configurable (channel) tab saves when its configuration page is done. */
export interface TabConfiguration {
  readonly entityId: string;
  readonly contentUrl: string;
  readonly websiteUrl: string;
  readonly suggestedDisplayName: string;
}

/** Teams' configuration page hooks (pages.config); absent outside Teams. */
export interface TabConfigHost {
  setValid(valid: boolean): void;
  onSave(build: () => TabConfiguration | null): void;
}

/**
 * Where the tab runs and what that host tells it. "hosted": inside Teams, Outlook or the Microsoft 365 app, which
 * all speak teams-js and sign people in; "standalone": a plain browser, where everything comes from the browser.
 */
export interface HostInfo {
  readonly kind: 'hosted' | 'standalone';
  /** Which application; what differs between them is declared in host-app.ts. */
  readonly app: HostApp;
  /** teams-js context.app.host.clientType ("desktop", "web", "android", "ios", ...); absent in a plain browser. */
  readonly clientType?: string;
  readonly theme: ThemeName;
  readonly locale: string;
  readonly userName?: string;
  /** Teams deep link sub-entity (context.page.subPageId), e.g. "assessment:a-1:1.4". */
  readonly subPageId?: string;
  /** Teams frame context: "content", "settings" (configuration page), "remove", ... */
  readonly frameContext?: string;
  /** True in a channel or group chat tab (bound to one service by its configuration). */
  readonly isChannelTab: boolean;
  /** Calls the listener whenever the host's theme changes; returns an unsubscribe function. */
  readonly onThemeChange: (listener: (theme: ThemeName) => void) => () => void;
  /** Single sign-on (getAuthToken) in every host; standalone mode uses the local "sign in as" session instead. */
  readonly tokens?: TokenProvider;
  /** Opens the consent pop-up (Teams only). */
  readonly requestConsent?: () => Promise<void>;
  /** Tells Teams the app has loaded (hides its loading indicator). */
  readonly notifyLoaded?: () => void;
  readonly tabConfig?: TabConfigHost;
  /** Opens the bot's personal chat; only where the host has it (Teams) and can open it. */
  readonly openBotChat?: () => Promise<void>;
}

export function themeFromTeams(theme: string | undefined): ThemeName {
  if (theme === 'dark') return 'dark';
  if (theme === 'contrast') return 'contrast';
  return 'light';
}

export function parseThemeName(value: string | null | undefined): ThemeName | undefined {
  return value === 'light' || value === 'dark' || value === 'contrast' ? value : undefined;
}
