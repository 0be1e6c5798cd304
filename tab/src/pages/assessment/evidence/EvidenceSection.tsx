import { Button, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { messageOf } from '../../../api/errors';
import { CopyInFromLink } from './CopyInFromLink';
import { UploadButton } from './UploadButton';
import { UploadProgressList } from './UploadProgressList';
import { canPreview, formatSize, useEvidenceContext } from './use-evidence';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
});

/** The files supporting one standard: open or download them, upload a new one, or reuse one already uploaded. */
export function EvidenceSection({
  code,
  evidenceIds,
  editable,
  onChangeLinks,
}: {
  code: string;
  evidenceIds: readonly string[];
  editable: boolean;
  onChangeLinks: (evidenceIds: string[]) => void;
}) {
  const styles = useStyles();
  const evidence = useEvidenceContext();
  const [error, setError] = useState<string | null>(null);
  if (!evidence) return null;
  const records = evidence.records ?? [];
  const linked = evidenceIds.map((id) => records.find((r) => r.id === id)).filter((r) => r !== undefined);
  const reusable = records.filter((r) => !evidenceIds.includes(r.id));
  const act = (action: () => Promise<void>) => {
    setError(null);
    action().catch((e: unknown) => setError(messageOf(e)));
  };
  return (
    <div className={styles.box} role="group" aria-labelledby={`evidence-${code}`}>
      <Text block as="h4" weight="semibold" id={`evidence-${code}`} className={styles.heading}>
        Evidence for {code}
      </Text>
      {linked.length === 0 ? <Text>No files yet.</Text> : null}
      <ul className={styles.list}>
        {linked.map((record) => (
          <li key={record.id} className={styles.item}>
            <Text>
              {record.fileName} ({formatSize(record.sizeBytes)})
            </Text>
            {canPreview(record) ? (
              <Button
                size="small"
                onClick={() => act(() => evidence.open(record, 'open'))}
                aria-label={`Open ${record.fileName}`}
              >
                Open
              </Button>
            ) : null}
            <Button
              size="small"
              onClick={() => act(() => evidence.open(record, 'download'))}
              aria-label={`Download ${record.fileName}`}
            >
              Download
            </Button>
            {editable ? (
              <Button
                size="small"
                appearance="subtle"
                onClick={() => onChangeLinks(evidenceIds.filter((id) => id !== record.id))}
                aria-label={`Stop using ${record.fileName} for standard ${code}`}
              >
                Stop using here
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <div className={styles.actions}>
          <UploadButton
            label={`Upload a file for ${code}`}
            onFiles={(files) => files.forEach((f) => void evidence.upload(f, [code]))}
          />
          <CopyInFromLink code={code} onCopyIn={(url) => evidence.copyIn(url, [code])} />
          {reusable.length > 0 ? (
            <Field label={`Use a file already uploaded for ${code}`}>
              <Select value="" onChange={(_, d) => d.value && onChangeLinks([...evidenceIds, d.value])}>
                <option value="">Choose a file</option>
                {reusable.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.fileName}
                  </option>
                ))}
              </Select>
            </Field>
          ) : null}
        </div>
      ) : null}
      <UploadProgressList
        uploads={evidence.uploads.filter((u) => u.standardCode === code)}
        onDismiss={evidence.dismissUpload}
      />
      {error ? (
        <Text role="alert" weight="semibold">
          {error}
        </Text>
      ) : null}
    </div>
  );
}
