import type { Problem } from '../../../src/api/contracts';
import { RENEWABLE_SIGN_IN_CODES } from '../../../src/domain/problem-codes';
import { ConnectionStatus } from './connection-status';
import { ApiProblemError, ApiUnavailableError, ConsentRequiredError, SessionExpiredError } from './errors';

/** Where bearer tokens come from: Teams SSO, or the local "sign in as" session. */
export interface TokenProvider {
  /** `refresh` asks for a new token because the last one was refused (expired session). */
  getToken(options: { refresh: boolean }): Promise<string>;
}

export interface HttpClientOptions {
  readonly tokens: TokenProvider;
  readonly baseUrl?: string;
  readonly fetch?: typeof fetch;
  /** Give up on a request after this long (the edit stays on the device and is retried). */
  readonly timeoutMs?: number;
  /** Tell the user the service is slow after this long. */
  readonly slowAfterMs?: number;
  readonly status?: ConnectionStatus;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);
let nextRequestId = 1;

/**
 * The one way the tab talks to /api/v1: a token on every call, one silent retry with a fresh token when the
 * session expired, problems turned into typed errors, and a connection status for the banner.
 */
export class HttpClient {
  readonly status: ConnectionStatus;
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly slowAfterMs: number;

  constructor(private readonly options: HttpClientOptions) {
    this.baseUrl = options.baseUrl ?? '/api/v1';
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.slowAfterMs = options.slowAfterMs ?? 3_000;
    this.status = options.status ?? new ConnectionStatus();
  }

  get<T>(path: string, query?: Record<string, string | undefined>): Promise<T> {
    return this.request<T>('GET', withQuery(path, query));
  }
  post<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }
  put<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PUT', path, body);
  }
  delete(path: string, query?: Record<string, string | undefined>): Promise<void> {
    return this.request<void>('DELETE', withQuery(path, query));
  }

  async request<T>(method: HttpMethod, path: string, body?: unknown): Promise<T> {
    let response = await this.send(method, path, body, false);
    if (response.status === 401) response = await this.send(method, path, body, true);
    if (response.ok) return (await readBody(response)) as T;
    const problem = await readProblem(response);
    if (response.status === 401) throw signInRefused(problem);
    if (UNAVAILABLE_STATUSES.has(response.status)) {
      throw new ApiUnavailableError('server', problem.detail || 'The network service is temporarily unavailable.');
    }
    if (response.status === 403 && problem['consentRequired'] === true) throw new ConsentRequiredError(problem.detail);
    throw new ApiProblemError(problem);
  }

  /** Uploads a file (the body is the file itself), reporting progress from 0 to 1. */
  async upload<T>(path: string, file: Blob, onProgress: (fraction: number) => void): Promise<T> {
    // Uploads are rare beside reads: their code is fetched when the first one starts, not before the first page.
    const { parseProblem, xhrUpload } = await import('./xhr-upload');
    const attempt = async (refresh: boolean) =>
      xhrUpload(this.baseUrl + path, await this.options.tokens.getToken({ refresh }), file, onProgress, 10 * 60_000);
    let result = await attempt(false);
    if (result.status === 401) result = await attempt(true);
    if (result.status === 401) throw signInRefused(parseProblem(result.status, result.body));
    if (result.status === 0 || UNAVAILABLE_STATUSES.has(result.status)) {
      throw new ApiUnavailableError(
        'offline',
        'The upload did not reach the network service. Try again when it is back.',
      );
    }
    if (result.status >= 200 && result.status < 300) return JSON.parse(result.body) as T;
    throw new ApiProblemError(parseProblem(result.status, result.body));
  }

  /** Downloads a file through the API (evidence is never linked directly, so any reviewer can read it). */
  async download(path: string): Promise<Blob> {
    const response = await this.send('GET', path, undefined, false).then((r) =>
      r.status === 401 ? this.send('GET', path, undefined, true) : r,
    );
    if (response.ok) return response.blob();
    const problem = await readProblem(response);
    if (response.status === 401) throw signInRefused(problem);
    throw new ApiProblemError(problem);
  }

  private async send(method: HttpMethod, path: string, body: unknown, refresh: boolean): Promise<Response> {
    const token = await this.options.tokens.getToken({ refresh });
    const id = nextRequestId++;
    const controller = new AbortController();
    const slowTimer = setTimeout(() => this.status.markSlow(id), this.slowAfterMs);
    const timeout = setTimeout(() => controller.abort(), this.timeoutMs);
    const doFetch = this.options.fetch ?? globalThis.fetch.bind(globalThis);
    try {
      const response = await doFetch(this.baseUrl + path, {
        method,
        headers: {
          Accept: 'application/json',
          Authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: controller.signal,
      });
      this.status.settle(id, !UNAVAILABLE_STATUSES.has(response.status));
      return response;
    } catch (error) {
      this.status.settle(id, false);
      if (controller.signal.aborted) {
        throw new ApiUnavailableError('timeout', 'The network service is taking too long to answer.');
      }
      throw new ApiUnavailableError('offline', 'The network service cannot be reached.', { cause: error });
    } finally {
      clearTimeout(slowTimer);
      clearTimeout(timeout);
    }
  }
}

/**
 * A sign-in refused even with a fresh token. When a new sign-in can cure it, the session has ended; otherwise
 * (an organisation not yet a member, a token for another app) the API's own explanation is what the person needs.
 */
function signInRefused(problem: Problem): Error {
  const renewable = problem.code === 'http_error' || RENEWABLE_SIGN_IN_CODES.some((code) => code === problem.code);
  return renewable ? new SessionExpiredError() : new ApiProblemError(problem);
}

export function withQuery(path: string, query?: Record<string, string | undefined>): string {
  const entries = Object.entries(query ?? {}).filter((e): e is [string, string] => e[1] !== undefined);
  if (entries.length === 0) return path;
  return `${path}?${new URLSearchParams(entries).toString()}`;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  return JSON.parse(text) as unknown;
}

async function readProblem(response: Response): Promise<Problem> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await response.text());
  } catch {
    parsed = undefined;
  }
  if (parsed && typeof parsed === 'object' && 'status' in parsed && 'detail' in parsed) return parsed as Problem;
  return {
    type: 'about:blank',
    title: response.statusText || 'Error',
    status: response.status,
    detail: `The network service answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
    code: 'http_error',
  };
}
