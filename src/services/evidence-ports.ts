// The ports for evidence files' bytes (the records live in the Store); exported from ports.ts too.

/** Bytes of evidence files; metadata lives in the Store as EvidenceRecord. */
export interface EvidenceStore {
  put(
    key: EvidenceKey,
    content: AsyncIterable<Uint8Array> | Uint8Array,
    sizeBytes: number,
    contentType: string,
  ): Promise<{ storageKey: string }>;
  get(storageKey: string): Promise<{ stream: AsyncIterable<Uint8Array>; sizeBytes: number; contentType: string }>;
  delete(storageKey: string): Promise<void>;
}

/**
 * What an evidence store that keeps files itself (the local folder) offers for cleaning up after a crash: a crash
 * between writing a file and committing its record leaves a file nothing refers to.
 */
export interface EvidenceHousekeeping {
  /** Removes uploads still being written aside that were last touched before `before`; returns how many. */
  removeIncompleteUploads(before: Date): Promise<number>;
  /** Every complete stored file, with when it was last written. */
  storedFiles(): AsyncIterable<{ readonly storageKey: string; readonly modifiedAt: Date }>;
  delete(storageKey: string): Promise<void>;
}

/** Where a file belongs: folders `<cycle>/<organisation>/<service>/` (service = "organisation" for org-level). */
export interface EvidenceKey {
  readonly cycleId: string;
  readonly organisationId: string;
  readonly serviceId: string;
  readonly fileName: string;
  /** What people browsing the store outside the app should see beside the file (the library's columns). */
  readonly about?: EvidenceAbout;
}

/** An evidence file described for people who find it in SharePoint rather than in the app. */
export interface EvidenceAbout {
  /** The service (or organisation) whose evidence it is, by name. */
  readonly subjectName: string;
  readonly cycleName: string;
  readonly standardCodes: readonly string[];
  /** Who added it, by name. */
  readonly addedBy: string;
  /** The link of the file it was copied from (OneDrive, Teams or SharePoint), when it was copied in. */
  readonly sourceUrl: string | null;
}
