import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import { useResultFocus } from './use-result-focus';

const useStyles = makeStyles({
  box: { outlineStyle: 'none' },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** What a confirmation asks: a question, exactly what will happen, and the words on the button that does it. */
export interface Confirmation {
  readonly question: string;
  readonly consequences: readonly string[];
  readonly confirmLabel: string;
  /** What the confirm button says while it is being done ("Submitting…"); the confirm label when absent. */
  readonly busyLabel?: string;
  /** The words on the button that steps back without doing it ("Not yet"); "Go back" when absent. */
  readonly cancelLabel?: string;
}

/**
 * "Are you sure?" asked in place, before something that cannot be undone or that changes other people's work.
 * It says exactly what will happen, takes the focus when it appears, and nothing happens until it is confirmed.
 */
export function ConfirmAction({
  confirmation,
  busy = false,
  onConfirm,
  onCancel,
}: {
  confirmation: Confirmation;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const titleId = useId();
  const { ref } = useResultFocus<HTMLDivElement>(confirmation);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={styles.box}
      role="region"
      aria-labelledby={titleId}
      data-testid="confirm-action"
    >
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id={titleId}>{confirmation.question}</MessageBarTitle>
          <ul className={styles.list}>
            {confirmation.consequences.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={onConfirm} disabled={busy}>
            {busy ? (confirmation.busyLabel ?? confirmation.confirmLabel) : confirmation.confirmLabel}
          </Button>
          <Button onClick={onCancel} disabled={busy}>
            {confirmation.cancelLabel ?? 'Go back'}
          </Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
