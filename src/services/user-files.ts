/**
 * A file the signed-in person chose from their own OneDrive or SharePoint: by its drive and item ids (a file
 * picker), or by the link they copied from OneDrive/SharePoint ("Copy link").
 */
export type PickedFileRef = { readonly driveId: string; readonly itemId: string } | { readonly shareUrl: string };

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
