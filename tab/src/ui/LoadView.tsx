import type { ReactNode } from 'react';
import type { LoadState } from '../app/use-load';
import { ErrorMessage } from './ErrorMessage';
import { ErrorPage } from './ErrorPage';
import { Loading } from './Loading';

/**
 * Loading, error (with retry) or the content, for one useLoad result. A whole page's load gives `errorTitle`: a
 * page that cannot be opened then still has a heading, and a way back to My work.
 */
export function LoadView<T>({
  state,
  onRetry,
  loadingLabel,
  errorTitle,
  children,
}: {
  state: LoadState<T>;
  onRetry: () => void;
  loadingLabel?: string;
  errorTitle?: string;
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
  if (state.status === 'error') {
    if (errorTitle) return <ErrorPage title={errorTitle} error={state.error} onRetry={onRetry} />;
    return <ErrorMessage error={state.error} onRetry={onRetry} />;
  }
  return <Loading {...(loadingLabel ? { label: loadingLabel } : {})} />;
}
