import { evaluate, FilterSyntaxError, parseFilter, pathsOf, type FilterNode } from './filter-parser';
import {
  badJson,
  etagMatches,
  etagOf,
  graphError,
  json,
  notFound,
  randomId,
  readJson,
  type SimRequest,
  type SimResponse,
} from './sim-http';
import { storedValue } from './column-types';
import { candidateItems, itemsWithValue, listChanged } from './column-index';
import type { SimItem, SimList, SimSite } from './state';

/** List items: filtered and paged reads, and writes checked against eTags, column types and unique values. */

const DEFAULT_PAGE = 200;
const MAX_PAGE = 5000;
/**
 * SharePoint's list view threshold: a non-indexed filter fails on larger lists even with the Prefer header, and on
 * a larger list an indexed filter that matches more items than this fails too. Both are permanent refusals
 * (SPQueryThrottledException), not throttling: sending the query again gives the same answer.
 */
export const LIST_VIEW_THRESHOLD = 5000;
const THRESHOLD_MESSAGE = 'The attempted operation is prohibited because it exceeds the list view threshold.';
const HONOR_NON_INDEXED = 'honornonindexedquerieswarningmayfailrandomly';

function itemJson(item: SimItem, site: SimSite, list: SimList, select: readonly string[] | 'all' | 'none'): object {
  const eTag = etagOf(item.guid, item.version);
  const base = {
    '@odata.etag': eTag,
    id: String(item.id),
    eTag,
    createdDateTime: item.created,
    lastModifiedDateTime: item.modified,
    webUrl: `https://${site.hostname}${site.path}/Lists/${list.name}/DispForm.aspx?ID=${item.id}`,
  };
  if (select === 'none') return base;
  return { ...base, fields: fieldsJson(item, select) };
}

function fieldsJson(item: SimItem, select: readonly string[] | 'all'): Record<string, unknown> {
  const out: Record<string, unknown> = { '@odata.etag': etagOf(item.guid, item.version) };
  if (select === 'all') Object.assign(out, { id: String(item.id), Created: item.created, Modified: item.modified });
  for (const [name, value] of Object.entries(item.fields)) {
    if (select === 'all' || select.includes(name)) out[name] = value;
  }
  return out;
}

/** `expand=fields(select=A,B)` (Graph's documented form) or `$expand=fields($select=A,B)`. */
function fieldSelection(request: SimRequest): readonly string[] | 'all' | 'none' {
  const expand = request.query.get('expand') ?? request.query.get('$expand');
  if (!expand) return 'none';
  const match = /^fields(?:\((?:\$?select=([^)]*))?\))?$/.exec(expand.trim());
  if (!match) return 'none';
  return match[1] ? match[1].split(',').map((s) => s.trim()) : 'all';
}

export function getItems(request: SimRequest, site: SimSite, list: SimList): SimResponse {
  let tree: FilterNode | undefined;
  const filter = request.query.get('$filter');
  if (filter) {
    try {
      tree = parseFilter(filter);
    } catch (error) {
      if (error instanceof FilterSyntaxError) return graphError(400, 'invalidRequest', error.message);
      throw error;
    }
    const refused = checkIndexed(tree, list, request, thresholdOf(site));
    if (refused) return refused;
  }
  const pageSize = Math.min(MAX_PAGE, Math.max(1, Number(request.query.get('$top') ?? DEFAULT_PAGE) || DEFAULT_PAGE));
  const after = afterIdOf(request.query.get('$skiptoken'));
  const candidates = tree ? candidateItems(tree, list) : undefined;
  const matching = (candidates ?? [...list.items.values()])
    .filter((item) => item.id > after)
    .filter((item) => !tree || evaluate(tree, (path) => item.fields[path.replace(/^fields\//, '')]))
    .sort((a, b) => a.id - b.id);
  if (
    tree &&
    list.items.size > thresholdOf(site) &&
    matchCount(tree, candidates ?? list.items.values()) > thresholdOf(site)
  ) {
    return graphError(500, 'generalException', THRESHOLD_MESSAGE);
  }
  const page = matching.slice(0, pageSize);
  const select = fieldSelection(request);
  const body: Record<string, unknown> = { value: page.map((item) => itemJson(item, site, list, select)) };
  const last = page[page.length - 1];
  if (matching.length > pageSize && last) {
    const next = new URLSearchParams(request.query);
    next.set('$skiptoken', Buffer.from(`Paged=TRUE&p_ID=${last.id}`).toString('base64'));
    body['@odata.nextLink'] = `${request.graphOrigin}/v1.0${encodePath(request.path)}?${next.toString()}`;
  }
  return json(200, body);
}

function thresholdOf(site: SimSite): number {
  return site.listViewThreshold ?? LIST_VIEW_THRESHOLD;
}

/** Items the whole filter matches in the list (every page, not only those after the page token). */
function matchCount(tree: FilterNode, items: Iterable<SimItem>): number {
  let count = 0;
  for (const item of items) {
    if (evaluate(tree, (path) => item.fields[path.replace(/^fields\//, '')])) count += 1;
  }
  return count;
}

function checkIndexed(
  tree: FilterNode,
  list: SimList,
  request: SimRequest,
  threshold: number,
): SimResponse | undefined {
  for (const path of pathsOf(tree)) {
    const name = path.replace(/^fields\//, '');
    if (!path.startsWith('fields/') && name !== 'id') {
      return graphError(400, 'invalidRequest', `Filtering on ${path} is not supported; use fields/<column>`);
    }
    const column = list.columns.find((c) => c.name === name);
    if (!column) return graphError(400, 'invalidRequest', `Field '${name}' is not recognized`);
    if (column.indexed) continue;
    const honoured = (request.headers['prefer'] ?? '').toLowerCase().includes(HONOR_NON_INDEXED);
    if (!honoured) {
      return graphError(
        400,
        'invalidRequest',
        `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the ` +
          `'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such ` +
          'queries may fail on large lists.',
      );
    }
    if (list.items.size > threshold) return graphError(500, 'generalException', THRESHOLD_MESSAGE);
  }
  return undefined;
}

function afterIdOf(token: string | null): number {
  if (!token) return 0;
  const match = /p_ID=(\d+)/.exec(Buffer.from(token, 'base64').toString('utf8'));
  return match?.[1] ? Number(match[1]) : 0;
}

function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%2C/gi, ','))
    .join('/');
}

export function getItem(request: SimRequest, site: SimSite, list: SimList, itemId: string): SimResponse {
  const item = list.items.get(Number(itemId));
  if (!item) return notFound(`Item ${itemId}`);
  return json(200, itemJson(item, site, list, fieldSelection(request)));
}

export function createItem(request: SimRequest, site: SimSite, list: SimList): SimResponse {
  const body = readJson(request);
  const fields = body?.['fields'];
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return badJson();
  const refused = checkFields(list, fields as Record<string, unknown>, undefined);
  if (refused) return refused;
  const now = new Date().toISOString();
  const item: SimItem = {
    id: list.nextItemId++,
    guid: randomId(),
    version: 1,
    fields: {},
    created: now,
    modified: now,
  };
  applyFields(list, item, fields as Record<string, unknown>);
  list.items.set(item.id, item);
  listChanged(list);
  return json(201, itemJson(item, site, list, 'all'));
}

export function updateItemFields(request: SimRequest, list: SimList, itemId: string): SimResponse {
  const item = list.items.get(Number(itemId));
  if (!item) return notFound(`Item ${itemId}`);
  if (!etagMatches(request.headers['if-match'], etagOf(item.guid, item.version))) {
    return graphError(412, 'preconditionFailed', 'ETag mismatch: the item was changed since you read it');
  }
  const body = readJson(request);
  if (!body) return badJson();
  const refused = checkFields(list, body, item.id);
  if (refused) return refused;
  applyFields(list, item, body);
  listChanged(list);
  item.version += 1;
  item.modified = new Date().toISOString();
  return json(200, fieldsJson(item, 'all'));
}

export function deleteItem(request: SimRequest, list: SimList, itemId: string): SimResponse {
  const item = list.items.get(Number(itemId));
  if (!item) return notFound(`Item ${itemId}`);
  if (!etagMatches(request.headers['if-match'], etagOf(item.guid, item.version))) {
    return graphError(412, 'preconditionFailed', 'ETag mismatch: the item was changed since you read it');
  }
  list.items.delete(item.id);
  listChanged(list);
  return { status: 204 };
}

/** Stores the (checked) values as SharePoint keeps them: dates and times to the second, in UTC. */
function applyFields(list: SimList, item: SimItem, fields: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(fields)) {
    if (name.startsWith('@odata')) continue;
    const column = list.columns.find((c) => c.name === name);
    const stored = column && value !== null && value !== undefined ? storedValue(column, name, value) : { value };
    const kept = 'value' in stored ? stored.value : value;
    if (kept === null || kept === undefined || kept === '') delete item.fields[name];
    else item.fields[name] = kept;
  }
}

/** Whether these fields may be written to the list's columns, as Graph decides it (unknown, read-only, type, length, unique). */
export function checkFields(
  list: SimList,
  fields: Record<string, unknown>,
  selfId: number | undefined,
): SimResponse | undefined {
  for (const [name, value] of Object.entries(fields)) {
    if (name.startsWith('@odata')) continue;
    const column = list.columns.find((c) => c.name === name);
    if (!column) return graphError(400, 'invalidRequest', `Field '${name}' is not recognized`);
    if (column.readOnly) return graphError(400, 'invalidRequest', `Field '${name}' is read-only`);
    if (value === null || value === undefined) continue;
    const stored = storedValue(column, name, value);
    if ('refused' in stored) return graphError(400, 'invalidRequest', stored.refused);
    if (typeof value === 'string' && value.length > column.maxLength) {
      return graphError(
        400,
        'invalidRequest',
        `The value of field '${name}' is longer than ${column.maxLength} characters`,
      );
    }
    if (column.enforceUniqueValues && value !== '') {
      const wanted = String(value).toLowerCase();
      for (const other of itemsWithValue(list, name, value) ?? list.items.values()) {
        if (other.id !== selfId && String(other.fields[name] ?? '').toLowerCase() === wanted) {
          return graphError(
            409,
            'nameAlreadyExists',
            'The list item could not be added or updated because duplicate values were found in the following ' +
              `field(s) in the list: [${name}].`,
          );
        }
      }
    }
  }
  return undefined;
}
