import type { HostInfo } from './host-info';
import { standaloneHost } from './standalone-host';

/** Teams shows tabs in an iframe (web, desktop) or a webview with a native bridge (mobile). */
export function mayBeInTeams(win: Window): boolean {
  let framed: boolean;
  try {
    framed = win.parent !== win;
  } catch {
    framed = true;
  }
  return framed || 'nativeInterface' in win;
}

/**
 * Teams or a plain browser? A top-level browser window is standalone at once, without loading teams-js.
 * Otherwise teams-js is loaded and must initialise within `timeoutMs` in a Teams host.
 */
export async function detectHost(win: Window = window, timeoutMs = 1500): Promise<HostInfo> {
  if (mayBeInTeams(win)) {
    try {
      const { connectToTeams } = await import('./teams-host');
      const teams = await connectToTeams(timeoutMs);
      if (teams) return teams;
    } catch {
      // teams-js could not load or initialise: carry on standalone.
    }
  }
  return standaloneHost(win);
}
