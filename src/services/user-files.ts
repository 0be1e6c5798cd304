/** A file the signed-in person picked from their own OneDrive or SharePoint. */
export interface PickedFileRef {
  readonly driveId: string;
  readonly itemId: string;
}

export interface OpenedUserFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly webUrl: string;
  readonly versionId: string | null;
  readonly content: AsyncIterable<Uint8Array>;
}

/**
 * Port: reads a picked file ON BEHALF OF the person (their token, their permissions), so the app never reads
 * anything the person could not. Only present when Entra ID is configured.
 */
export interface UserFileSource {
  open(userToken: string, ref: PickedFileRef): Promise<OpenedUserFile>;
}
