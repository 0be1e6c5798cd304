import { makeStyles, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useResultFocus } from './use-result-focus';

const useStyles = makeStyles({ box: { outlineStyle: 'none' } });

/** What an action did ('success') or why it did not happen ('error'), in words for people. */
export interface ActionResult {
  readonly intent: 'success' | 'error';
  readonly text: string;
}

/**
 * What the last action on a page did, announced and focused, so a keyboard or screen-reader user lands on the
 * result rather than on the page body when the button they pressed goes away. Give it `text` for a success, or
 * `result` when the action may also have been refused.
 */
export function ActionNotice({ text, result }: { text?: string | null; result?: ActionResult | null }) {
  const styles = useStyles();
  const shown: ActionResult | null = result ?? (text ? { intent: 'success', text } : null);
  // Keyed on the result itself, so the same words after a second action (a new object) take the focus again.
  const { ref } = useResultFocus<HTMLDivElement>(result ?? text);
  return (
    <div role="status" aria-live="polite" tabIndex={-1} ref={ref} className={styles.box} data-testid="action-notice">
      {shown ? (
        <MessageBar intent={shown.intent} layout="multiline">
          <MessageBarBody>{shown.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
