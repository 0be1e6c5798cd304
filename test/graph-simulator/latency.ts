import type { SimRequest, SimResponse } from './sim-http';

/**
 * How long SharePoint Online takes to answer, modelled: a fixed delay per HTTP request, a fixed delay per operation
 * (a request outside a `$batch`, or each part inside one) and a delay per item returned. Off unless set, so tests
 * stay fast and use no wall clock; the bench turns it on to print wall times as people would feel them.
 * The figures and their basis are under SHAREPOINT_ONLINE_LATENCY below and in docs/sharepoint-capacity.md.
 */
export interface LatencyModel {
  /** Every HTTP request: the round trip to Graph and its front door. */
  readonly perRequestMs: number;
  /** Every operation SharePoint performs (parts of one `$batch` run side by side unless chained by dependsOn). */
  readonly perOperationMs: number;
  /** Every list item or drive item returned: SharePoint's work to read it and Graph's to serialise it. */
  readonly perItemMs: number;
}

/**
 * The bench's model of SharePoint Online seen from an App Service in the same region.
 *
 * Microsoft publishes no latency figures for Microsoft Graph over SharePoint Online: not per request, per `$batch`
 * part or per list item (searched: Microsoft Learn's Graph throttling, JSON batching, SharePoint throttling and list
 * view threshold pages, and SharePoint Online performance guidance). So these are stated assumptions, not
 * measurements, on the slow side of what is commonly seen; recalibrate them against a real tenant by timing a
 * single-item read, a one-part `$batch` and a full page of 5,000 items. What is published shapes the model:
 * - independent parts of one `$batch` may run in parallel; parts chained by `dependsOn` run one after another
 *   (Microsoft Learn, "Combine multiple HTTP requests using JSON batching",
 *   https://learn.microsoft.com/graph/json-batching), hence the slowest part for an unchained batch;
 * - a list item query returns at most 5,000 items a page (`$top`), and a filter matching more is refused
 *   (Microsoft Learn, "Manage large lists and libraries"), so a page of 5,000 is the most one operation returns.
 * The figures are stated in docs/sharepoint-capacity.md ("Latency") and the README's benchmark notes.
 */
export const SHAREPOINT_ONLINE_LATENCY: LatencyModel = { perRequestMs: 100, perOperationMs: 80, perItemMs: 0.5 };

/** Items in one answer: a collection's `value`, or 1 for a single item. */
export function itemsIn(body: unknown): number {
  if (typeof body !== 'object' || body === null || Buffer.isBuffer(body)) return 0;
  const value = (body as { value?: unknown }).value;
  if (Array.isArray(value)) return value.length;
  return 'id' in body ? 1 : 0;
}

/** Items returned by a request, counting every part of a `$batch`. */
export function itemsReturned(response: SimResponse): number {
  return partBodies(response).reduce<number>((n, body) => n + itemsIn(body), 0);
}

function partBodies(response: SimResponse): unknown[] {
  const parts = (response.body as { responses?: unknown } | undefined)?.responses;
  if (!Array.isArray(parts)) return [response.body];
  return parts.map((p: unknown) => (p as { body?: unknown }).body);
}

function isChained(request: SimRequest): boolean {
  try {
    const parsed = JSON.parse(request.body.toString('utf8')) as { requests?: { dependsOn?: unknown }[] };
    return (parsed.requests ?? []).some((r) => Array.isArray(r.dependsOn) && r.dependsOn.length > 0);
  } catch {
    return false;
  }
}

/** The simulator's latency setting: none until a model is set. */
export class SimLatency {
  private model: LatencyModel | undefined;

  set(model: LatencyModel | undefined): void {
    this.model = model;
  }

  get current(): LatencyModel | undefined {
    return this.model;
  }

  /** The modelled time to answer this request with this response; 0 with no model. */
  delayMs(request: SimRequest, response: SimResponse): number {
    const m = this.model;
    if (!m) return 0;
    const operation = (body: unknown) => m.perOperationMs + m.perItemMs * itemsIn(body);
    const bodies = partBodies(response);
    const isBatch = bodies.length !== 1 || bodies[0] !== response.body;
    if (!isBatch) return m.perRequestMs + operation(response.body);
    const times = bodies.map(operation);
    const parts = isChained(request) ? times.reduce((a, b) => a + b, 0) : Math.max(0, ...times);
    return m.perRequestMs + parts;
  }
}
