import { json, randomId, type SimRequest, type SimResponse } from './sim-http';
import type { SimList, SimState } from './state';
import type { SimTokenService } from './token-endpoint';

/*
 * SharePoint's own REST API on a site's host (`https://<tenant>.sharepoint.com/sites/<site>/_api/...`), as much of it
 * as provisioning uses: a list's views. As strict as SharePoint: a token for that host (not Graph's) got with a
 * certificate or a managed identity (a client secret's is "Unsupported app only token"), the site's grant, the
 * verbose JSON its documentation gives for creating a view, and no property or column it does not know.
 */

export interface SimView {
  readonly id: string;
  title: string;
  query: string;
  fields: string[];
  rowLimit: number;
  readonly personal: boolean;
}

const views = new WeakMap<SimList, SimView[]>();

/** The views of a list (made through the REST API). */
export function viewsOf(list: SimList): SimView[] {
  let found = views.get(list);
  if (!found) {
    found = [];
    views.set(list, found);
  }
  return found;
}

const RANK = { none: 0, read: 1, write: 2, manage: 3 } as const;

/** SharePoint's JSON error shape (odata=nometadata). */
function spError(status: number, code: string, message: string): SimResponse {
  return json(status, { 'odata.error': { code, message: { lang: 'en-US', value: message } } });
}

const CREATION_PROPERTIES = new Set([
  '__metadata',
  'Title',
  'ViewFields',
  'Query',
  'RowLimit',
  'Paged',
  'PersonalView',
  'SetAsDefaultView',
  'ViewTypeKind',
]);
const VIEW_PROPERTIES = new Set(['__metadata', 'Title', 'ViewQuery', 'RowLimit', 'Paged']);

export function routeSharePointRest(request: SimRequest, state: SimState, tokens: SimTokenService): SimResponse {
  const host = (request.headers['host'] ?? '').replace(/:\d+$/, '').toLowerCase();
  const path = decodeURIComponent(request.path);
  const match = /^(\/sites\/[^/]+)\/_api\/web\/lists\/getbytitle\('((?:[^']|'')*)'\)\/views(.*)$/i.exec(path);
  const site = match ? state.siteByPath(host, match[1] ?? '') : undefined;
  if (!match || !site) return spError(404, '-1, System.IO.FileNotFoundException', `No route for ${path}`);

  const token = /^Bearer (\S+)$/.exec(request.headers['authorization'] ?? '')?.[1];
  const issued = token ? tokens.appTokens.get(token) : undefined;
  if (!issued)
    return json(401, { error_description: 'Invalid JWT token. No certificate thumbprint specified in token header.' });
  if (issued.audience.toLowerCase() !== `https://${host}`) {
    return json(401, { error_description: 'Invalid audience Uri.' });
  }
  if (issued.credential === 'secret') return json(401, { error_description: 'Unsupported app only token.' });
  const need = request.method === 'GET' ? 'read' : 'manage';
  if (RANK[site.permission] < RANK[need]) {
    return spError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied.');
  }

  const title = (match[2] ?? '').replaceAll("''", "'");
  const list = [...site.lists.values()].find((l) => l.displayName.toLowerCase() === title.toLowerCase());
  if (!list) {
    return spError(
      404,
      '-1, System.ArgumentException',
      `List '${title}' does not exist at site with URL 'https://${site.hostname}${site.path}'.`,
    );
  }
  const rest = match[3] ?? '';
  if (rest === '' && request.method === 'GET') return readViews(request, list);
  if (rest === '/add' && request.method === 'POST') return addView(request, list);
  const one = /^\(guid'([0-9a-f-]+)'\)(\/ViewFields\/(removeallviewfields|addviewfield\('((?:[^']|'')*)'\)))?$/i.exec(
    rest,
  );
  const view = one ? viewsOf(list).find((v) => v.id === one[1]) : undefined;
  if (one && !view) return spError(404, '-2147024809, System.ArgumentException', 'The view does not exist.');
  if (one && view && request.method === 'POST') {
    if (one[3]?.toLowerCase() === 'removeallviewfields') {
      view.fields = [];
      return json(200, {});
    }
    if (one[4] !== undefined) {
      const field = one[4].replaceAll("''", "'");
      if (!hasColumn(list, field)) return noColumn(field);
      view.fields.push(field);
      return json(200, {});
    }
    if (request.headers['x-http-method'] === 'MERGE') return mergeView(request, list, view);
  }
  return spError(
    400,
    '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    `Unsupported: ${request.method} ${path}`,
  );
}

function readViews(request: SimRequest, list: SimList): SimResponse {
  for (const name of request.query.keys()) {
    if (name !== '$select' && name !== '$expand') {
      return spError(
        400,
        '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        `The query option ${name} is not supported.`,
      );
    }
  }
  const expandsFields = (request.query.get('$expand') ?? '').split(',').includes('ViewFields');
  return json(200, {
    value: viewsOf(list).map((v) => ({
      Id: v.id,
      Title: v.title,
      ViewQuery: v.query,
      RowLimit: v.rowLimit,
      PersonalView: v.personal,
      ...(expandsFields ? { ViewFields: { Items: [...v.fields], SchemaXml: '' } } : {}),
    })),
  });
}

function verboseBody(request: SimRequest): Record<string, unknown> | SimResponse {
  if (!(request.headers['content-type'] ?? '').includes('odata=verbose')) {
    return spError(
      400,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      'The body must be JSON in the verbose format (odata=verbose).',
    );
  }
  try {
    const parsed: unknown = JSON.parse(request.body.toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch {
    // Answered below.
  }
  return spError(
    400,
    '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    'Invalid JSON. A token was not recognized in the JSON content.',
  );
}

function unknownProperty(
  properties: Record<string, unknown>,
  known: ReadonlySet<string>,
  type: string,
): SimResponse | undefined {
  const meta = properties['__metadata'];
  if (typeof meta !== 'object' || meta === null || (meta as Record<string, unknown>)['type'] !== type) {
    return spError(
      400,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      `A type named '${type}' is expected in __metadata.`,
    );
  }
  const unknown = Object.keys(properties).find((k) => !known.has(k));
  return unknown === undefined
    ? undefined
    : spError(
        400,
        '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        `The property '${unknown}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`,
      );
}

function addView(request: SimRequest, list: SimList): SimResponse {
  const body = verboseBody(request);
  if ('status' in body && typeof body.status === 'number') return body as SimResponse;
  const parameters = (body as Record<string, unknown>)['parameters'];
  if (typeof parameters !== 'object' || parameters === null) {
    return spError(
      400,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      'The parameter parameters is missing.',
    );
  }
  const p = parameters as Record<string, unknown>;
  const refused = unknownProperty(p, CREATION_PROPERTIES, 'SP.ViewCreationInformation');
  if (refused) return refused;
  const fields = p['ViewFields'];
  const results =
    typeof fields === 'object' && fields !== null ? (fields as Record<string, unknown>)['results'] : undefined;
  if (!Array.isArray(results) || !results.every((f): f is string => typeof f === 'string')) {
    return spError(
      400,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      'ViewFields must be a Collection(Edm.String).',
    );
  }
  const query = typeof p['Query'] === 'string' ? p['Query'] : '';
  const problem =
    queryProblem(query, list) ?? results.map((f) => (hasColumn(list, f) ? undefined : noColumn(f))).find(Boolean);
  if (problem) return problem;
  if (typeof p['Title'] !== 'string' || p['Title'] === '') {
    return spError(400, '-2147024809, System.ArgumentException', 'A view needs a title.');
  }
  const view: SimView = {
    id: randomId(),
    title: p['Title'],
    query,
    fields: [...results],
    rowLimit: typeof p['RowLimit'] === 'number' ? p['RowLimit'] : 30,
    personal: p['PersonalView'] === true,
  };
  viewsOf(list).push(view);
  return json(200, { Id: view.id, Title: view.title, ViewQuery: view.query, RowLimit: view.rowLimit });
}

function mergeView(request: SimRequest, list: SimList, view: SimView): SimResponse {
  const body = verboseBody(request);
  if ('status' in body && typeof body.status === 'number') return body as SimResponse;
  const p = body as Record<string, unknown>;
  const refused = unknownProperty(p, VIEW_PROPERTIES, 'SP.View');
  if (refused) return refused;
  if (typeof p['ViewQuery'] === 'string') {
    const problem = queryProblem(p['ViewQuery'], list);
    if (problem) return problem;
    view.query = p['ViewQuery'];
  }
  if (typeof p['RowLimit'] === 'number') view.rowLimit = p['RowLimit'];
  if (typeof p['Title'] === 'string') view.title = p['Title'];
  return { status: 204 };
}

function hasColumn(list: SimList, name: string): boolean {
  return list.columns.some((c) => c.name === name);
}

function noColumn(name: string): SimResponse {
  return spError(
    400,
    '-2147024809, System.ArgumentException',
    `Column '${name}' does not exist. It may have been deleted by another user.`,
  );
}

/** A query that is not well-formed CAML, or names a column the list lacks. */
function queryProblem(query: string, list: SimList): SimResponse | undefined {
  const open: string[] = [];
  for (const tag of query.matchAll(/<(\/?)([A-Za-z]+)[^>]*?(\/?)>/g)) {
    const [, closing, name = '', selfClosing] = tag;
    if (selfClosing) continue;
    if (!closing) open.push(name);
    else if (open.pop() !== name)
      return spError(
        400,
        '-2130575340, Microsoft.SharePoint.SPException',
        'Cannot complete this action. The view query is not valid XML.',
      );
  }
  if (open.length > 0)
    return spError(
      400,
      '-2130575340, Microsoft.SharePoint.SPException',
      'Cannot complete this action. The view query is not valid XML.',
    );
  for (const ref of query.matchAll(/<FieldRef Name="([^"]*)"/g)) {
    const name = ref[1] ?? '';
    if (!hasColumn(list, name)) return noColumn(name);
  }
  return undefined;
}
