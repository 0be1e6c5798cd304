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

/** The picked file cannot be read for the person (gone, not theirs to open, a folder); they should pick again. */
export class PickedFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PickedFileError';
  }
}

/**
 * The person has not (yet) consented to the app reading their files on their behalf, or the consent has not reached
 * every Entra replica. The API turns it into a 403 problem with `consentRequired: true` so the tab can ask.
 */
export class ConsentRequiredError extends Error {
  override readonly name = 'ConsentRequiredError';
  readonly consentRequired = true;

  constructor(
    readonly scopes: readonly string[],
    options?: { cause?: unknown },
    /** What the permission lets the app do, as the person reads it ("read the file", "add the visit to your calendar"). */
    readonly purpose = 'read the file',
  ) {
    super(`Consent is needed for ${scopes.join(' ')} before the app can use Microsoft Graph for you.`, options);
  }
}
