import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import { useLoad } from '../../../app/use-load';
import type { Api } from '../../../api/endpoints';
import { messageOf } from '../../../api/errors';
import type { EvidenceRecord, StandardResponse } from '../../../api/types';
import { saveFile } from '../../../ui/save-file';

export interface UploadInProgress {
  readonly id: number;
  readonly fileName: string;
  readonly standardCode: string | null;
  /** 0 to 1. */
  readonly fraction: number;
  readonly error: string | null;
}

export interface Evidence {
  readonly records: readonly EvidenceRecord[] | undefined;
  readonly loadError: unknown;
  readonly uploads: readonly UploadInProgress[];
  /** Uploads a file and links it to the given standards at once. */
  upload(file: File, standardCodes: readonly string[]): Promise<void>;
  /** Copies in a file from the person's own OneDrive/SharePoint by its link, linked to the given standards. */
  copyIn(url: string, standardCodes: readonly string[]): Promise<void>;
  /** Links an uploaded file to more standards (collect once, use many). */
  link(evidenceId: string, standardCodes: readonly string[]): Promise<void>;
  /** Opens (preview) or downloads a file through the API. */
  open(record: EvidenceRecord, mode: 'open' | 'download'): Promise<void>;
  dismissUpload(id: number): void;
}

let nextUpload = 1;

/** The assessment's evidence library: the list, uploads with progress, links to standards, previews. */
export function useEvidence(
  api: Api,
  assessmentId: string,
  onResponses: (responses: readonly StandardResponse[]) => void,
): Evidence {
  const list = useLoad(() => api.evidence(assessmentId), `evidence:${assessmentId}`);
  const { setData } = list;
  const [uploads, setUploads] = useState<readonly UploadInProgress[]>([]);
  const patch = (id: number, change: Partial<UploadInProgress>) =>
    setUploads((all) => all.map((u) => (u.id === id ? { ...u, ...change } : u)));

  const upload = useCallback(
    async (file: File, standardCodes: readonly string[]) => {
      const id = nextUpload++;
      setUploads((all) => [
        ...all,
        { id, fileName: file.name, standardCode: standardCodes[0] ?? null, fraction: 0, error: null },
      ]);
      try {
        const record = await api.uploadEvidence(assessmentId, file, standardCodes, (fraction) =>
          patch(id, { fraction }),
        );
        setData((records) => [...records, record]);
        setUploads((all) => all.filter((u) => u.id !== id));
        if (standardCodes.length > 0)
          onResponses(await Promise.all(standardCodes.map((c) => api.response(assessmentId, c))));
      } catch (error) {
        patch(id, { error: messageOf(error) });
      }
    },
    [api, assessmentId, onResponses, setData],
  );

  const copyIn = useCallback(
    async (url: string, standardCodes: readonly string[]) => {
      const record = await api.copyInEvidence(assessmentId, url, standardCodes);
      setData((records) => [...records, record]);
      if (standardCodes.length > 0)
        onResponses(await Promise.all(standardCodes.map((c) => api.response(assessmentId, c))));
    },
    [api, assessmentId, onResponses, setData],
  );

  const link = useCallback(
    async (evidenceId: string, standardCodes: readonly string[]) => {
      onResponses(await api.linkEvidence(assessmentId, evidenceId, standardCodes));
    },
    [api, assessmentId, onResponses],
  );

  const open = useCallback(
    async (record: EvidenceRecord, mode: 'open' | 'download') => {
      const blob = await api.evidenceContent(assessmentId, record.id);
      if (mode === 'download') {
        saveFile(blob, record.fileName);
        return;
      }
      const url = URL.createObjectURL(blob);
      window.open(url, '_blank', 'noopener');
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    [api, assessmentId],
  );

  return useMemo(
    () => ({
      records: list.data,
      loadError: list.status === 'error' ? list.error : null,
      uploads,
      upload,
      copyIn,
      link,
      open,
      dismissUpload: (id: number) => setUploads((all) => all.filter((u) => u.id !== id)),
    }),
    [list, uploads, upload, copyIn, link, open],
  );
}

export const EvidenceContext = createContext<Evidence | null>(null);

export function useEvidenceContext(): Evidence | null {
  return useContext(EvidenceContext);
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Types a browser shows by itself; others are downloaded. */
export function canPreview(record: EvidenceRecord): boolean {
  return /^(application\/pdf|image\/(png|jpeg)|text\/plain)$/.test(record.contentType);
}
