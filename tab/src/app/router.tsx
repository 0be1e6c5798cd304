import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { parseRoute, routeToUrl, type Route } from './routes';

const NAVIGATED = 'mbqin:navigated';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

const currentUrl = () => window.location.pathname + window.location.search;

export interface Navigator {
  readonly route: Route;
  navigate(to: Route | string, options?: { replace?: boolean }): void;
}

const RouterContext = createContext<Navigator | null>(null);

/** History-API routing: the URL is the state, so reloads and the back button just work. */
export function RouterProvider({ children }: { children: ReactNode }) {
  const url = useSyncExternalStore(subscribe, currentUrl, currentUrl);
  const route = useMemo(() => {
    const [path = '/', search = ''] = url.split('?');
    return parseRoute(path, search);
  }, [url]);
  const navigate = useCallback((to: Route | string, options?: { replace?: boolean }) => {
    const target = typeof to === 'string' ? to : routeToUrl(to);
    if (target === currentUrl()) return;
    if (options?.replace) window.history.replaceState(null, '', target);
    else window.history.pushState(null, '', target);
    window.dispatchEvent(new Event(NAVIGATED));
  }, []);
  const value = useMemo(() => ({ route, navigate }), [route, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): Navigator {
  const value = useContext(RouterContext);
  if (!value) throw new Error('useRouter needs a RouterProvider');
  return value;
}
