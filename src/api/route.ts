import { Readable } from 'node:stream';
import type { Request, Response, Next, Server } from 'restify';
import type { z } from 'zod';
import type { Principal } from '../services/access-policy';
import type { Ports } from '../services/context';
import { attachmentDisposition } from './attachment-disposition';
import { documentRoute } from './documented-routes';
import { HttpProblem, problem, toProblem, validationProblem } from './problem';
import type { RateLimiter } from './rate-limiter';

/** Everything a route handler gets: the signed-in principal and its validated input. */
export interface RouteContext<P, Q, B> {
  readonly ports: Ports;
  readonly principal: Principal;
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  /** The caller's bearer token, for on-behalf-of calls. */
  readonly token: string;
  readonly req: Request;
}

export type RouteResult =
  /** `headers` e.g. the Location of a job's progress, with a 202. */
  | { readonly status?: number; readonly json: unknown; readonly headers?: Readonly<Record<string, string>> }
  | { readonly status?: number; readonly file: { contentType: string; fileName: string; body: string | Buffer } }
  | { readonly status: 204 }
  | { readonly status?: number; readonly html: string; readonly headers?: Readonly<Record<string, string>> }
  /** Shown by the browser rather than saved as a file (a page's stylesheet). */
  | {
      readonly inline: { readonly contentType: string; readonly body: string | Buffer };
      readonly headers?: Readonly<Record<string, string>>;
    }
  | {
      readonly stream: AsyncIterable<Uint8Array>;
      readonly contentType: string;
      readonly fileName: string;
      readonly sizeBytes: number;
    };

export interface Authenticator {
  /** Validates the Authorization header and returns the principal, or throws an auth/unknown-person error. */
  authenticate(req: Request): Promise<{ principal: Principal; token: string }>;
}

export interface RouteDeps {
  readonly ports: Ports;
  readonly authenticator: Authenticator;
  /** Per signed-in person. */
  readonly rateLimiter: RateLimiter;
  /** Per client address, for routes that need no sign-in: nobody to count them against but where they come from. */
  readonly publicRateLimiter: RateLimiter;
  readonly clientAddress: (req: Request) => string;
  readonly onError: (req: Request, error: unknown, status: number) => void;
}

export function sendProblem(res: Response, p: ReturnType<typeof toProblem>): void {
  res.status(p.status);
  res.setHeader('Content-Type', 'application/problem+json');
  res.end(JSON.stringify(p));
}

function parseJsonBody(req: Request): unknown {
  const raw: unknown = req.body;
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (Buffer.isBuffer(raw) || typeof raw === 'string') {
    const type = req.contentType();
    if (!/json/i.test(type)) {
      throw new HttpProblem(
        problem(415, 'unsupported_media_type', `Send JSON with Content-Type: application/json (got "${type}").`),
      );
    }
    try {
      return JSON.parse(raw.toString()) as unknown;
    } catch (error) {
      throw new HttpProblem(
        problem(
          400,
          'malformed_json',
          `The request body is not valid JSON: ${(error as Error).message}. Fix the JSON and send it again.`,
        ),
      );
    }
  }
  return raw;
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (!result.success) {
    const p = validationProblem(result.error);
    throw new HttpProblem({
      ...p,
      detail: `${where === 'body' ? 'The request body' : `The ${where}`} is not valid: ${p.detail.replace(/^The request is not valid: /, '')}`,
    });
  }
  return result.data;
}

export interface RouteSpec<P, Q, B> {
  readonly method: 'get' | 'post' | 'put' | 'del' | 'patch';
  readonly path: string;
  /** One line for the OpenAPI document (GET /api/v1/openapi.json): what the route does, for whom. */
  readonly summary: string;
  readonly params?: z.ZodType<P>;
  readonly query?: z.ZodType<Q>;
  readonly body?: z.ZodType<B>;
  readonly handler: (ctx: RouteContext<P, Q, B>) => Promise<RouteResult>;
}

/** What a route that needs no sign-in gets: its validated input only. */
export type PublicRouteContext<P, Q, B> = Omit<RouteContext<P, Q, B>, 'principal' | 'token'>;

export interface PublicRouteSpec<P, Q, B> extends Omit<RouteSpec<P, Q, B>, 'handler'> {
  readonly handler: (ctx: PublicRouteContext<P, Q, B>) => Promise<RouteResult>;
}

/** One request's life, for every route: (sign-in ->) zod-validated input -> service -> JSON, file or problem. */
function register<P, Q, B>(
  server: Server,
  deps: RouteDeps,
  spec: Omit<RouteSpec<P, Q, B>, 'handler'>,
  signIn: boolean,
  /** `parse` validates the input; an authenticated route calls it only after sign-in succeeded. */
  run: (req: Request, res: Response, parse: () => { params: P; query: Q; body: B }) => Promise<RouteResult>,
): void {
  documentRoute(server, { ...spec, signIn });
  server[spec.method](spec.path, (req: Request, res: Response, next: Next) => {
    void (async () => {
      try {
        const parse = () => ({
          params: spec.params ? parseWith(spec.params, req.params, 'path') : ({} as P),
          query: spec.query ? parseWith(spec.query, req.query, 'query string') : ({} as Q),
          body: spec.body ? parseWith(spec.body, parseJsonBody(req), 'body') : (undefined as B),
        });
        const result = await run(req, res, parse);
        if ('stream' in result) await sendStream(res, result);
        else send(res, result);
      } catch (error) {
        const p = toProblem(error);
        deps.onError(req, error, p.status);
        sendProblem(res, p);
      }
      next();
    })();
  });
}

/** `wait` is what RateLimiter.take answered: 0 lets the request through, else a 429 says how long to wait. */
function refuseWhenOverLimit(res: Response, wait: number): void {
  if (wait === 0) return;
  res.setHeader('Retry-After', String(wait));
  throw new HttpProblem(
    problem(429, 'rate_limited', `Too many requests from you in a short time. Wait ${wait} s and try again.`),
  );
}

/** Registers an authenticated route: token -> principal -> zod-validated input -> service -> JSON or problem. */
export function addRoute<P = Record<string, never>, Q = Record<string, never>, B = undefined>(
  server: Server,
  deps: RouteDeps,
  spec: RouteSpec<P, Q, B>,
): void {
  register<P, Q, B>(server, deps, spec, true, async (req, res, parse) => {
    const { principal, token } = await deps.authenticator.authenticate(req);
    refuseWhenOverLimit(res, deps.rateLimiter.take(principal.person.id));
    (req as Request & { personId?: string }).personId = principal.person.id;
    const { params, query, body } = parse();
    return spec.handler({ ports: deps.ports, principal, params, query, body, token, req });
  });
}

/** Registers a route that needs no sign-in (local sign-in, the public summary), with the same input checks. */
export function addPublicRoute<P = Record<string, never>, Q = Record<string, never>, B = undefined>(
  server: Server,
  deps: RouteDeps,
  spec: PublicRouteSpec<P, Q, B>,
): void {
  register<P, Q, B>(server, deps, spec, false, async (req, res, parse) => {
    refuseWhenOverLimit(res, deps.publicRateLimiter.take(deps.clientAddress(req)));
    return spec.handler({ ports: deps.ports, ...parse(), req });
  });
}

/** Streams a file to the response; resolves when it is fully sent (or the client went away). */
export function sendStream(res: Response, result: Extract<RouteResult, { stream: unknown }>): Promise<void> {
  res.status(200);
  res.setHeader('Content-Type', result.contentType);
  res.setHeader('Content-Length', String(result.sizeBytes));
  res.setHeader('Content-Disposition', attachmentDisposition(result.fileName));
  return new Promise((resolve) => {
    const source = Readable.from(result.stream);
    source.on('error', () => res.destroy());
    res.on('close', () => resolve());
    source.pipe(res);
  });
}

export function send(res: Response, result: Exclude<RouteResult, { stream: unknown }>): void {
  if ('html' in result) {
    res.status(result.status ?? 200);
    for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(result.html);
    return;
  }
  if ('inline' in result) {
    res.status(200);
    for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
    res.setHeader('Content-Type', result.inline.contentType);
    res.end(result.inline.body);
    return;
  }
  if ('file' in result) {
    res.status(result.status ?? 200);
    res.setHeader('Content-Type', result.file.contentType);
    res.setHeader('Content-Disposition', attachmentDisposition(result.file.fileName));
    res.end(result.file.body);
    return;
  }
  if (!('json' in result)) {
    res.status(204);
    res.end();
    return;
  }
  res.status(result.status ?? 200);
  for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(result.json));
}
