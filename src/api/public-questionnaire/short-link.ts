/**
 * The public short link of a questionnaire run, `/q/<token>`: printed on posters and leaflets and put in QR codes,
 * so it is short. Named here once: the route, the links the API gives out and the device cookie's path use it.
 */
export const SHORT_LINK_ROUTE = '/q/:token';

export function shortLinkPath(token: string): string {
  return `/q/${encodeURIComponent(token)}`;
}

/** The absolute short link, on the app's public address (PUBLIC_URL, without a trailing slash). */
export function shortLink(publicUrl: string, token: string): string {
  return `${publicUrl}${shortLinkPath(token)}`;
}
