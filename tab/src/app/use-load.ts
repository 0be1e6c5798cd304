import { useCallback, useEffect, useRef, useState } from 'react';

export type LoadState<T> =
  | { readonly status: 'loading'; readonly data?: T }
  | { readonly status: 'ready'; readonly data: T }
  | { readonly status: 'error'; readonly error: unknown; readonly data?: T };

/**
 * Loads data for a page and reloads it when `key` changes. A reload keeps the previous data on screen, and
 * answers to an older request never overwrite a newer one.
 */
export function useLoad<T>(
  loader: () => Promise<T>,
  key: string,
): LoadState<T> & { reload: () => void; setData: (update: (data: T) => T) => void } {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const loaderRef = useRef(loader);
  loaderRef.current = loader;

  useEffect(() => {
    let current = true;
    setState((previous) => ({ status: 'loading', ...(previous.data === undefined ? {} : { data: previous.data }) }));
    loaderRef.current().then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) =>
        current &&
        setState((previous) => ({
          status: 'error',
          error,
          ...(previous.data === undefined ? {} : { data: previous.data }),
        })),
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const setData = useCallback(
    (update: (data: T) => T) =>
      setState((previous) =>
        previous.data === undefined ? previous : ({ ...previous, data: update(previous.data) } as LoadState<T>),
      ),
    [],
  );
  return { ...state, reload, setData };
}
