import { sendBatch, MAX_BATCH_PARTS, retryDelayMs, type BatchPartResult } from './batch';
import { GraphNetworkError, GraphResponseError, isTransientStatus } from './graph-errors';
import { backoffMs, type GraphHttp, type GraphResult } from './graph-http';

interface PendingRead {
  readonly url: string;
  readonly resolve: (result: GraphResult) => void;
  readonly reject: (error: unknown) => void;
  attempt: number;
}

/**
 * Coalesces GETs issued in the same turn of the event loop into one `$batch` (up to 20 per request), so that
 * a use case reading an assessment, its responses and its evidence at once costs one Graph request. A read
 * alone goes out as a plain GET. Parts throttled inside a batch are re-sent after their Retry-After.
 */
export class ReadBatcher {
  private queue: PendingRead[] = [];
  private scheduled = false;
  /** Reads waiting out a Retry-After, by timer. */
  private readonly waiting = new Map<NodeJS.Timeout, PendingRead[]>();

  constructor(
    private readonly graph: GraphHttp,
    private readonly maxAttempts = 8,
  ) {}

  get(url: string): Promise<GraphResult> {
    return new Promise<GraphResult>((resolve, reject) => {
      this.queue.push({ url, resolve, reject, attempt: 0 });
      this.schedule();
    });
  }

  /** On close: reads still waiting to be retried fail instead of hanging. */
  dispose(): void {
    for (const [timer, reads] of this.waiting) {
      clearTimeout(timer);
      for (const read of reads) read.reject(new Error('The store was closed while this read waited to be retried'));
    }
    this.waiting.clear();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const work = this.queue;
      this.queue = [];
      for (let i = 0; i < work.length; i += MAX_BATCH_PARTS) void this.send(work.slice(i, i + MAX_BATCH_PARTS));
    });
  }

  private async send(reads: PendingRead[]): Promise<void> {
    for (const read of reads) read.attempt += 1;
    const [single] = reads;
    if (reads.length === 1 && single) {
      // Alone, a read needs no batch envelope; graph-client retries its throttling itself.
      this.graph.call({ method: 'GET', url: single.url }).then(single.resolve, single.reject);
      return;
    }
    let results: Map<string, BatchPartResult>;
    try {
      results = await sendBatch(
        this.graph,
        reads.map((read, index) => ({ id: String(index + 1), method: 'GET', url: read.url })),
        { idempotent: true },
      );
    } catch (error) {
      const retryable =
        error instanceof GraphNetworkError || (error instanceof GraphResponseError && isTransientStatus(error.status));
      this.retryOrFail(reads, retryable ? backoffMs(reads[0]?.attempt ?? 1) : undefined, error);
      return;
    }
    const throttled: PendingRead[] = [];
    reads.forEach((read, index) => {
      const result = results.get(String(index + 1));
      if (!result) return read.reject(new Error('missing batch part'));
      if (isTransientStatus(result.status) && read.attempt < this.maxAttempts) throttled.push(read);
      else read.resolve({ status: result.status, headers: result.headers, body: result.body });
    });
    if (throttled.length > 0) this.retryOrFail(throttled, retryDelayMs(results.values()), undefined);
  }

  private retryOrFail(reads: PendingRead[], delayMs: number | undefined, error: unknown): void {
    const again = delayMs === undefined ? [] : reads.filter((read) => read.attempt < this.maxAttempts);
    for (const read of reads) if (!again.includes(read)) read.reject(error ?? new Error('read kept failing'));
    if (again.length === 0) return;
    const timer = setTimeout(() => {
      this.waiting.delete(timer);
      this.queue.push(...again);
      this.schedule();
    }, delayMs);
    this.waiting.set(timer, again);
  }
}
