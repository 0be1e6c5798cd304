import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';

const useStyles = makeStyles({ box: { outlineStyle: 'none' } });

/**
 * "Submit now?" asked in place (not in a modal dialog): it takes focus when it appears, and Submit is the
 * next stop for the keyboard. Nothing else on the page is hidden while it is asked.
 */
export function ConfirmSubmit({
  busy,
  onCancel,
  onConfirm,
}: {
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const styles = useStyles();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div
      ref={box}
      tabIndex={-1}
      className={styles.box}
      role="region"
      aria-labelledby="confirm-submit-title"
      data-testid="confirm-submit"
    >
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id="confirm-submit-title">Submit the self-assessment now?</MessageBarTitle>
          Once it is submitted the ratings are locked, so the review team reads exactly what you sent. If something
          needs to change, the lead reviewer can return it to you.
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={onConfirm} disabled={busy}>
            {busy ? 'Submitting…' : 'Submit now'}
          </Button>
          <Button onClick={onCancel} disabled={busy}>
            Not yet
          </Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
