import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import type { Permission } from '../api/types';

const useStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, alignItems: 'flex-start' },
  reason: { color: tokens.colorNeutralForeground2, maxWidth: '40rem' },
});

/**
 * A button for something the API says the person may or may not do: disabled when not, with the API's reason
 * beside it (and read out with it), so nobody is left guessing why.
 */
export function PermittedButton({
  permission,
  disabled = false,
  appearance = 'secondary',
  onClick,
  children,
}: {
  readonly permission: Permission;
  readonly disabled?: boolean;
  readonly appearance?: 'primary' | 'secondary';
  readonly onClick: () => void;
  readonly children: ReactNode;
}) {
  const styles = useStyles();
  const reasonId = useId();
  if (permission.allowed) {
    return (
      <Button appearance={appearance} onClick={onClick} disabled={disabled}>
        {children}
      </Button>
    );
  }
  return (
    <span className={styles.wrap}>
      <Button appearance={appearance} disabledFocusable aria-describedby={reasonId}>
        {children}
      </Button>
      <Text id={reasonId} size={200} className={styles.reason}>
        {permission.reason}
      </Text>
    </span>
  );
}
