import type { Faults } from './faults';
import { graphError, json, readJson, type SimRequest, type SimResponse } from './sim-http';

/**
 * JSON batching: at most 20 parts, ids unique, either fully parallel (no dependsOn) or fully sequential (every
 * part after the first depends on an earlier one); a part whose dependency failed gets 424. Parts can be
 * throttled on their own (429/503 with Retry-After inside a 200 batch response), which graph-client's retry
 * handler never sees: the caller must retry them.
 */
export const MAX_BATCH_PARTS = 20;

interface Part {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  readonly dependsOn: readonly string[];
}

export function runBatch(
  request: SimRequest,
  dispatch: (part: SimRequest) => SimResponse,
  faults: Faults,
): SimResponse {
  const parts = parseParts(readJson(request)?.['requests']);
  if (typeof parts === 'string') return graphError(400, 'BadRequest', parts);
  const statuses = new Map<string, number>();
  const responses = [];
  for (const part of parts) {
    const response = runPart(part, request, dispatch, faults, statuses);
    statuses.set(part.id, response.status);
    responses.push({
      id: part.id,
      status: response.status,
      headers: response.headers ?? {},
      ...(response.body === undefined
        ? {}
        : { body: Buffer.isBuffer(response.body) ? response.body.toString('base64') : response.body }),
    });
  }
  return json(200, { responses });
}

function runPart(
  part: Part,
  outer: SimRequest,
  dispatch: (part: SimRequest) => SimResponse,
  faults: Faults,
  statuses: Map<string, number>,
): SimResponse {
  if (part.dependsOn.some((id) => (statuses.get(id) ?? 0) < 200 || (statuses.get(id) ?? 0) >= 300)) {
    return graphError(424, 'FailedDependency', 'A request this one depends on failed');
  }
  const [pathPart = '', queryPart = ''] = part.url.replace(/^\/?/, '/').split(/\?(.*)/s);
  const fault = faults.pick({ method: part.method, path: pathPart, inBatch: true });
  const retryAfter = { 'Retry-After': String(faults.retryAfterSeconds) };
  if (fault === 'throttle') return graphError(429, 'TooManyRequests', 'Too many requests', retryAfter);
  if (fault === 'unavailable') return graphError(503, 'serviceNotAvailable', 'Service unavailable', retryAfter);
  const body =
    part.body === undefined
      ? Buffer.alloc(0)
      : typeof part.body === 'string'
        ? Buffer.from(part.body, 'base64')
        : Buffer.from(JSON.stringify(part.body));
  return dispatch({
    method: part.method,
    path: decodeURIComponent(pathPart),
    query: new URLSearchParams(queryPart),
    headers: { ...outer.headers, ...part.headers, 'content-length': String(body.length) },
    body,
    graphOrigin: outer.graphOrigin,
    fileOrigin: outer.fileOrigin,
    inBatch: true,
  });
}

function parseParts(requests: unknown): Part[] | string {
  if (!Array.isArray(requests) || requests.length === 0) return 'A batch needs a non-empty requests array';
  if (requests.length > MAX_BATCH_PARTS) return `Number of batch requests exceeds the limit of ${MAX_BATCH_PARTS}`;
  const parts: Part[] = [];
  const ids = new Set<string>();
  for (const raw of requests as unknown[]) {
    if (typeof raw !== 'object' || raw === null) return 'Each batch request must be an object';
    const r = raw as Record<string, unknown>;
    const { id, method, url } = r;
    if (typeof id !== 'string' || id === '' || typeof method !== 'string' || typeof url !== 'string') {
      return 'Each batch request needs id, method and url';
    }
    if (/^https?:/i.test(url)) return 'Batch request URLs must be relative to the version root';
    if (ids.has(id.toLowerCase())) return `Duplicate batch request id ${id}`;
    const dependsOn = Array.isArray(r['dependsOn']) ? r['dependsOn'].filter((d) => typeof d === 'string') : [];
    if (dependsOn.some((d) => !ids.has(d.toLowerCase()))) return `Request ${id} depends on an unknown or later id`;
    const headers: Record<string, string> = {};
    if (typeof r['headers'] === 'object' && r['headers'] !== null) {
      for (const [name, value] of Object.entries(r['headers']))
        if (typeof value === 'string') headers[name.toLowerCase()] = value;
    }
    if (r['body'] !== undefined && !headers['content-type'])
      return `Request ${id} has a body but no Content-Type header`;
    ids.add(id.toLowerCase());
    parts.push({ id, method: method.toUpperCase(), url, headers, body: r['body'], dependsOn });
  }
  const sequential = parts.slice(1).every((p) => p.dependsOn.length > 0);
  const parallel = parts.every((p) => p.dependsOn.length === 0);
  if (!sequential && !parallel) return 'Batch should be either fully sequential or fully parallel';
  return parts;
}
