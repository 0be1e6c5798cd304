import type { Request } from 'restify';

/**
 * A device that has answered a run is remembered by a cookie on the device alone: its value says only "answered",
 * so it identifies nobody, and the server keeps nothing about the device. It is sent back only to the run's own
 * short link (Path), never read by scripts (HttpOnly), sent when a person follows a link to the page but not with
 * other sites' requests (SameSite=Lax), only over https when the app is served over https (Secure), and it lapses
 * when the run closes. Clearing it or using another browser lets a device answer again: it keeps honest people
 * from answering twice by mistake; the per-address limit is what holds back scripts.
 */
const COOKIE_NAME = 'qin_answered';
const COOKIE_VALUE = '1';

export function deviceHasAnswered(req: Request): boolean {
  const header = req.headers.cookie ?? '';
  return header
    .split(';')
    .map((pair) => pair.trim())
    .some((pair) => pair === `${COOKIE_NAME}=${COOKIE_VALUE}`);
}

/** The Set-Cookie header remembering that this device answered the run whose short link has path `path`. */
export function answeredCookie(options: {
  readonly path: string;
  readonly until: string;
  readonly secure: boolean;
}): string {
  return [
    `${COOKIE_NAME}=${COOKIE_VALUE}`,
    `Path=${options.path}`,
    `Expires=${new Date(options.until).toUTCString()}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}
