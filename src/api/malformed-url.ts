import type { Request, Response, Next } from 'restify';
import { problem } from './problem';
import { sendProblem } from './route';

/** True when every `%` in the path starts a valid escape and the escapes spell UTF-8. */
function decodesCleanly(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses a path with a broken `%` escape before routing: the router would otherwise find no route for it and
 * answer 404, which sends the caller looking for the wrong mistake.
 */
export function refuseMalformedUrl(req: Request, res: Response, next: Next): void {
  const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
  if (decodesCleanly(rawPath)) return next();
  sendProblem(
    res,
    problem(
      400,
      'malformed_url',
      'The address has a broken % escape. Encode each part of the address (encodeURIComponent) and try again.',
    ),
  );
  return next(false);
}
