/** What an evidence store (ports.ts: EvidenceStore) raises about the files it keeps. */

/** The bytes that arrived were not the bytes announced (a cut-off or padded upload); nothing was stored. */
export class IncompleteUploadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IncompleteUploadError';
  }
}

/** A storage key names no stored file (it was deleted, or never finished uploading). */
export class EvidenceNotFoundError extends Error {
  readonly code = 'evidence_not_found';
  constructor(readonly storageKey: string) {
    super(`No evidence file is stored under "${storageKey}": it may have been deleted.`);
    this.name = 'EvidenceNotFoundError';
  }
}
