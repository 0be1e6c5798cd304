import { evaluate, FilterSyntaxError, parseFilter } from './filter-parser';
import { badJson, graphError, json, notFound, readJson, type SimRequest, type SimResponse } from './sim-http';
import { columnFromDefinition, columnJson, type SimList, type SimSite, type SimState } from './state';

/** Sites, lists and columns: what provisioning reads and writes. */

export function siteJson(site: SimSite, request: SimRequest): Record<string, unknown> {
  return {
    id: site.id,
    name: site.path.split('/').pop() ?? '',
    displayName: site.displayName,
    webUrl: `https://${site.hostname}${site.path}`,
    siteCollection: { hostname: site.hostname },
    '@odata.context': `${request.graphOrigin}/v1.0/$metadata#sites/$entity`,
  };
}

export function listJson(list: SimList, site: SimSite, withColumns: boolean): Record<string, unknown> {
  return {
    id: list.id,
    name: list.name,
    displayName: list.displayName,
    description: list.description ?? '',
    webUrl: `https://${site.hostname}${site.path}/Lists/${list.name}`,
    list: { template: list.template, hidden: false, contentTypesEnabled: false },
    ...(withColumns ? { columns: list.columns.map(columnJson) } : {}),
  };
}

function expandsColumns(request: SimRequest): boolean {
  return /(^|,)\s*columns\b/.test(request.query.get('$expand') ?? request.query.get('expand') ?? '');
}

export function getLists(request: SimRequest, site: SimSite): SimResponse {
  let lists = [...site.lists.values()];
  const filter = request.query.get('$filter');
  if (filter) {
    try {
      const tree = parseFilter(filter);
      lists = lists.filter((list) =>
        evaluate(tree, (path) => (path === 'displayName' ? list.displayName : path === 'name' ? list.name : undefined)),
      );
    } catch (error) {
      if (error instanceof FilterSyntaxError) return graphError(400, 'invalidRequest', error.message);
      throw error;
    }
  }
  return json(200, { value: lists.map((list) => listJson(list, site, expandsColumns(request))) });
}

export function getList(request: SimRequest, site: SimSite, list: SimList): SimResponse {
  return json(200, listJson(list, site, expandsColumns(request)));
}

export function createList(request: SimRequest, state: SimState, site: SimSite): SimResponse {
  const body = readJson(request);
  if (!body) return badJson();
  const displayName = body['displayName'];
  if (typeof displayName !== 'string' || displayName.trim() === '') {
    return graphError(400, 'invalidRequest', 'A list needs a displayName');
  }
  if (state.findList(site, displayName)) {
    return graphError(409, 'nameAlreadyExists', `A list named ${displayName} already exists`);
  }
  const listFacet = body['list'];
  const template =
    typeof listFacet === 'object' && listFacet !== null && 'template' in listFacet ? listFacet.template : 'genericList';
  if (template !== 'genericList' && template !== 'documentLibrary') {
    return graphError(400, 'invalidRequest', `Unsupported list template ${String(template)}`);
  }
  const definitions = Array.isArray(body['columns']) ? (body['columns'] as unknown[]) : [];
  const columns = [];
  for (const definition of definitions) {
    if (typeof definition !== 'object' || definition === null) return badJson();
    const column = columnFromDefinition(definition as Record<string, unknown>);
    if (typeof column === 'string') return graphError(400, 'invalidRequest', column);
    columns.push(column);
  }
  const list = state.createList(site, { displayName, template, columns });
  if (typeof body['description'] === 'string') list.description = body['description'];
  return json(201, listJson(list, site, true));
}

export function getColumns(list: SimList): SimResponse {
  return json(200, { value: list.columns.map(columnJson) });
}

export function createColumn(request: SimRequest, list: SimList): SimResponse {
  const body = readJson(request);
  if (!body) return badJson();
  const column = columnFromDefinition(body);
  if (typeof column === 'string') return graphError(400, 'invalidRequest', column);
  if (list.columns.some((c) => c.name.toLowerCase() === column.name.toLowerCase())) {
    return graphError(409, 'nameAlreadyExists', `A column named ${column.name} already exists`);
  }
  list.columns.push(column);
  return json(201, columnJson(column));
}

/** The index and uniqueness flags, words and choices change in place; a column's type never does. */
export function updateColumn(request: SimRequest, list: SimList, columnId: string): SimResponse {
  const column = list.columns.find((c) => c.id === columnId || c.name === columnId);
  if (!column) return notFound(`Column ${columnId}`);
  const body = readJson(request);
  if (!body) return badJson();
  const indexed = typeof body['indexed'] === 'boolean' ? body['indexed'] : column.indexed;
  const unique =
    typeof body['enforceUniqueValues'] === 'boolean' ? body['enforceUniqueValues'] : column.enforceUniqueValues;
  if (column.type === 'note' && indexed)
    return graphError(400, 'invalidRequest', 'Multiple lines of text cannot be indexed');
  if (unique && !indexed) return graphError(400, 'invalidRequest', 'enforceUniqueValues needs an indexed column');
  if (unique && !column.enforceUniqueValues) {
    const seen = new Set<string>();
    for (const item of list.items.values()) {
      const value = item.fields[column.name];
      if (value === undefined || value === null) continue;
      const key = String(value).toLowerCase();
      if (seen.has(key)) return graphError(400, 'invalidRequest', `Column ${column.name} already holds duplicates`);
      seen.add(key);
    }
  }
  const choiceFacet = body['choice'];
  if (choiceFacet !== undefined) {
    if (column.type !== 'choice')
      return graphError(400, 'invalidRequest', `Column ${column.name} is not a choice column`);
    const choices =
      typeof choiceFacet === 'object' && choiceFacet !== null ? Reflect.get(choiceFacet, 'choices') : null;
    if (!Array.isArray(choices) || !choices.every((c) => typeof c === 'string' && c !== '')) {
      return graphError(400, 'invalidRequest', `Column ${column.name}: choices must be a list of words`);
    }
    column.choices = [...(choices as string[])];
  }
  if (typeof body['displayName'] === 'string') column.displayName = body['displayName'];
  if (typeof body['description'] === 'string') column.description = body['description'];
  column.indexed = indexed;
  column.enforceUniqueValues = unique;
  return json(200, columnJson(column));
}

export function getListDrive(site: SimSite, list: SimList): SimResponse {
  if (!list.driveId) return notFound(`The drive of ${list.displayName}`);
  return json(200, {
    id: list.driveId,
    name: list.displayName,
    driveType: 'documentLibrary',
    webUrl: `https://${site.hostname}${site.path}/${list.name}`,
  });
}
