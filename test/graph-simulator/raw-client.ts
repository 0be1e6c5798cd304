import https from 'node:https';
import type { GraphSimulator } from './server';

export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
  json(): Record<string, unknown>;
}

/**
 * Plain https requests to the simulator (its own tests check Graph's rules without the app's client in
 * between). Sends a bearer token unless `token` is null; `host` picks 127.0.0.1 (Graph) or localhost (files).
 */
export function raw(
  sim: GraphSimulator,
  method: string,
  pathOrUrl: string,
  options: { body?: unknown; headers?: Record<string, string>; token?: string | null } = {},
): Promise<RawResponse> {
  const url = new URL(pathOrUrl.startsWith('https://') ? pathOrUrl : `${sim.origin}${pathOrUrl}`);
  const body =
    options.body === undefined
      ? undefined
      : Buffer.isBuffer(options.body)
        ? options.body
        : Buffer.from(JSON.stringify(options.body));
  const headers: Record<string, string> = {
    ...(options.token === null ? {} : { Authorization: `Bearer ${options.token ?? 'test-token'}` }),
    ...(body && !Buffer.isBuffer(options.body) ? { 'Content-Type': 'application/json' } : {}),
    ...(body ? { 'Content-Length': String(body.length) } : {}),
    ...options.headers,
  };
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method, headers, ca: sim.ca, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const buffer = Buffer.concat(chunks);
        const flat: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') flat[k] = v;
        resolve({
          status: res.statusCode ?? 0,
          headers: flat,
          body: buffer,
          json: () => JSON.parse(buffer.toString('utf8')) as Record<string, unknown>,
        });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
