import { GraphClientError } from '@microsoft/microsoft-graph-client';

/*
 * graph-client wraps every error thrown inside its middleware into a GraphError, losing the original, except
 * GraphClientError instances, which it rethrows untouched. Our errors extend it for that reason only; the
 * prototype fix is needed because GraphClientError's constructor resets the prototype to its own.
 */

/** The connection failed or was cut before a full response arrived. */
export class GraphNetworkError extends GraphClientError {
  constructor(
    message: string,
    readonly method: string,
    readonly url: string,
    /** True when the whole request had been sent: the server may have applied it. */
    readonly requestSent: boolean,
    readonly causeError?: unknown,
  ) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'GraphNetworkError';
  }
}

/**
 * A token source failed (for a user: typically consent is missing). graph-client would flatten the error into
 * a GraphError; this carries the original out, and GraphHttp rethrows it as it was.
 */
export class GraphTokenError extends GraphClientError {
  constructor(readonly original: unknown) {
    super(original instanceof Error ? original.message : String(original));
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'GraphTokenError';
  }
}

/** Entra ID refused to issue a token (bad secret, wrong tenant, no managed identity...). */
export class GraphAuthError extends GraphClientError {
  constructor(
    message: string,
    readonly causeError?: unknown,
  ) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'GraphAuthError';
  }
}

/** A Graph response with a status the caller did not expect. */
export class GraphResponseError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly method: string,
    readonly url: string,
  ) {
    super(`Graph ${method} ${shortUrl(url)} failed: ${status} ${code}: ${detail}`);
    this.name = 'GraphResponseError';
  }
}

/** Reads `{ error: { code, message } }`, the shape of every Graph error body. */
export function graphErrorOf(body: unknown): { code: string; message: string } {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error: unknown = body.error;
    if (typeof error === 'object' && error !== null) {
      const code = 'code' in error && typeof error.code === 'string' ? error.code : 'unknown';
      const message = 'message' in error && typeof error.message === 'string' ? error.message : '';
      return { code, message };
    }
  }
  return { code: 'unknown', message: typeof body === 'string' ? body.slice(0, 300) : '' };
}

export function isTransientStatus(status: number): boolean {
  return status === 429 || status === 503 || status === 504;
}

/** Retry-After in milliseconds (seconds or an HTTP date), or undefined when absent or unreadable. */
export function retryAfterMs(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function shortUrl(url: string): string {
  const withoutQuery = url.split('?')[0] ?? url;
  return withoutQuery.length > 160 ? `${withoutQuery.slice(0, 157)}...` : withoutQuery;
}
