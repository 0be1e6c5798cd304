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
  /**
   * Whose evidence it is. Absent (records made before review teams kept files) means the service's own. The review
   * team's files (visit notes, photos) are never the service's evidence: not linked to its responses, not listed
   * in its self-assessment, not counted.
   */
  readonly collection?: EvidenceCollection;
}

/** The service's evidence for its self-assessment, or what its review team collected while reviewing it. */
export const EVIDENCE_COLLECTIONS = ['service', 'review_team'] as const;
export type EvidenceCollection = (typeof EVIDENCE_COLLECTIONS)[number];

export function isReviewTeamEvidence(record: Pick<EvidenceRecord, 'collection'>): boolean {
  return record.collection === 'review_team';
}
