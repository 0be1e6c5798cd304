import type { HostInfo } from './host-info';
import { standaloneHost } from './standalone-host';

/**
 * Teams, Outlook and the Microsoft 365 app show tabs in an iframe (web, desktop) or a webview with a native bridge
 * (mobile).
 */
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
 * Teams, Outlook, the Microsoft 365 app or a plain browser? A top-level browser window is standalone at once,
 * without loading teams-js. Otherwise teams-js is loaded (lazily: the first page does not carry it) and must
 * initialise within `timeoutMs`.
 */
export async function detectHost(win: Window = window, timeoutMs = 1500): Promise<HostInfo> {
  if (mayBeInTeams(win)) {
    try {
      const { connectToHost } = await import('./teams-host');
      const hosted = await connectToHost(timeoutMs);
      if (hosted) return hosted;
    } catch {
      // teams-js could not load or initialise: carry on standalone.
    }
  }
  return standaloneHost(win);
}
