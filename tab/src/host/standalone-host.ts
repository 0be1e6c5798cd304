import { parseThemeName, type HostInfo, type ThemeName } from './host-info';

const THEME_KEY = 'mbqin.theme';

/**
 * The theme outside Teams: `?theme=light|dark|contrast` (remembered for the browser session, so tests and
 * reviewers can check every theme), else the operating system's forced-colours and dark-mode settings.
 */
export function standaloneTheme(win: Window): ThemeName {
  // `theme` may also name a framework theme (?theme=3) on the self-assessment page: take the colour theme value.
  const fromQuery = new URLSearchParams(win.location.search)
    .getAll('theme')
    .map(parseThemeName)
    .find((t) => t !== undefined);
  if (fromQuery) {
    safeStorage(win)?.setItem(THEME_KEY, fromQuery);
    return fromQuery;
  }
  const remembered = parseThemeName(safeStorage(win)?.getItem(THEME_KEY));
  if (remembered) return remembered;
  if (win.matchMedia?.('(forced-colors: active)').matches) return 'contrast';
  if (win.matchMedia?.('(prefers-color-scheme: dark)').matches) return 'dark';
  return 'light';
}

export function standaloneHost(win: Window): HostInfo {
  return {
    kind: 'standalone',
    app: 'browser',
    theme: standaloneTheme(win),
    locale: win.navigator.language || 'en-GB',
    isChannelTab: false,
    onThemeChange: (listener) => {
      const queries = ['(forced-colors: active)', '(prefers-color-scheme: dark)']
        .map((q) => win.matchMedia?.(q))
        .filter((q): q is MediaQueryList => q !== undefined);
      const onChange = () => listener(standaloneTheme(win));
      queries.forEach((q) => q.addEventListener('change', onChange));
      return () => queries.forEach((q) => q.removeEventListener('change', onChange));
    },
  };
}

function safeStorage(win: Window): Storage | undefined {
  try {
    return win.sessionStorage;
  } catch {
    return undefined;
  }
}
