import { ResponseType, type Client, type GraphRequest } from '@microsoft/microsoft-graph-client';
import { GraphNetworkError, GraphTokenError } from './graph-errors';
import type { RequestCounter } from './request-counter';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface GraphCall {
  readonly method: HttpMethod;
  /** A path under the version root (`/sites/...`) or an absolute https URL (nextLink, uploadUrl). */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** An object is sent as JSON; bytes as they are (set Content-Type). */
  readonly body?: unknown;
  /** Safe to send again after a dropped connection. GET always is; say so for anything else that is. */
  readonly idempotent?: boolean;
}

export interface GraphResult {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON, text, or null for an empty body. */
  readonly body: unknown;
}

/**
 * One Graph identity (the app, or one user) over the shared transport. Every call returns the status instead
 * of throwing on it: the adapters decide what a 404 or a 412 means. Throttling (429/503/504) has already been
 * retried by graph-client's RetryHandler, honouring Retry-After.
 */
export class GraphHttp {
  constructor(
    private readonly client: Client,
    /** `https://<graph host>/v1.0` */
    readonly root: string,
    readonly counter: RequestCounter,
    private readonly networkAttempts: number,
  ) {}

  absolute(url: string): string {
    return url.startsWith('https://') ? url : `${this.root}${url.startsWith('/') ? '' : '/'}${url}`;
  }

  /** The form `$batch` wants: relative to the version root. */
  relative(url: string): string {
    if (!url.startsWith('https://')) return url.startsWith('/') ? url : `/${url}`;
    if (!url.startsWith(`${this.root}/`)) throw new Error(`${url} is not under ${this.root}`);
    return url.slice(this.root.length);
  }

  async call(call: GraphCall): Promise<GraphResult> {
    const repeatable = call.method === 'GET' || call.idempotent === true;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const response = await this.open(call);
        return { status: response.status, headers: response.headers, body: await readBody(response, call) };
      } catch (error) {
        if (!(error instanceof GraphNetworkError) || !repeatable || attempt >= this.networkAttempts) throw error;
        await sleep(backoffMs(attempt));
      }
    }
  }

  /** The response with its body unread, for streaming downloads. The caller must read or cancel the body. */
  async open(call: GraphCall): Promise<Response> {
    let request = this.client.api(this.absolute(call.url)).responseType(ResponseType.RAW);
    if (call.headers) request = request.headers({ ...call.headers });
    const body = toSendable(call.body);
    let response: unknown;
    try {
      response = await send(request, call.method, body);
    } catch (error) {
      throw error instanceof GraphTokenError ? error.original : error;
    }
    if (!(response instanceof Response)) throw new Error('graph-client returned no raw response');
    return response;
  }
}

function send(request: GraphRequest, method: HttpMethod, body: unknown): Promise<unknown> {
  switch (method) {
    case 'GET':
      return request.get();
    case 'POST':
      return request.post(body);
    case 'PATCH':
      return request.patch(body);
    case 'PUT':
      return request.put(body);
    case 'DELETE':
      return request.delete();
  }
}

async function readBody(response: Response, call: GraphCall): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw new GraphNetworkError(`reading the response failed: ${String(error)}`, call.method, call.url, true, error);
  }
  if (text === '') return null;
  if (!(response.headers.get('content-type') ?? '').includes('json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new GraphNetworkError('the response was cut short (invalid JSON)', call.method, call.url, true);
  }
}

/** graph-client copies a Uint8Array's whole underlying buffer; a Buffer view is passed through as it is. */
function toSendable(body: unknown): unknown {
  if (body instanceof Uint8Array && !Buffer.isBuffer(body)) {
    return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  }
  return body;
}

export function backoffMs(attempt: number): number {
  return Math.min(5000, 100 * 2 ** (attempt - 1)) + Math.floor(Math.random() * 50);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
