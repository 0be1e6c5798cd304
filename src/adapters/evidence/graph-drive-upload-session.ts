import { z } from 'zod';
import {
  GraphNetworkError,
  GraphResponseError,
  graphErrorOf,
  isTransientStatus,
  retryAfterMs,
} from '../graph/graph-errors';
import { backoffMs, sleep, type GraphHttp, type GraphResult } from '../graph/graph-http';

/** Graph wants fragments in multiples of 320 KiB (all but the last). */
export const FRAGMENT_UNIT = 320 * 1024;

const sessionSchema = z.object({
  uploadUrl: z.string().optional(),
  nextExpectedRanges: z.array(z.string()).optional(),
});
export const driveItemSchema = z.object({ id: z.string(), size: z.number().optional() });
export type DriveItemJson = z.infer<typeof driveItemSchema>;

export interface UploadSessionOptions {
  readonly graph: GraphHttp;
  /** POST target: `/drives/{id}/root:/{path}:/createUploadSession`. */
  readonly createUrl: string;
  /** Where the finished file can be found, if the answer to the last fragment is lost. */
  readonly itemUrl: string;
  readonly totalBytes: number;
  readonly attempts: number;
}

/**
 * One large upload: fragments go to the pre-authenticated upload URL (no token: it is not a Graph host), each
 * retried on throttling and on a dropped connection; after a failure the session's `nextExpectedRanges` says
 * where to carry on, so an interrupted upload resumes instead of starting again. graph-client's own upload
 * task does not retry fragments, hence this.
 */
export class UploadSession {
  private constructor(
    private readonly options: UploadSessionOptions,
    private readonly uploadUrl: string,
  ) {}

  static async start(options: UploadSessionOptions): Promise<UploadSession> {
    // A second session after a lost answer is harmless: the unused one expires, and nothing is committed.
    const result = await retrying(options.attempts, () =>
      options.graph.call({
        method: 'POST',
        url: options.createUrl,
        body: { item: { '@microsoft.graph.conflictBehavior': 'replace' } },
        idempotent: true,
      }),
    );
    const body = expectOk(result, 'POST', 'createUploadSession');
    const session = sessionSchema.parse(body);
    if (!session.uploadUrl) throw new Error('Graph created an upload session without an upload URL');
    return new UploadSession(options, session.uploadUrl);
  }

  /** Sends `bytes`, which start at `offset` of the file; returns the file once the last byte is in. */
  async send(bytes: Buffer, offset: number): Promise<DriveItemJson | undefined> {
    const { totalBytes, attempts } = this.options;
    const end = offset + bytes.length;
    let from = offset;
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      let result: GraphResult | undefined;
      try {
        result = await this.options.graph.call({
          method: 'PUT',
          url: this.uploadUrl,
          headers: {
            'Content-Type': 'application/octet-stream',
            'Content-Range': `bytes ${from}-${end - 1}/${totalBytes}`,
          },
          body: bytes.subarray(from - offset),
        });
      } catch (error) {
        if (!(error instanceof GraphNetworkError)) throw error;
      }
      if (result && (result.status === 200 || result.status === 201)) return driveItemSchema.parse(result.body);
      if (result?.status === 202) return undefined;
      if (result && isTransientStatus(result.status)) {
        await sleep(retryAfterMs(result.headers.get('retry-after')) ?? backoffMs(attempt));
        continue;
      }
      if (result && result.status !== 416 && result.status !== 409) expectOk(result, 'PUT', 'an upload fragment');
      // Lost answer or a range the server did not expect: ask it where it stands.
      const next = await this.nextExpected();
      if (next === 'complete') return this.finishedItem();
      if (next >= end) return undefined;
      if (next < offset) throw new Error(`The upload session lost bytes before ${offset}; upload the file again`);
      from = next;
      await sleep(backoffMs(attempt));
    }
    throw new Error(`An upload fragment (bytes ${offset}-${end - 1}) kept failing after ${attempts} attempts`);
  }

  /** Cancels the session so that nothing of the upload is kept. Best effort: sessions also expire. */
  async cancel(): Promise<void> {
    try {
      await this.options.graph.call({ method: 'DELETE', url: this.uploadUrl, idempotent: true });
    } catch {
      // The session expires by itself.
    }
  }

  private async nextExpected(): Promise<number | 'complete'> {
    const result = await retrying(this.options.attempts, () =>
      this.options.graph.call({ method: 'GET', url: this.uploadUrl }),
    );
    if (result.status === 404) return 'complete';
    const session = sessionSchema.parse(expectOk(result, 'GET', 'the upload session'));
    const first = session.nextExpectedRanges?.[0];
    if (first === undefined) return 'complete';
    return Number(first.split('-')[0]);
  }

  /** The session is gone: either our last fragment committed the file, or the session expired. */
  private async finishedItem(): Promise<DriveItemJson> {
    const result = await retrying(this.options.attempts, () =>
      this.options.graph.call({ method: 'GET', url: this.options.itemUrl }),
    );
    if (result.status === 200) {
      const item = driveItemSchema.parse(result.body);
      if (item.size === undefined || item.size === this.options.totalBytes) return item;
    }
    throw new Error('The upload session ended before the file was complete; upload it again');
  }
}

async function retrying(attempts: number, call: () => Promise<GraphResult>): Promise<GraphResult> {
  for (let attempt = 1; ; attempt += 1) {
    const result = await call();
    if (!isTransientStatus(result.status) || attempt >= attempts) return result;
    await sleep(retryAfterMs(result.headers.get('retry-after')) ?? backoffMs(attempt));
  }
}

function expectOk(result: GraphResult, method: string, what: string): unknown {
  if (result.status >= 200 && result.status < 300) return result.body;
  const { code, message } = graphErrorOf(result.body);
  throw new GraphResponseError(result.status, code, message, method, what);
}
