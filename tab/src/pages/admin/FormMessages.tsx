import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { SubmitState } from './use-submit';

/** The outcome of a form, announced to screen readers. */
export function FormMessages({ state }: { state: SubmitState }) {
  return (
    <div role="status" aria-live="polite">
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
