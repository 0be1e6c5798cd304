import { makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { messageOf } from '../../api/errors';
import { useApp } from '../../app/app-context';
import type { ActionView, EvidenceRecord } from '../../api/types';
import { CopyInFromLink } from '../assessment/evidence/CopyInFromLink';
import { UploadButton } from '../assessment/evidence/UploadButton';
import { UploadProgressList } from '../assessment/evidence/UploadProgressList';
import type { UploadInProgress } from '../assessment/evidence/use-evidence';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

/**
 * Adding evidence that an action is done: an upload, or a file from the person's own OneDrive or SharePoint (copied
 * in with their consent), through the same pieces as the self-assessment's evidence.
 */
export function CompletionEvidenceUpload({
  assessmentId,
  action,
  onAdded,
}: {
  readonly assessmentId: string;
  readonly action: ActionView;
  readonly onAdded: (record: EvidenceRecord) => void;
}) {
  const styles = useStyles();
  const { api } = useApp();
  const [uploads, setUploads] = useState<readonly UploadInProgress[]>([]);
  const nextId = useRef(0);
  const update = (id: number, change: Partial<UploadInProgress>) =>
    setUploads((current) => current.map((u) => (u.id === id ? { ...u, ...change } : u)));
  const upload = (files: File[]) => {
    for (const file of files) {
      const id = nextId.current++;
      setUploads((current) => [...current, { id, fileName: file.name, standardCode: null, fraction: 0, error: null }]);
      api
        .uploadActionEvidence(assessmentId, action.id, file, (fraction) => update(id, { fraction }))
        .then((record) => {
          setUploads((current) => current.filter((u) => u.id !== id));
          onAdded(record);
        })
        .catch((e: unknown) => update(id, { error: messageOf(e) }));
    }
  };
  return (
    <div className={styles.panel}>
      <UploadButton label="Upload evidence that it is done" onFiles={upload} />
      <UploadProgressList
        uploads={uploads}
        onDismiss={(id) => setUploads((current) => current.filter((u) => u.id !== id))}
      />
      <CopyInFromLink
        code="this action"
        onCopyIn={async (url) => onAdded(await api.copyInActionEvidence(assessmentId, action.id, url))}
      />
    </div>
  );
}
