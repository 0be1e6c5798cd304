import { percentOf, percentText } from '../../../../../src/domain/formatting/percent';
import { Button, Field, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import type { UploadInProgress } from './use-evidence';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1 },
});

/** A progress bar for each upload on its way; a failed one says why and can be dismissed. */
export function UploadProgressList({
  uploads,
  onDismiss,
}: {
  uploads: readonly UploadInProgress[];
  onDismiss: (id: number) => void;
}) {
  const styles = useStyles();
  if (uploads.length === 0) return null;
  return (
    <ul className={styles.list} aria-label="Uploads">
      {uploads.map((u) => (
        <li key={u.id} className={styles.row}>
          <Field
            className={styles.field}
            label={
              u.error
                ? `${u.fileName} was not uploaded`
                : `Uploading ${u.fileName}: ${percentText(percentOf(u.fraction, 1))}`
            }
            validationMessage={u.error ?? undefined}
            validationState={u.error ? 'error' : 'none'}
          >
            <ProgressBar value={u.fraction} {...(u.error ? { color: 'error' as const } : {})} />
          </Field>
          {u.error ? (
            <Button
              size="small"
              onClick={() => onDismiss(u.id)}
              aria-label={`Dismiss the failed upload of ${u.fileName}`}
            >
              Dismiss
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
