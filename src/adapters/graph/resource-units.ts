/**
 * What SharePoint Online charges an app for a Microsoft Graph request, in resource units (RU). SharePoint throttles
 * each app per tenant by RU per minute and per day, and charges every part of a `$batch` on its own, so budgets are
 * kept in RU and parts rather than HTTP requests. Costs as published by Microsoft in "Avoid getting throttled or
 * blocked in SharePoint Online" (Microsoft Learn): 1 RU for a single-item read, a delta with a token or a file
 * download; 2 RU for a multi-item query (a delta without a token), a create, update, delete or upload; 5 RU for
 * anything touching permissions (`$expand=permissions` included). See docs/sharepoint-capacity.md.
 */

/** Graph paths that answer with a collection: a GET on one is a multi-item query. */
const COLLECTIONS = new Set(['items', 'children', 'lists', 'columns', 'drives', 'versions', 'contentTypes', 'sites']);

/** The RU SharePoint charges for one request (or one `$batch` part); 0 for what is not SharePoint's. */
export function resourceUnitsOf(method: string, url: string): number {
  const verb = method.toUpperCase();
  if (isUploadUrl(url)) return verb === 'PUT' ? 2 : 0;
  const { path, query } = graphPathOf(url);
  if (path === undefined || !isSharePointPath(path)) return 0;
  if (/(^|\/)permissions(\/|$)/.test(path) || /\$expand=[^&]*permissions/i.test(decodeURIComponent(query))) return 5;
  if (verb !== 'GET') return 2;
  const last = path.split('/').filter(Boolean).at(-1) ?? '';
  if (/^delta(\(|$)/.test(last)) return /(^|&)(token|\$deltatoken|\$skiptoken)=/i.test(query) ? 1 : 2;
  return COLLECTIONS.has(last) ? 2 : 1;
}

/** The `method url` of each part of a `$batch` body (JSON text or bytes); none when it is not one. */
export function batchPartsOf(body: string | Uint8Array | undefined): { method: string; url: string }[] {
  if (body === undefined) return [];
  try {
    const text = typeof body === 'string' ? body : Buffer.from(body).toString('utf8');
    const parsed = JSON.parse(text) as { requests?: unknown };
    if (!Array.isArray(parsed.requests)) return [];
    return parsed.requests.flatMap((r: unknown) => {
      const part = r as { method?: unknown; url?: unknown };
      return typeof part.method === 'string' && typeof part.url === 'string'
        ? [{ method: part.method, url: part.url }]
        : [];
    });
  } catch {
    return [];
  }
}

export function isBatchUrl(url: string): boolean {
  return graphPathOf(url).path === '/$batch';
}

/** Sites, lists, items and drives are SharePoint's; invitations, chats, calendars and tokens are not. */
function isSharePointPath(path: string): boolean {
  return /^\/(sites|drives|shares)(\/|$)/.test(path);
}

/** Upload session URLs sit on the SharePoint host, outside the Graph version root. */
function isUploadUrl(url: string): boolean {
  if (!/^https:\/\//.test(url)) return false;
  const { pathname } = new URL(url);
  return !/^\/(v1\.0|beta)\//.test(pathname) && !/oauth2|\.well-known|discovery/.test(pathname);
}

/** The path under the version root and the query of an absolute Graph URL or a `$batch` part's relative URL. */
function graphPathOf(url: string): { path: string | undefined; query: string } {
  if (/^https:\/\//.test(url)) {
    const parsed = new URL(url);
    const match = /^\/(?:v1\.0|beta)(\/.*)$/.exec(parsed.pathname);
    return { path: match?.[1] ? decodeURIComponent(match[1]) : undefined, query: parsed.search.replace(/^\?/, '') };
  }
  const [path = '', query = ''] = url.replace(/^\/?/, '/').split(/\?(.*)/s);
  return { path: decodeURIComponent(path), query };
}
