import { makeStyles, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useResultFocus } from './use-result-focus';

const useStyles = makeStyles({ box: { outlineStyle: 'none' } });

/**
 * What the last action on a page did, announced and focused, so a keyboard or screen-reader user lands on the
 * result rather than on the page body when the button they pressed goes away.
 */
export function ActionNotice({ text }: { text: string | null }) {
  const styles = useStyles();
  const { ref } = useResultFocus<HTMLDivElement>(text);
  return (
    <div role="status" aria-live="polite" tabIndex={-1} ref={ref} className={styles.box} data-testid="action-notice">
      {text ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
