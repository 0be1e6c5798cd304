import { useCallback, useEffect, useEffectEvent, useState } from 'react';

export type LoadState<T> =
  | { readonly status: 'loading'; readonly data?: T }
  | { readonly status: 'ready'; readonly data: T }
  | { readonly status: 'error'; readonly error: unknown; readonly data?: T };

/** The last answer a loader gave, and which request (key and attempt) it answered. */
interface Answer<T> {
  readonly request: string;
  readonly state: Exclude<LoadState<T>, { status: 'loading' }>;
}

function withData<T>(data: T | undefined): { data?: T } {
  return data === undefined ? {} : { data };
}

/**
 * Loads data for a page and reloads it when `key` changes. A reload keeps the previous data on screen, and
 * answers to an older request never overwrite a newer one.
 */
export function useLoad<T>(
  loader: () => Promise<T>,
  key: string,
): LoadState<T> & { reload: () => void; setData: (update: (data: T) => T) => void } {
  const [answer, setAnswer] = useState<Answer<T> | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const request = JSON.stringify([key, attempt]);
  // The latest loader, without making a new loader function (one per render) start a new request.
  const load = useEffectEvent(() => loader());

  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setAnswer({ request, state: { status: 'ready', data } }),
      (error: unknown) =>
        current &&
        setAnswer((previous) => ({ request, state: { status: 'error', error, ...withData(previous?.state.data) } })),
    );
    return () => {
      current = false;
    };
  }, [request]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const setData = useCallback(
    (update: (data: T) => T) =>
      setAnswer((previous) =>
        previous?.state.data === undefined
          ? previous
          : { ...previous, state: { ...previous.state, data: update(previous.state.data) } },
      ),
    [],
  );
  // Until the current request is answered, the page shows loading, beside the data it already had.
  const state: LoadState<T> =
    answer?.request === request ? answer.state : { status: 'loading', ...withData(answer?.state.data) };
  return { ...state, reload, setData };
}
