import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { ConfirmAction, type Confirmation } from '../../ui/ConfirmAction';
import { FormMessages } from './FormMessages';
import type { SubmitState } from './use-submit';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '40rem',
    padding: tokens.spacingHorizontalL,
    marginTop: tokens.spacingVerticalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  heading: { margin: 0, outlineStyle: 'none' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** A titled form that takes focus when it opens and reports its outcome. */
export function AdminForm({
  title,
  state,
  onSubmit,
  onCancel,
  submitLabel = 'Save',
  confirmation = null,
  children,
}: {
  title: string;
  state: SubmitState;
  onSubmit: () => void;
  onCancel?: () => void;
  submitLabel?: string;
  /** A question to answer before the save goes ahead (see ConfirmAction), shown above the buttons. */
  confirmation?: { confirmation: Confirmation; onConfirm: () => void; onCancel: () => void } | null;
  children: ReactNode;
}) {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [title]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby="admin-form-title" noValidate>
      <Text
        block
        as="h2"
        size={500}
        weight="semibold"
        id="admin-form-title"
        className={styles.heading}
        ref={heading}
        tabIndex={-1}
      >
        {title}
      </Text>
      <FormMessages state={state} />
      {children}
      {confirmation ? (
        <ConfirmAction
          confirmation={confirmation.confirmation}
          busy={state.busy}
          onConfirm={confirmation.onConfirm}
          onCancel={confirmation.onCancel}
        />
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={state.busy}>
          {state.busy ? 'Saving…' : submitLabel}
        </Button>
        {onCancel ? (
          <Button type="button" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
