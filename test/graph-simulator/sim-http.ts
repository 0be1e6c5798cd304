/** The simulator's request and response, independent of node:http so `$batch` can replay parts through them. */
export interface SimRequest {
  readonly method: string;
  /** Decoded path after the version segment for Graph calls (`/sites/...`), or the raw path for other routes. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
  /** `https://127.0.0.1:<port>`: nextLinks are built from it. */
  readonly graphOrigin: string;
  /** `https://localhost:<port>`: pre-authenticated upload and download URLs use it. */
  readonly fileOrigin: string;
  readonly inBatch: boolean;
}

export interface SimResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** An object or array is sent as JSON; a Buffer as bytes; undefined as an empty body. */
  readonly body?: unknown;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): SimResponse {
  return { status, body, headers: { 'content-type': 'application/json', ...headers } };
}

/** The `{ error: { code, message } }` shape of every Graph error. */
export function graphError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): SimResponse {
  return json(
    status,
    { error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': randomId() } } },
    headers,
  );
}

export function notFound(what: string): SimResponse {
  return graphError(404, 'itemNotFound', `${what} was not found`);
}

export function readJson(request: SimRequest): Record<string, unknown> | undefined {
  if (request.body.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(request.body.toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

export function badJson(): SimResponse {
  return graphError(400, 'invalidRequest', 'Invalid request body: expected a JSON object');
}

export function randomId(): string {
  return crypto.randomUUID();
}

/** `"` + guid + `,` + version + `"`, the shape SharePoint gives list items. */
export function etagOf(guid: string, version: number): string {
  return `"${guid},${version}"`;
}

/** Compares an If-Match value with a current eTag, ignoring weak markers and quotes as Graph does. */
export function etagMatches(ifMatch: string | undefined, current: string): boolean {
  if (ifMatch === undefined || ifMatch === '*') return true;
  const norm = (s: string): string => s.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  return norm(ifMatch) === norm(current);
}
