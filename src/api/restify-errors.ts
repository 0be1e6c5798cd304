import type { Request, Response } from 'restify';
import { problem, type Problem } from './problem';

/** Long enough to recognise the path, short enough that an over-long one does not fill the answer. */
const SHOWN_PATH_CHARS = 120;

function shownPath(req: Request): string {
  const full = req.path();
  return full.length > SHOWN_PATH_CHARS ? `${full.slice(0, SHOWN_PATH_CHARS)}…` : full;
}

function mebibytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
}

/** The problem for an error restify raised itself, before or instead of a route: no route, wrong method, too big. */
export function restifyErrorProblem(
  req: Request,
  res: Response,
  err: Error & { statusCode?: number },
  maxBodyBytes: number,
): Problem {
  const status = err.statusCode ?? 500;
  if (status === 404) {
    return problem(404, 'not_found', `There is no ${req.method} ${shownPath(req)} route. See the README for the API.`);
  }
  if (status === 405) {
    const allowed = String(res.getHeader('Allow') ?? '');
    return problem(
      405,
      'method_not_allowed',
      `${req.method} is not allowed on ${shownPath(req)}${allowed ? `; use ${allowed.split(', ').join(' or ')}` : ''}.`,
    );
  }
  if (status === 413) {
    return problem(
      413,
      'too_large',
      `The request body is larger than ${mebibytes(maxBodyBytes)}. Send less at once; upload evidence files to POST /api/v1/assessments/{id}/evidence, which takes larger files.`,
    );
  }
  if (status >= 500) {
    return problem(
      status,
      'internal_error',
      'Something went wrong on our side. Try again; if it keeps happening, tell the network team.',
    );
  }
  return problem(status, 'http_error', err.message);
}

/** Restify formatter for problem bodies: the error's toJSON gives the problem set in the restifyError handler. */
export function formatProblem(_req: Request, res: Response, body: unknown): string {
  const json = JSON.stringify(body instanceof Error ? body : (body ?? null));
  res.setHeader('Content-Length', Buffer.byteLength(json));
  return json;
}
