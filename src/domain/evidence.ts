import type { IsoDateTime, Versioned } from './ids';

/** A file held in the evidence store; one file can support many standards of one assessment. */
export interface EvidenceRecord extends Versioned {
  readonly assessmentId: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  /** Where the evidence store keeps the bytes (relative path or drive item id). */
  readonly storageKey: string;
  /** Set when copied in from the user's own OneDrive/SharePoint. */
  readonly source: { readonly webUrl: string; readonly versionId: string | null } | null;
  readonly uploadedBy: string;
  readonly uploadedAt: IsoDateTime;
}
