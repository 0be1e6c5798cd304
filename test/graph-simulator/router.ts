import { deleteColumn } from './column-delete';
import { runBatch } from './batch';
import type { SimCalendars } from './calendar';
import {
  deleteDriveItem,
  driveItemJson,
  findByPath,
  getContent,
  getDriveItem,
  listChildren,
  simpleUpload,
  splitPath,
  webUrlOf,
  type Downloads,
} from './drive';
import type { SimActivityFeed } from './activity-feed';
import { driveItemFields, driveItemRetentionLabel } from './drive-item-metadata';
import type { Faults } from './faults';
import type { SimInvitations } from './invitations';
import { createItem, deleteItem, getItem, getItems, updateItemFields } from './items';
import { createColumn, createList, getColumns, getList, getListDrive, getLists, siteJson, updateColumn } from './lists';
import { graphError, json, notFound, type SimRequest, type SimResponse } from './sim-http';
import type { SimSite, SimState } from './state';
import type { UploadSessions } from './upload-sessions';

export interface SimServices {
  readonly calendars: SimCalendars;
  readonly state: SimState;
  readonly faults: Faults;
  readonly downloads: Downloads;
  readonly uploads: UploadSessions;
  readonly invitations: SimInvitations;
  readonly activityFeed: SimActivityFeed;
}

type Need = 'read' | 'write' | 'manage';
const RANK = { none: 0, read: 1, write: 2, manage: 3 } as const;

/** What the site's grant must be for this call: schema changes need `manage`, data changes `write`. */
function refuse(site: SimSite, need: Need): SimResponse | undefined {
  if (RANK[site.permission] >= RANK[need]) return undefined;
  return graphError(403, 'accessDenied', `Access denied: this call needs the '${need}' role on the site`);
}

const unsupported = (request: SimRequest): SimResponse =>
  graphError(400, 'BadRequest', `Unsupported: ${request.method} ${request.path}`);

/** Dispatches a Graph call (path after `/v1.0`). `$batch` parts come back through here. */
export function routeGraph(request: SimRequest, services: SimServices): SimResponse {
  const { method, path } = request;
  if (path === '/$batch') {
    if (method !== 'POST' || request.inBatch) return unsupported(request);
    return runBatch(request, (part) => routeGraph(part, services), services.faults);
  }
  if (path === '/invitations') return services.invitations.handle(request);
  const feed = /^\/users\/([^/]+)\/teamwork\/sendActivityNotification$/.exec(path);
  if (feed) return services.activityFeed.handle(request, feed[1] ?? '');
  const byPath = /^\/sites\/([^/:,]+):(\/[^:]*?)(?::(\/.*)?)?$/.exec(path);
  if (byPath) {
    const site = services.state.siteByPath(byPath[1] ?? '', byPath[2] ?? '');
    if (!site) return notFound(`The site ${byPath[1] ?? ''}${byPath[2] ?? ''}`);
    return routeSite(request, services, site, byPath[3] ?? '');
  }
  const bySite = /^\/sites\/([^/]+)(\/.*)?$/.exec(path);
  if (bySite) {
    const site = services.state.siteById(bySite[1] ?? '');
    if (!site) return notFound(`The site ${bySite[1] ?? ''}`);
    return routeSite(request, services, site, bySite[2] ?? '');
  }
  const byDrive = /^\/drives\/([^/]+)(\/.*)?$/.exec(path);
  if (byDrive) return routeDrive(request, services, byDrive[1] ?? '', byDrive[2] ?? '');
  const me = /^\/me\/events(\/.*)?$/.exec(path);
  if (me) return services.calendars.handle(request, me[1] ?? '');
  const byShare = /^\/shares\/u!([A-Za-z0-9_-]+)\/driveItem$/.exec(path);
  if (byShare && method === 'GET') return routeShare(request, services, byShare[1] ?? '');
  return unsupported(request);
}

/** A sharing link (`u!` + base64url of the URL) resolved to the drive item it points at. */
function routeShare(request: SimRequest, services: SimServices, encoded: string): SimResponse {
  const url = Buffer.from(encoded, 'base64url').toString('utf8');
  for (const drive of services.state.drives.values()) {
    for (const item of drive.items.values()) {
      if (!item.folder && webUrlOf(drive, item) === url)
        return json(200, driveItemJson(request, drive, item, services.downloads));
    }
  }
  return notFound('The shared item');
}

function routeSite(request: SimRequest, services: SimServices, site: SimSite, rest: string): SimResponse {
  const { method } = request;
  const denied = refuse(site, method === 'GET' ? 'read' : 'write');
  if (denied) return denied;
  if (rest === '' || rest === '/') return method === 'GET' ? json(200, siteJson(site, request)) : unsupported(request);
  if (rest === '/lists') {
    if (method === 'GET') return getLists(request, site);
    if (method === 'POST') return refuse(site, 'manage') ?? createList(request, services.state, site);
    return unsupported(request);
  }
  const m = /^\/lists\/([^/]+)(?:\/(columns|items|drive)(?:\/([^/]+)(\/fields)?)?)?$/.exec(rest);
  if (!m) return unsupported(request);
  const [, listRef = '', collection, memberId, fields] = m;
  const list = services.state.findList(site, listRef);
  if (!list) return notFound(`The list ${listRef}`);
  if (!collection) return method === 'GET' ? getList(request, site, list) : unsupported(request);
  if (collection === 'drive') return method === 'GET' ? getListDrive(site, list) : unsupported(request);
  if (collection === 'columns') {
    if (!memberId && method === 'GET') return getColumns(list);
    if (!memberId && method === 'POST') return refuse(site, 'manage') ?? createColumn(request, list);
    if (memberId && method === 'PATCH') return refuse(site, 'manage') ?? updateColumn(request, list, memberId);
    if (memberId && method === 'DELETE') return refuse(site, 'manage') ?? deleteColumn(list, memberId);
    return unsupported(request);
  }
  if (!memberId) {
    if (method === 'GET') return getItems(request, site, list);
    if (method === 'POST') return createItem(request, site, list);
    return unsupported(request);
  }
  if (fields) return method === 'PATCH' ? updateItemFields(request, list, memberId) : unsupported(request);
  if (method === 'GET') return getItem(request, site, list, memberId);
  if (method === 'DELETE') return deleteItem(request, list, memberId);
  return unsupported(request);
}

function routeDrive(request: SimRequest, services: SimServices, driveId: string, rest: string): SimResponse {
  const drive = services.state.drives.get(driveId);
  const site = drive ? services.state.siteOfDrive(drive) : undefined;
  if (!drive || !site) return notFound(`The drive ${driveId}`);
  const { method } = request;
  const denied = refuse(site, method === 'GET' ? 'read' : 'write');
  if (denied) return denied;
  const { downloads, uploads } = services;
  if (rest === '' || rest === '/')
    return method === 'GET' ? json(200, { id: drive.id, driveType: 'documentLibrary' }) : unsupported(request);
  if (rest === '/root/children') return method === 'GET' ? listChildren(request, drive, 'root') : unsupported(request);
  const byPath = /^\/root:\/(.+?)(?::(\/content|\/createUploadSession)?)?$/.exec(rest);
  if (byPath) {
    const [, filePath = '', action] = byPath;
    if (action === '/content' && method === 'PUT') return simpleUpload(request, drive, filePath, downloads);
    if (action === '/createUploadSession' && method === 'POST') return uploads.create(request, drive, filePath);
    const target = splitPath(filePath);
    if ('status' in target) return target;
    const item = findByPath(drive, target.parentPath, target.name);
    if (action === '/content' && method === 'GET') return getContent(request, drive, item, downloads);
    if (!action && method === 'GET') return getDriveItem(request, drive, item, downloads);
    return unsupported(request);
  }
  const byId = /^\/items\/([^/]+)(\/content|\/children|\/listItem\/fields|\/retentionLabel)?$/.exec(rest);
  if (!byId) return unsupported(request);
  const [, itemId = '', action] = byId;
  const item = drive.items.get(itemId);
  if (action === '/listItem/fields') return driveItemFields(request, services.state, drive, item);
  if (action === '/retentionLabel') return driveItemRetentionLabel(request, services.state, item);
  if (action === '/children') return method === 'GET' ? listChildren(request, drive, item) : unsupported(request);
  const content = action === '/content';
  if (content && method === 'GET') return getContent(request, drive, item, downloads);
  if (!content && method === 'GET') return getDriveItem(request, drive, item, downloads);
  if (!content && method === 'DELETE') return deleteDriveItem(drive, itemId);
  return unsupported(request);
}
