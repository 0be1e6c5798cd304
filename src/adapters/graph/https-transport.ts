import https from 'node:https';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { GraphNetworkError } from './graph-errors';
import type { RequestCounter } from './request-counter';

/*
 * The last link of the graph-client middleware chain, in place of its HTTPMessageHandler (global fetch).
 * Sending through node:https lets one keep-alive agent serve Graph, upload URLs and the token service, lets
 * the tests trust the simulator's certificate through the same code path production uses, and gives one
 * place to count requests and to tell a dropped connection from an HTTP error.
 */

export interface HttpsTransportOptions {
  readonly agent: https.Agent;
  readonly userAgent: string;
  readonly timeoutMs: number;
  readonly counter?: RequestCounter;
}

export interface HttpsRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body?: string | Uint8Array;
}

const NULL_BODY_STATUSES = new Set([204, 205, 304]);

export function sendHttps(request: HttpsRequest, options: HttpsTransportOptions): Promise<Response> {
  const { method, url } = request;
  const target = new URL(url);
  if (target.protocol !== 'https:') {
    return Promise.reject(new GraphNetworkError(`Refusing to send ${method} to a non-https URL`, method, url, false));
  }
  const headers: Record<string, string> = { 'User-Agent': options.userAgent, ...request.headers };
  const body = typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : request.body;
  if (body !== undefined) headers['Content-Length'] = String(body.byteLength);
  options.counter?.record(method, url, request.body);

  return new Promise<Response>((resolve, reject) => {
    let sent = false;
    const req = https.request(target, { method, headers, agent: options.agent }, (res) => {
      toResponse(res, method, url).then(resolve, reject);
    });
    req.setTimeout(options.timeoutMs, () => req.destroy(new Error(`no response within ${options.timeoutMs} ms`)));
    req.on('finish', () => {
      sent = true;
    });
    req.on('error', (error) => {
      reject(new GraphNetworkError(`${method} ${target.host}: ${error.message}`, method, url, sent, error));
    });
    req.end(body);
  });
}

async function toResponse(res: IncomingMessage, method: string, url: string): Promise<Response> {
  const status = res.statusCode ?? 500;
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  let body: ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer> | null;
  if (method === 'HEAD' || NULL_BODY_STATUSES.has(status) || (status >= 300 && status < 400)) {
    // Redirect bodies are never read (the redirect handler follows Location): drain them to free the socket.
    res.resume();
    body = null;
  } else if (status < 200 || status >= 300) {
    // Retry and redirect handlers drop error responses unread; buffering them frees the keep-alive socket.
    body = new Uint8Array(await readAll(res, method, url));
  } else {
    res.on('aborted', () => res.destroy(new GraphNetworkError('connection cut mid-response', method, url, true)));
    body = Readable.toWeb(res) as unknown as ReadableStream<Uint8Array>;
  }
  const response = new Response(body, { status, statusText: res.statusMessage ?? '', headers });
  // RedirectHandler compares the request's and the Location's hosts through response.url.
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

function readAll(res: IncomingMessage, method: string, url: string): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => resolve(Buffer.concat(chunks)));
    res.on('aborted', () => reject(new GraphNetworkError('connection cut mid-response', method, url, true)));
    res.on('error', (error) => reject(new GraphNetworkError(error.message, method, url, true, error)));
  });
}

/** graph-client middleware that sends the request over node:https; it ends the chain. */
export class HttpsTransportHandler implements Middleware {
  constructor(private readonly options: HttpsTransportOptions) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const init = context.options ?? {};
    context.response = await sendHttps(
      { method: init.method ?? 'GET', url, headers: headerRecord(init.headers), body: bodyOf(init.body) },
      this.options,
    );
  }
}

function headerRecord(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers instanceof Headers) {
    headers.forEach((value, name) => {
      out[name] = value;
    });
  } else if (Array.isArray(headers)) {
    for (const pair of headers as unknown[]) {
      if (Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string') out[pair[0]] = pair[1];
    }
  } else if (typeof headers === 'object' && headers !== null) {
    for (const [name, value] of Object.entries(headers)) if (typeof value === 'string') out[name] = value;
  }
  return out;
}

function bodyOf(body: unknown): string | Uint8Array | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  throw new TypeError('Graph request bodies must be a string or bytes');
}
