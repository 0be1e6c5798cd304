import type { Problem } from '../../../src/api/contracts';

/** The API answered with a problem (RFC 9457): its `detail` is written for people, `field` names the input. */
export class ApiProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiProblemError';
  }
  get status(): number {
    return this.problem.status;
  }
  get code(): string {
    return this.problem.code;
  }
}

/** The API could not be reached, took too long, or said it is temporarily unavailable. Worth retrying. */
export class ApiUnavailableError extends Error {
  constructor(
    readonly reason: 'offline' | 'timeout' | 'server',
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ApiUnavailableError';
  }
}

/** Teams (or the API, for on-behalf-of calls) needs the user to consent before it can give a token. */
export class ConsentRequiredError extends Error {
  constructor(message = 'This app needs your permission before it can sign you in.') {
    super(message);
    this.name = 'ConsentRequiredError';
  }
}

/** The session ended and could not be renewed silently (standalone: pick who to sign in as again). */
export class SessionExpiredError extends Error {
  constructor(message = 'Your session has ended. Sign in again to carry on; your unsaved changes are kept.') {
    super(message);
    this.name = 'SessionExpiredError';
  }
}

export function isProblem(error: unknown, status?: number, code?: string): error is ApiProblemError {
  return (
    error instanceof ApiProblemError &&
    (status === undefined || error.status === status) &&
    (code === undefined || error.code === code)
  );
}

/** One sentence for a person, whatever went wrong. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiProblemError) return error.problem.detail || error.problem.title;
  if (error instanceof ApiUnavailableError) return error.message;
  if (error instanceof ConsentRequiredError || error instanceof SessionExpiredError) return error.message;
  return 'Something went wrong on our side. Try again; if it keeps happening, tell the network team.';
}

/**
 * Field-level messages from a problem: `errors[]` entries by field, and the problem's own `field` with its
 * detail when no entry names it. Keys are the API's field paths (e.g. `naReason`, `windows.peer_review.end`).
 */
export function fieldMessages(error: unknown): Record<string, string> {
  if (!(error instanceof ApiProblemError)) return {};
  const out: Record<string, string> = {};
  for (const entry of error.problem.errors ?? []) {
    if (entry.field && out[entry.field] === undefined) out[entry.field] = entry.message;
  }
  const field = error.problem.field;
  if (typeof field === 'string' && out[field] === undefined) out[field] = error.problem.detail;
  return out;
}
