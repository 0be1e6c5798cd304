import { Button, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({ bar: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalM}` } });

/** The section's "add" action, above its table. */
export function AddButton({ label, onClick }: { label: string; onClick: () => void }) {
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <Button appearance="primary" onClick={onClick}>
        {label}
      </Button>
    </div>
  );
}
