import type { ReactNode } from 'react';
import type { LoadState } from '../app/use-load';
import { ErrorMessage } from './ErrorMessage';
import { Loading } from './Loading';

/** Loading, error (with retry) or the content, for one useLoad result. */
export function LoadView<T>({
  state,
  onRetry,
  loadingLabel,
  children,
}: {
  state: LoadState<T>;
  onRetry: () => void;
  loadingLabel?: string;
  children: (data: T) => ReactNode;
}) {
  if (state.data !== undefined) {
    return (
      <>
        {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={onRetry} /> : null}
        {children(state.data)}
      </>
    );
  }
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={onRetry} />;
  return <Loading {...(loadingLabel ? { label: loadingLabel } : {})} />;
}
