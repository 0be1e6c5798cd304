import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { messageOf } from '../../api/errors';
import type { EvidenceFileView, Permission } from '../../api/types';
import { formatTime } from '../../ui/dates';
import { CopyInFromLink } from '../assessment/evidence/CopyInFromLink';
import { formatSize } from '../assessment/evidence/use-evidence';
import { UploadButton } from '../assessment/evidence/UploadButton';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground2 },
  link: { minHeight: '44px', textAlign: 'left', overflowWrap: 'anywhere' },
});

/**
 * The review team's own files (visit notes, photos, documents). They are not the service's evidence: the service
 * never sees them, and they count for nothing in its self-assessment.
 */
export function TeamFiles({
  files,
  addEvidence,
  onUpload,
  onCopyIn,
  onOpen,
}: {
  files: readonly EvidenceFileView[];
  addEvidence: Permission;
  onUpload: (file: File) => Promise<void>;
  onCopyIn: (url: string) => Promise<void>;
  onOpen: (file: EvidenceFileView) => void;
}) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const upload = async (chosen: File[]) => {
    setBusy(true);
    setError(null);
    try {
      for (const file of chosen) await onUpload(file);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className={styles.section} aria-labelledby="team-files-title">
      <Text as="h2" size={400} weight="semibold" id="team-files-title" block>
        The review team&apos;s own files
      </Text>
      <Text className={styles.muted}>
        Visit notes, photos and documents for the review team. Only the team and the network&apos;s central team see
        them; they are kept apart from the service&apos;s evidence.
      </Text>
      {files.length === 0 ? (
        <Text className={styles.muted}>No files yet.</Text>
      ) : (
        <ul className={styles.list} aria-label="The review team's files">
          {files.map((file) => (
            <li key={file.id}>
              <Button appearance="transparent" className={styles.link} onClick={() => onOpen(file)}>
                Download {file.fileName}
              </Button>
              <Text size={200} className={styles.muted}>
                {' '}
                {formatSize(file.sizeBytes)}, added by {file.uploadedByName} on {formatTime(file.uploadedAt)}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {addEvidence.allowed ? (
        <>
          <UploadButton
            label={busy ? 'Uploading…' : 'Upload a file for the team'}
            onFiles={(f) => void upload(f)}
            disabled={busy}
          />
          <CopyInFromLink code="the review team" onCopyIn={onCopyIn} />
        </>
      ) : (
        <Text className={styles.muted}>{addEvidence.reason}</Text>
      )}
      {error ? <Text role="alert">{error}</Text> : null}
    </section>
  );
}
