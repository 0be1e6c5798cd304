import { checkFields } from './items';
import { badJson, graphError, json, notFound, readJson, type SimRequest, type SimResponse } from './sim-http';
import type { SimDrive, SimDriveItem, SimState } from './state';

/**
 * A file's metadata in a document library, as Graph gives it: the library's columns through the file's list item
 * (`/drives/{drive}/items/{item}/listItem/fields`, checked as strictly as any list item's fields: unknown columns,
 * read-only ones, types and lengths are refused), and its retention label (`/drives/{drive}/items/{item}/retentionLabel`:
 * applying one answers 201 the first time and 200 after, as Microsoft Learn documents driveItem: setRetentionLabel).
 * A label must exist in the tenant (made in Microsoft Purview); it need not be published to the site.
 */
export function driveItemFields(
  request: SimRequest,
  state: SimState,
  drive: SimDrive,
  item: SimDriveItem | undefined,
): SimResponse {
  if (!item) return notFound('The item');
  if (request.method === 'GET') return json(200, { ...(item.fields ?? {}) });
  if (request.method !== 'PATCH') return graphError(405, 'methodNotAllowed', 'listItem/fields takes GET and PATCH');
  const list = state.siteOfDrive(drive)?.lists.get(drive.listId);
  if (!list) return notFound('The library of the drive');
  const body = readJson(request);
  if (!body) return badJson();
  const refused = checkFields(list, body, undefined);
  if (refused) return refused;
  const fields = { ...(item.fields ?? {}) };
  for (const [name, value] of Object.entries(body)) {
    if (name.startsWith('@odata')) continue;
    if (value === null || value === '') delete fields[name];
    else fields[name] = value;
  }
  item.fields = fields;
  return json(200, fields);
}

export function driveItemRetentionLabel(
  request: SimRequest,
  state: SimState,
  item: SimDriveItem | undefined,
): SimResponse {
  if (!item) return notFound('The item');
  if (request.method === 'GET') {
    return item.retentionLabel
      ? json(200, labelJson(item.retentionLabel))
      : notFound('The retention label of the item');
  }
  if (request.method !== 'PATCH') return graphError(405, 'methodNotAllowed', 'retentionLabel takes GET and PATCH');
  const body = readJson(request);
  const name = body?.['name'];
  if (typeof name !== 'string' || name.trim() === '') {
    return graphError(400, 'invalidRequest', 'A retention label needs a name');
  }
  if (!state.retentionLabels.has(name)) {
    return graphError(400, 'invalidRequest', `There is no retention label named ${name} in the tenant`);
  }
  const first = item.retentionLabel === undefined;
  item.retentionLabel = { name, appliedAt: new Date().toISOString() };
  return json(first ? 201 : 200, labelJson(item.retentionLabel));
}

function labelJson(label: { name: string; appliedAt: string }): object {
  return { name: label.name, isLabelAppliedExplicitly: true, labelAppliedDateTime: label.appliedAt };
}
