import type { GraphHttp } from '../graph/graph-http';
import { StoreUnavailableError } from '../../services/ports';
import { driveSchema, listPageSchema, parseGraph, siteSchema, type ColumnJson, type ListJson } from './graph-json';
import { segment } from './odata';
import { DEFAULT_LIST_PREFIX, evidenceLibraryName, type ColumnSpec, type ListKey, type ListSpec } from './schema';
import { checkOk, unavailable } from './store-errors';

/** Finds the site and its lists, and compares them with the declared schema. */

export interface SiteRef {
  readonly id: string;
  readonly webUrl: string | undefined;
}

/** Accepts a site URL (`https://contoso.sharepoint.com/sites/qin`) or a Graph site id (`host,guid,guid`). */
export async function resolveSite(graph: GraphHttp, site: string): Promise<SiteRef> {
  let path: string;
  if (/^https:\/\//i.test(site)) {
    const url = new URL(site);
    const serverPath = url.pathname.replace(/\/+$/, '');
    path = serverPath === '' ? `/sites/${url.host}` : `/sites/${url.host}:${serverPath}`;
  } else {
    path = `/sites/${segment(site)}`;
  }
  const result = await graph.call({ method: 'GET', url: `${path}?$select=id,webUrl,displayName` });
  if (result.status === 404) {
    throw new StoreUnavailableError(`There is no SharePoint site at ${site} (or the app may not see it).`);
  }
  const body = parseGraph(siteSchema, checkOk(result, `the site ${site}`).body, 'a site');
  return { id: body.id, webUrl: body.webUrl };
}

/** Every list of the site with its columns. */
export async function readLists(graph: GraphHttp, siteId: string): Promise<ListJson[]> {
  const lists: ListJson[] = [];
  let url: string | undefined = `/sites/${segment(siteId)}/lists?$expand=columns`;
  while (url) {
    const result = await graph.call({ method: 'GET', url });
    if (result.status !== 200) throw unavailable(result.status, result.body, 'the lists of the site');
    const page = parseGraph(listPageSchema, result.body, 'the lists of a site');
    lists.push(...page.value);
    url = page['@odata.nextLink'];
  }
  return lists;
}

/** The drive of a document library (its files' home in Graph). */
export async function libraryDriveId(graph: GraphHttp, siteId: string, listId: string): Promise<string> {
  const result = await graph.call({
    method: 'GET',
    url: `/sites/${segment(siteId)}/lists/${segment(listId)}/drive?$select=id`,
  });
  return parseGraph(driveSchema, checkOk(result, 'the drive of the evidence library').body, 'a drive').id;
}

/** The drive id of a provisioned site's evidence library, for GraphDriveEvidenceStore. */
export async function findEvidenceDrive(graph: GraphHttp, site: string, prefix = DEFAULT_LIST_PREFIX): Promise<string> {
  const ref = await resolveSite(graph, site);
  const library = findList(await readLists(graph, ref.id), evidenceLibraryName(prefix));
  if (!library) {
    throw new StoreUnavailableError(
      `The site ${site} has no "${evidenceLibraryName(prefix)}" library. Run \`npm run provision -- --site ${site}\`.`,
    );
  }
  return libraryDriveId(graph, ref.id, library.id);
}

export function findList(lists: readonly ListJson[], displayName: string): ListJson | undefined {
  const wanted = displayName.toLowerCase();
  return lists.find((list) => list.displayName.toLowerCase() === wanted);
}

export function columnTypeOf(column: ColumnJson): ColumnSpec['type'] | 'other' {
  if (column.text) return column.text.allowMultipleLines ? 'note' : 'text';
  if (column.number) return 'number';
  if (column.boolean) return 'yesNo';
  if (column.choice) return 'choice';
  if (column.dateTime) return column.dateTime.format === 'dateOnly' ? 'date' : 'dateTime';
  return 'other';
}

/** What is wrong with one column, or undefined when it matches the spec. */
export function columnProblem(
  spec: ColumnSpec,
  column: ColumnJson | undefined,
): 'missing' | 'wrong type' | 'not indexed' | 'not unique' | 'missing choices' | undefined {
  if (!column) return 'missing';
  if (columnTypeOf(column) !== spec.type) return 'wrong type';
  if (spec.indexed && !column.indexed) return 'not indexed';
  if (spec.unique && !column.enforceUniqueValues) return 'not unique';
  if (spec.type === 'choice') {
    const known = column.choice?.choices ?? [];
    if (spec.choices.some((c) => !known.includes(c))) return 'missing choices';
  }
  return undefined;
}

/** The list ids by key when the site matches the schema; otherwise every difference, in words. */
export function matchSchema(
  specs: ReadonlyMap<ListKey, ListSpec>,
  lists: readonly ListJson[],
): { ids: Map<ListKey, string>; problems: string[] } {
  const ids = new Map<ListKey, string>();
  const problems: string[] = [];
  for (const [key, spec] of specs) {
    const list = findList(lists, spec.displayName);
    if (!list) {
      problems.push(`the list "${spec.displayName}" is missing`);
      continue;
    }
    ids.set(key, list.id);
    for (const column of spec.columns) {
      const problem = columnProblem(
        column,
        list.columns?.find((c) => c.name === column.name),
      );
      if (problem) problems.push(`column ${column.name} of "${spec.displayName}" is ${problem}`);
    }
  }
  return { ids, problems };
}
