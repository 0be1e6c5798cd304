import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { z } from 'zod';
import {
  PickedFileError,
  type OpenedUserFile,
  type PickedFileRef,
  type UserFileSource,
} from '../../services/user-files';
import type { GraphClientFactory } from './graph-client-factory';

/** What Graph says of a drive item; only the fields copy-in needs. */
const DriveItem = z.object({
  id: z.string(),
  name: z.string(),
  parentReference: z.object({ driveId: z.string() }).optional(),
  size: z.number(),
  webUrl: z.string(),
  file: z.object({ mimeType: z.string().optional() }).optional(),
  cTag: z.string().optional(),
  eTag: z.string().optional(),
});

/** Graph's encoding of a sharing URL: `u!` + unpadded base64url. */
export function shareIdOf(url: string): string {
  return `u!${Buffer.from(url, 'utf8').toString('base64url')}`;
}

export interface OnBehalfOf {
  getGraphToken(userAssertion: string, scopes: string[]): Promise<string>;
}

/**
 * Reads a file a person picked from their own OneDrive/SharePoint with THEIR delegated token (on-behalf-of),
 * so nothing they could not open themselves can be copied in. A consent problem surfaces as the port's
 * ConsentRequiredError (403 with consentRequired: true).
 */
export class GraphUserFileSource implements UserFileSource {
  constructor(
    private readonly graph: GraphClientFactory,
    private readonly obo: OnBehalfOf,
    private readonly scopes: string[] = ['Files.Read.All'],
  ) {}

  async open(userToken: string, ref: PickedFileRef): Promise<OpenedUserFile> {
    const http = this.graph.forUser(() =>
      this.obo.getGraphToken(
        userToken,
        this.scopes.map((s) => `https://${this.graph.graphHost}/${s}`),
      ),
    );
    const select = '$select=id,name,size,webUrl,file,cTag,eTag,parentReference';
    const url =
      'shareUrl' in ref
        ? `/shares/${shareIdOf(ref.shareUrl)}/driveItem?${select}`
        : `/drives/${encodeURIComponent(ref.driveId)}/items/${encodeURIComponent(ref.itemId)}?${select}`;
    const meta = await http.call({ method: 'GET', url });
    if (meta.status === 404 || meta.status === 403) {
      throw new PickedFileError('That file could not be opened with your permissions. Pick it again, or upload it.');
    }
    const item = DriveItem.safeParse(meta.body);
    if (meta.status !== 200 || !item.success)
      throw new PickedFileError(`Reading the picked file failed (${meta.status}).`);
    if (!item.data.file) throw new PickedFileError(`${item.data.name} is a folder. Pick a file.`);
    const driveId = 'driveId' in ref ? ref.driveId : item.data.parentReference?.driveId;
    if (!driveId) throw new PickedFileError('That link does not point at a file in OneDrive or SharePoint.');
    const base = `/drives/${encodeURIComponent(driveId)}/items/${encodeURIComponent(item.data.id)}`;
    const content = await http.open({ method: 'GET', url: `${base}/content` });
    if (content.status !== 200 || !content.body) {
      throw new PickedFileError(`Downloading ${item.data.name} failed (${content.status}). Try again.`);
    }
    return {
      fileName: item.data.name,
      contentType: item.data.file.mimeType ?? 'application/octet-stream',
      sizeBytes: item.data.size,
      webUrl: item.data.webUrl,
      versionId: item.data.eTag ?? item.data.cTag ?? null,
      content: Readable.fromWeb(content.body as WebReadableStream<Uint8Array>),
    };
  }
}
