import { itemsIn } from './latency';
import type { SimRequest, SimResponse } from './sim-http';

/**
 * The list item queries a request made (each `$batch` part on its own), with how many items each page returned,
 * so the bench can state the largest filtered query an operation runs (all its pages together).
 */
export interface ItemQueryPage {
  /** The list's path and the query's filter: the pages of one query share it. */
  readonly query: string;
  readonly filter: string | null;
  /** A later page of a query (it carries a `$skiptoken`). */
  readonly continued: boolean;
  readonly items: number;
  /** SharePoint refused it (the list view threshold): it returned nothing, and the operation failed. */
  readonly refused?: boolean;
}

const LIST_ITEMS = /\/lists\/[^/]+\/items$/;

export function itemQueryPagesOf(request: SimRequest, response: SimResponse): ItemQueryPage[] {
  if (request.path !== '/$batch') {
    const page = pageOf(request.method, request.path, request.query, response.status, response.body);
    return page ? [page] : [];
  }
  const parts = partsOf(request);
  const answers = (response.body as { responses?: { id: string; status: number; body?: unknown }[] } | undefined)
    ?.responses;
  return parts.flatMap((part) => {
    const answer = answers?.find((a) => a.id === part.id);
    const [path = '', query = ''] = part.url.replace(/^\/?/, '/').split(/\?(.*)/s);
    const page = pageOf(
      part.method,
      decodeURIComponent(path),
      new URLSearchParams(query),
      answer?.status,
      answer?.body,
    );
    return page ? [page] : [];
  });
}

function pageOf(
  method: string,
  path: string,
  query: URLSearchParams,
  status: number | undefined,
  body: unknown,
): ItemQueryPage | undefined {
  if (method.toUpperCase() !== 'GET' || !LIST_ITEMS.test(path)) return undefined;
  const filter = query.get('$filter');
  if (status === 500) return { query: `${path}?${filter ?? ''}`, filter, continued: false, items: 0, refused: true };
  if (status !== 200) return undefined;
  return { query: `${path}?${filter ?? ''}`, filter, continued: query.has('$skiptoken'), items: itemsIn(body) };
}

function partsOf(request: SimRequest): { id: string; method: string; url: string }[] {
  try {
    const parsed = JSON.parse(request.body.toString('utf8')) as { requests?: unknown };
    return Array.isArray(parsed.requests) ? (parsed.requests as { id: string; method: string; url: string }[]) : [];
  } catch {
    return [];
  }
}

/** The items each query returned over all its pages, in the order the queries were made. */
export function itemsPerQuery(
  pages: readonly ItemQueryPage[],
): { query: string; filter: string | null; items: number }[] {
  const queries: { query: string; filter: string | null; items: number }[] = [];
  for (const page of pages) {
    const open = page.continued ? queries.findLast((q) => q.query === page.query) : undefined;
    if (open) open.items += page.items;
    else queries.push({ query: page.query, filter: page.filter, items: page.items });
  }
  return queries;
}
