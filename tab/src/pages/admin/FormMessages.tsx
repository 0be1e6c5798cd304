import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useResultFocus } from '../../ui/use-result-focus';
import type { SubmitState } from './use-submit';

/** The outcome of a form, announced to screen readers and focused, so the person lands on what happened. */
export function FormMessages({ state }: { state: SubmitState }) {
  const { ref } = useResultFocus<HTMLDivElement>(state.busy ? null : (state.formError ?? state.done));
  return (
    <div role="status" aria-live="polite" tabIndex={-1} ref={ref} data-testid="form-outcome">
      {state.formError ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.formError}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.done ? (
        <MessageBar intent="success">
          <MessageBarBody>{state.done}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
