import { z } from 'zod';
import { GraphResponseError, graphErrorOf, isTransientStatus, retryAfterMs } from './graph-errors';
import type { GraphHttp, HttpMethod } from './graph-http';

/** Graph's limit on the parts of one `$batch`. */
export const MAX_BATCH_PARTS = 20;

export interface BatchPart {
  readonly id: string;
  readonly method: HttpMethod;
  /** Relative to the version root, or an absolute URL under it (a nextLink). */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly dependsOn?: readonly string[];
}

export interface BatchPartResult {
  readonly id: string;
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

const batchResponseSchema = z.object({
  responses: z.array(
    z.object({
      id: z.string(),
      status: z.number().int(),
      headers: z.record(z.string(), z.string()).optional(),
      body: z.unknown().optional(),
    }),
  ),
});

/**
 * Sends up to 20 parts in one `$batch` and returns each part's result by id. A throttled part comes back as
 * its 429/503 result (graph-client never retries inside a batch): callers decide what to send again.
 * `idempotent` says the whole batch may be re-sent after a dropped connection (true for reads only).
 */
export async function sendBatch(
  graph: GraphHttp,
  parts: readonly BatchPart[],
  options: { idempotent: boolean },
): Promise<Map<string, BatchPartResult>> {
  if (parts.length === 0) return new Map();
  if (parts.length > MAX_BATCH_PARTS) throw new Error(`A $batch takes at most ${MAX_BATCH_PARTS} parts`);
  const requests = parts.map((part) => ({
    id: part.id,
    method: part.method,
    url: graph.relative(part.url),
    ...(part.body === undefined
      ? part.headers
        ? { headers: part.headers }
        : {}
      : { body: part.body, headers: { 'Content-Type': 'application/json', ...part.headers } }),
    ...(part.dependsOn && part.dependsOn.length > 0 ? { dependsOn: part.dependsOn } : {}),
  }));
  const response = await graph.call({
    method: 'POST',
    url: '/$batch',
    body: { requests },
    idempotent: options.idempotent,
  });
  if (response.status !== 200) {
    const { code, message } = graphErrorOf(response.body);
    throw new GraphResponseError(response.status, code, message, 'POST', '/$batch');
  }
  const parsed = batchResponseSchema.safeParse(response.body);
  if (!parsed.success) {
    throw new GraphResponseError(
      502,
      'invalidBatchResponse',
      'The $batch response had an unexpected shape',
      'POST',
      '/$batch',
    );
  }
  const results = new Map<string, BatchPartResult>();
  for (const part of parsed.data.responses) {
    results.set(part.id, {
      id: part.id,
      status: part.status,
      headers: new Headers(part.headers ?? {}),
      body: part.body ?? null,
    });
  }
  for (const part of parts) {
    if (!results.has(part.id)) {
      throw new GraphResponseError(
        502,
        'invalidBatchResponse',
        `The $batch response lacks part ${part.id}`,
        'POST',
        '/$batch',
      );
    }
  }
  return results;
}

/** How long to wait before re-sending throttled parts: the longest Retry-After among them (1 s if none said). */
export function retryDelayMs(results: Iterable<BatchPartResult>): number {
  let delay = 0;
  let throttled = false;
  for (const result of results) {
    if (!isTransientStatus(result.status)) continue;
    throttled = true;
    delay = Math.max(delay, retryAfterMs(result.headers.get('retry-after')) ?? 1000);
  }
  return throttled ? delay : 0;
}
