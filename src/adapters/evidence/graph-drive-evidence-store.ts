import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { DomainError } from '../../domain/errors';
import {
  GraphNetworkError,
  GraphResponseError,
  graphErrorOf,
  isTransientStatus,
  retryAfterMs,
} from '../graph/graph-errors';
import { sendBatch, retryDelayMs, type BatchPart } from '../graph/batch';
import { backoffMs, sleep, type GraphHttp, type GraphResult } from '../graph/graph-http';
import {
  EvidenceNotFoundError,
  IncompleteUploadError,
  type EvidenceAbout,
  type EvidenceHousekeeping,
  type EvidenceKey,
  type EvidenceStore,
} from '../../services/ports';
import { evidenceFields } from './evidence-library-columns';
import { driveChildren, type DriveChild } from './graph-drive-children';
import { checkStorageKey, drivePathUrl, evidencePath, isAllowedEvidenceType } from './graph-drive-names';
import { driveItemSchema, FRAGMENT_UNIT, UploadSession } from './graph-drive-upload-session';

export interface GraphDriveEvidenceOptions {
  /** Graph as the app (see createGraphClientFactory). */
  readonly graph: GraphHttp;
  /** The evidence library's drive (the provisioner prints it; findEvidenceDrive looks it up). */
  readonly driveId: string;
  /** Largest file accepted (configuration's MAX_EVIDENCE_BYTES). */
  readonly maxBytes: number;
  /** Up to this size a file goes in one PUT; Graph's simple upload is meant for small files. */
  readonly simpleUploadBytes?: number;
  /** Upload session fragment size: a multiple of 320 KiB (default 10 x 320 KiB). */
  readonly fragmentBytes?: number;
  /** Attempts per request (throttling, dropped connections) before giving up. */
  readonly attempts?: number;
  /** Children asked for per page when walking the library (Graph's own default is 200). */
  readonly listPageSize?: number;
  /** A Purview retention label to apply to every stored file (EVIDENCE_RETENTION_LABEL); none when absent. */
  readonly retentionLabel?: string;
}

/** The names `evidencePath` gives files: 8 hex digits, a dash, the uploaded name. */
const STORED_NAME = /^[0-9a-f]{8}-./;

const MiB = 1024 * 1024;

/**
 * Evidence files in the site's document library, folders `<cycle>/<organisation>/<service>/`. The storage
 * key is the drive item id, which survives someone tidying the library by hand. Small files go in one PUT,
 * larger ones through a resumable upload session; content that does not match the announced size, or a
 * stream that fails, leaves nothing behind (the session is cancelled before the last byte commits it).
 */
export class GraphDriveEvidenceStore implements EvidenceStore, EvidenceHousekeeping {
  private readonly simpleUploadBytes: number;
  private readonly fragmentBytes: number;
  private readonly attempts: number;

  constructor(private readonly options: GraphDriveEvidenceOptions) {
    this.simpleUploadBytes = options.simpleUploadBytes ?? 4 * MiB;
    this.fragmentBytes = options.fragmentBytes ?? 10 * FRAGMENT_UNIT;
    this.attempts = options.attempts ?? 8;
    if (this.fragmentBytes <= 0 || this.fragmentBytes % FRAGMENT_UNIT !== 0 || this.fragmentBytes > 60 * MiB) {
      throw new Error('fragmentBytes must be a multiple of 320 KiB, at most 60 MiB');
    }
  }

  async put(
    key: EvidenceKey,
    content: AsyncIterable<Uint8Array> | Uint8Array,
    sizeBytes: number,
    contentType: string,
  ): Promise<{ storageKey: string }> {
    this.checkLimits(key, sizeBytes, contentType);
    const path = evidencePath(key, contentType);
    const item =
      sizeBytes <= this.simpleUploadBytes
        ? await this.putSmall(path, await collect(content, sizeBytes, key.fileName), contentType)
        : await this.putLarge(path, content, sizeBytes, key.fileName);
    try {
      await this.describe(item.id, key.about);
    } catch (error) {
      // A file the library cannot describe (or label, when a label is required) is not kept.
      await this.delete(item.id).catch(() => undefined);
      throw error;
    }
    return { storageKey: item.id };
  }

  /**
   * Fills in the library's columns (EVIDENCE_COLUMNS) and applies the retention label when one is configured, as
   * two parts of one `$batch`; a throttled part is sent again on its own. Graph: `PATCH .../listItem/fields` and
   * `PATCH .../retentionLabel` on the drive item.
   */
  private async describe(itemId: string, about: EvidenceAbout | undefined): Promise<void> {
    const item = `/drives/${encodeURIComponent(this.options.driveId)}/items/${checkStorageKey(itemId)}`;
    const label = this.options.retentionLabel;
    let pending: BatchPart[] = [
      ...(about
        ? [{ id: 'fields', method: 'PATCH' as const, url: `${item}/listItem/fields`, body: evidenceFields(about) }]
        : []),
      ...(label
        ? [{ id: 'label', method: 'PATCH' as const, url: `${item}/retentionLabel`, body: { name: label } }]
        : []),
    ];
    for (let attempt = 1; pending.length > 0; attempt += 1) {
      const results = await sendBatch(this.options.graph, pending, { idempotent: true });
      const throttled = pending.filter((p) => isTransientStatus(results.get(p.id)?.status ?? 0));
      for (const part of pending) {
        const result = results.get(part.id);
        if (!result || isTransientStatus(result.status) || (result.status >= 200 && result.status < 300)) continue;
        const { code, message } = graphErrorOf(result.body);
        const what =
          part.id === 'label'
            ? `the retention label "${label ?? ''}" (EVIDENCE_RETENTION_LABEL must name a retention label of the tenant, made in Microsoft Purview)`
            : 'the columns of an evidence file (run npm run provision to add them to the library)';
        throw new GraphResponseError(result.status, code, message, 'PATCH', what);
      }
      if (throttled.length > 0 && attempt >= this.attempts) {
        throw new GraphResponseError(503, 'throttled', 'Graph kept throttling', 'PATCH', 'an evidence file');
      }
      if (throttled.length > 0) await sleep(retryDelayMs(results.values()));
      pending = throttled;
    }
  }

  async get(
    storageKey: string,
  ): Promise<{ stream: AsyncIterable<Uint8Array>; sizeBytes: number; contentType: string }> {
    const url = `/drives/${encodeURIComponent(this.options.driveId)}/items/${checkStorageKey(storageKey)}/content`;
    for (let attempt = 1; ; attempt += 1) {
      let response: Response;
      try {
        // Graph answers with a redirect to a pre-authenticated download URL; the redirect handler follows it.
        response = await this.options.graph.open({ method: 'GET', url });
      } catch (error) {
        if (error instanceof GraphNetworkError && attempt < this.attempts) {
          await sleep(backoffMs(attempt));
          continue;
        }
        throw error;
      }
      if (response.status === 200) {
        const body = response.body
          ? Readable.fromWeb(response.body as WebReadableStream<Uint8Array>)
          : Readable.from([]);
        return {
          stream: body,
          sizeBytes: Number(response.headers.get('content-length') ?? 0),
          contentType: response.headers.get('content-type') ?? 'application/octet-stream',
        };
      }
      const text = await response.text();
      if (response.status === 404) throw new EvidenceNotFoundError(storageKey);
      const { code, message } = graphErrorOf(safeJson(text));
      throw new GraphResponseError(response.status, code, message, 'GET', 'an evidence file');
    }
  }

  /** Idempotent: deleting what is not there succeeds. */
  async delete(storageKey: string): Promise<void> {
    const url = `/drives/${encodeURIComponent(this.options.driveId)}/items/${checkStorageKey(storageKey)}`;
    const result = await this.call({ method: 'DELETE', url, idempotent: true });
    if (result.status !== 204 && result.status !== 404) throw failure(result, 'DELETE', 'an evidence file');
  }

  /**
   * Nothing to do: a large file goes through a Graph upload session, and the drive item only exists once the last
   * byte is committed. A session a crash abandoned leaves no item behind and expires on its own (its
   * `expirationDateTime`, extended by each fragment); small files are written in a single PUT.
   */
  removeIncompleteUploads(): Promise<number> {
    return Promise.resolve(0);
  }

  /**
   * Every file where `evidencePath` puts them (`<cycle>/<organisation>/<service>/<8 hex>-<name>`), keyed by drive
   * item id as records hold them. Files people put elsewhere in the library, or named otherwise, are not the
   * app's and are never offered for clean-up.
   */
  async *storedFiles(): AsyncIterable<{ storageKey: string; modifiedAt: Date }> {
    const size = this.options.listPageSize ?? 200;
    const call = (request: Parameters<GraphHttp['call']>[0]) => this.call(request);
    const folders = (parent: 'root' | DriveChild) => this.foldersIn(call, parent, size);
    for await (const cycle of folders('root')) {
      for await (const organisation of folders(cycle)) {
        for await (const service of folders(organisation)) {
          for await (const child of driveChildren(call, this.options.driveId, service, size)) {
            if (!child.file || !STORED_NAME.test(child.name)) continue;
            yield { storageKey: child.id, modifiedAt: new Date(child.lastModifiedDateTime) };
          }
        }
      }
    }
  }

  private async *foldersIn(
    call: (request: Parameters<GraphHttp['call']>[0]) => Promise<GraphResult>,
    parent: 'root' | DriveChild,
    size: number,
  ): AsyncGenerator<DriveChild> {
    for await (const child of driveChildren(call, this.options.driveId, parent, size)) {
      if (child.folder) yield child;
    }
  }

  private checkLimits(key: EvidenceKey, sizeBytes: number, contentType: string): void {
    if (!Number.isSafeInteger(sizeBytes) || sizeBytes < 0) {
      throw new Error(`Evidence sizeBytes must be a whole number of bytes, got ${sizeBytes}`);
    }
    if (sizeBytes > this.options.maxBytes) {
      throw new DomainError(
        'file_too_large',
        `${key.fileName} is ${(sizeBytes / MiB).toFixed(1)} MiB; evidence files can be at most ${(this.options.maxBytes / MiB).toFixed(0)} MiB.`,
        'file',
      );
    }
    if (!isAllowedEvidenceType(contentType)) {
      throw new DomainError(
        'file_type_not_allowed',
        `${contentType} is not a type the network keeps as evidence.`,
        'file',
      );
    }
  }

  /** One PUT; `replace` makes a repeat after a lost answer land on the same (uniquely named) file. */
  private async putSmall(path: string[], bytes: Buffer, contentType: string): Promise<{ id: string }> {
    const url = `${drivePathUrl(this.options.driveId, path, 'content')}?@microsoft.graph.conflictBehavior=replace`;
    const result = await this.call({
      method: 'PUT',
      url,
      headers: { 'Content-Type': contentType },
      body: bytes,
      idempotent: true,
    });
    if (result.status !== 200 && result.status !== 201) throw failure(result, 'PUT', 'an evidence file');
    return driveItemSchema.parse(result.body);
  }

  private async putLarge(
    path: string[],
    content: AsyncIterable<Uint8Array> | Uint8Array,
    sizeBytes: number,
    fileName: string,
  ): Promise<{ id: string }> {
    const session = await UploadSession.start({
      graph: this.options.graph,
      createUrl: drivePathUrl(this.options.driveId, path, 'createUploadSession'),
      itemUrl: drivePathUrl(this.options.driveId, path),
      totalBytes: sizeBytes,
      attempts: this.attempts,
    });
    try {
      let offset = 0;
      let item: { id: string } | undefined;
      for await (const fragment of fragments(content, this.fragmentBytes, sizeBytes, fileName)) {
        item = await session.send(fragment, offset);
        offset += fragment.length;
      }
      if (!item) throw new Error(`The upload of ${fileName} ended without the file being committed`);
      return item;
    } catch (error) {
      await session.cancel();
      throw error;
    }
  }

  private async call(call: Parameters<GraphHttp['call']>[0]): Promise<GraphResult> {
    for (let attempt = 1; ; attempt += 1) {
      const result = await this.options.graph.call(call);
      if (!isTransientStatus(result.status) || attempt >= this.attempts) return result;
      await sleep(retryAfterMs(result.headers.get('retry-after')) ?? backoffMs(attempt));
    }
  }
}

/** The content is not the size announced; nothing of it was kept. */
function sizeMismatch(fileName: string, announced: number, seen: string): IncompleteUploadError {
  return new IncompleteUploadError(
    `The upload of "${fileName}" was ${seen} bytes, but ${announced} were announced; nothing was stored`,
  );
}

async function collect(
  content: AsyncIterable<Uint8Array> | Uint8Array,
  sizeBytes: number,
  fileName: string,
): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const fragment of fragments(content, Math.max(sizeBytes, 1), sizeBytes, fileName)) parts.push(fragment);
  return Buffer.concat(parts);
}

/**
 * The content in fragments of `size` bytes, checked against the announced total. The last fragment is only
 * handed out once the stream has ended, so a stream that runs long never commits a file.
 */
async function* fragments(
  content: AsyncIterable<Uint8Array> | Uint8Array,
  size: number,
  total: number,
  fileName: string,
): AsyncGenerator<Buffer> {
  const source: AsyncIterable<Uint8Array> | Iterable<Uint8Array> = content instanceof Uint8Array ? [content] : content;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let seen = 0;
  for await (const chunk of source) {
    seen += chunk.byteLength;
    if (seen > total) throw sizeMismatch(fileName, total, `more than ${total}`);
    pending.push(Buffer.from(chunk));
    pendingBytes += chunk.byteLength;
    while (pendingBytes >= size && seen < total) {
      const joined = Buffer.concat(pending);
      yield Buffer.from(joined.subarray(0, size));
      pending = [joined.subarray(size)];
      pendingBytes -= size;
    }
  }
  if (seen !== total) throw sizeMismatch(fileName, total, String(seen));
  const rest = Buffer.concat(pending);
  for (let at = 0; at < rest.length || (at === 0 && total === 0); at += size) {
    yield Buffer.from(rest.subarray(at, at + size));
    if (rest.length === 0) break;
  }
}

function failure(result: GraphResult, method: string, what: string): GraphResponseError {
  const { code, message } = graphErrorOf(result.body);
  return new GraphResponseError(result.status, code, message, method, what);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
