/**
 * The applications the tab runs in, and what differs between them, declared once. The personal app (My work,
 * Dashboard) runs in Teams, Outlook and the Microsoft 365 app; channel tabs and the bot's chat exist in Teams
 * only (Microsoft, "Extend Teams apps across Microsoft 365"). Pure values: the first page bundles this file.
 */
export type HostApp = 'teams' | 'outlook' | 'office' | 'browser';

export interface HostAppTraits {
  /** The application's name as people know it. */
  readonly name: string;
  /** Shows the personal app's pages (My work, Dashboard) as its own tabs above the tab. */
  readonly showsPersonalTabs: boolean;
  /** Has the bot's personal chat (reminders and ratings as cards), so the tab may offer to open it. */
  readonly botChat: boolean;
  /** Can hold the app as a channel or group chat tab bound to one service. */
  readonly channelTabs: boolean;
}

export const HOST_APPS: Readonly<Record<HostApp, HostAppTraits>> = {
  teams: { name: 'Microsoft Teams', showsPersonalTabs: true, botChat: true, channelTabs: true },
  outlook: { name: 'Outlook', showsPersonalTabs: true, botChat: false, channelTabs: false },
  office: { name: 'the Microsoft 365 app', showsPersonalTabs: true, botChat: false, channelTabs: false },
  browser: { name: 'a web browser', showsPersonalTabs: false, botChat: false, channelTabs: false },
};

/**
 * True when the host already shows My work and Dashboard as tabs, so the tab's own navigation leaves them out:
 * the personal app in Teams, Outlook or the Microsoft 365 app. A channel tab shows one page, and a plain browser
 * no tabs at all, so both keep the links.
 */
export function hostShowsPersonalTabs(host: { readonly app: HostApp; readonly isChannelTab: boolean }): boolean {
  return HOST_APPS[host.app].showsPersonalTabs && !host.isChannelTab;
}

/** "Microsoft Teams, Outlook or the Microsoft 365 app": where people open the personal app, for messages. */
export const PERSONAL_APP_HOSTS: string = (() => {
  const names = Object.values(HOST_APPS)
    .filter((traits) => traits.showsPersonalTabs)
    .map((traits) => traits.name);
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;
})();
