import { etagOf, graphError, json, notFound, randomId, type SimRequest, type SimResponse } from './sim-http';
import type { SimDrive, SimDriveItem } from './state';

/** Document library files: simple upload (4 MiB at most), metadata, download by redirect, delete. */

export const SIMPLE_UPLOAD_LIMIT = 4 * 1024 * 1024;
const MAX_PATH = 400;
const INVALID_NAME = /["*:<>?/\\|]|^\s|\s$|\.$|^(con|prn|aux|nul|com\d|lpt\d|desktop\.ini|\.lock)$|_vti_/i;

const MIME_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  csv: 'text/csv',
  txt: 'text/plain',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

export type ConflictBehavior = 'fail' | 'replace' | 'rename';

/** SharePoint decides a file's type from its extension, not from what the uploader said. */
export function mimeTypeOf(name: string): string {
  const extension = name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '';
  return MIME_BY_EXTENSION[extension] ?? 'application/octet-stream';
}

export function conflictBehaviorOf(value: unknown, fallback: ConflictBehavior): ConflictBehavior {
  return value === 'fail' || value === 'replace' || value === 'rename' ? value : fallback;
}

/** Splits `a/b/c.pdf` into folder and name, or says why the path is refused. */
export function splitPath(path: string): { parentPath: string; name: string } | SimResponse {
  const clean = path.replace(/^\/+|\/+$/g, '');
  const segments = clean.split('/');
  const name = segments.pop() ?? '';
  if (clean.length > MAX_PATH)
    return graphError(400, 'invalidRequest', `The path is longer than ${MAX_PATH} characters`);
  if (name === '' || [...segments, name].some((s) => s === '' || INVALID_NAME.test(s))) {
    return graphError(400, 'invalidRequest', 'The provided name contains invalid characters');
  }
  return { parentPath: segments.join('/'), name };
}

export function findByPath(drive: SimDrive, parentPath: string, name: string): SimDriveItem | undefined {
  const wantedParent = parentPath.toLowerCase();
  const wantedName = name.toLowerCase();
  return [...drive.items.values()].find(
    (i) => !i.folder && i.parentPath.toLowerCase() === wantedParent && i.name.toLowerCase() === wantedName,
  );
}

/** Creates or replaces a file the way Graph's conflictBehavior says; folders appear as needed. */
export function putFile(
  drive: SimDrive,
  target: { parentPath: string; name: string },
  content: Buffer,
  behavior: ConflictBehavior,
): { item: SimDriveItem; created: boolean } | SimResponse {
  let name = target.name;
  const existing = findByPath(drive, target.parentPath, name);
  const now = new Date().toISOString();
  ensureFolders(drive, target.parentPath, now);
  if (existing && behavior === 'fail') return graphError(409, 'nameAlreadyExists', `${name} already exists`);
  if (existing && behavior === 'replace') {
    existing.content = content;
    existing.version += 1;
    existing.modified = now;
    return { item: existing, created: false };
  }
  if (existing) {
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    for (let n = 1; findByPath(drive, target.parentPath, name); n += 1) name = `${stem} ${n}${extension}`;
  }
  const item: SimDriveItem = {
    id: `01${randomId().replace(/-/g, '').toUpperCase().slice(0, 32)}`,
    name,
    parentPath: target.parentPath,
    folder: false,
    content,
    mimeType: mimeTypeOf(name),
    version: 1,
    created: now,
    modified: now,
  };
  drive.items.set(item.id, item);
  return { item, created: true };
}

/** SharePoint keeps folders as items of their own: each folder of the path is created once, and stays. */
function ensureFolders(drive: SimDrive, folderPath: string, now: string): void {
  const segments = folderPath === '' ? [] : folderPath.split('/');
  for (let depth = 0; depth < segments.length; depth += 1) {
    const parentPath = segments.slice(0, depth).join('/');
    const name = segments[depth] ?? '';
    const exists = [...drive.items.values()].some(
      (i) =>
        i.folder &&
        i.parentPath.toLowerCase() === parentPath.toLowerCase() &&
        i.name.toLowerCase() === name.toLowerCase(),
    );
    if (exists) continue;
    const folder: SimDriveItem = {
      id: `01${randomId().replace(/-/g, '').toUpperCase().slice(0, 32)}`,
      name,
      parentPath,
      folder: true,
      content: Buffer.alloc(0),
      mimeType: '',
      version: 1,
      created: now,
      modified: now,
    };
    drive.items.set(folder.id, folder);
  }
}

function pathOf(item: SimDriveItem): string {
  return item.parentPath ? `${item.parentPath}/${item.name}` : item.name;
}

/** Graph's default page of children; `$top` asks for fewer or more, up to the cap. */
const CHILDREN_PAGE = 200;
const CHILDREN_MAX_PAGE = 1000;

/**
 * `GET .../root/children` or `.../items/{folder}/children`: the folder's files and folders by name, a page at a
 * time with an opaque `$skiptoken` in `@odata.nextLink`, honouring `$select` as Graph does (id always comes back).
 */
export function listChildren(
  request: SimRequest,
  drive: SimDrive,
  folder: SimDriveItem | 'root' | undefined,
): SimResponse {
  if (folder === undefined) return notFound('The item');
  if (folder !== 'root' && !folder.folder) return graphError(400, 'invalidRequest', 'The item is not a folder');
  const folderPath = folder === 'root' ? '' : pathOf(folder).toLowerCase();
  const requested = Number(request.query.get('$top') ?? CHILDREN_PAGE);
  const pageSize = Math.min(CHILDREN_MAX_PAGE, Math.max(1, Number.isInteger(requested) ? requested : CHILDREN_PAGE));
  const token = request.query.get('$skiptoken');
  const start = token
    ? Number(
        Buffer.from(token, 'base64')
          .toString('utf8')
          .replace(/^Paged=TRUE&p_Index=/, ''),
      )
    : 0;
  if (!Number.isInteger(start) || start < 0) return graphError(400, 'invalidRequest', 'The $skiptoken is not valid');
  const children = [...drive.items.values()]
    .filter((i) => i.parentPath.toLowerCase() === folderPath)
    .sort((a, b) => a.name.localeCompare(b.name));
  const page = children.slice(start, start + pageSize);
  const select = request.query
    .get('$select')
    ?.split(',')
    .map((s) => s.trim());
  const body: Record<string, unknown> = {
    value: page.map((child) => {
      const full: Record<string, unknown> = {
        id: child.id,
        name: child.name,
        size: child.folder ? 0 : child.content.length,
        createdDateTime: child.created,
        lastModifiedDateTime: child.modified,
        ...(child.folder
          ? { folder: { childCount: [...drive.items.values()].filter((i) => i.parentPath === pathOf(child)).length } }
          : { file: { mimeType: child.mimeType } }),
        parentReference: {
          driveId: drive.id,
          driveType: 'documentLibrary',
          path: `/drives/${drive.id}/root:${child.parentPath ? `/${child.parentPath}` : ''}`,
        },
      };
      return select ? Object.fromEntries(Object.entries(full).filter(([k]) => k === 'id' || select.includes(k))) : full;
    }),
  };
  if (start + pageSize < children.length) {
    const next = new URLSearchParams(request.query);
    next.set('$skiptoken', Buffer.from(`Paged=TRUE&p_Index=${start + pageSize}`).toString('base64'));
    body['@odata.nextLink'] = `${request.graphOrigin}/v1.0${request.path}?${next.toString()}`;
  }
  return json(200, body);
}

/** Pre-authenticated download URLs, served on the file origin like SharePoint's own download links. */
export class Downloads {
  private readonly tokens = new Map<string, { drive: SimDrive; itemId: string }>();

  urlFor(request: SimRequest, drive: SimDrive, item: SimDriveItem): string {
    const token = randomId();
    this.tokens.set(token, { drive, itemId: item.id });
    return `${request.fileOrigin}/download/${token}`;
  }

  serve(token: string): SimResponse {
    const entry = this.tokens.get(token);
    const item = entry?.drive.items.get(entry.itemId);
    if (!item) return notFound('The download');
    return {
      status: 200,
      body: item.content,
      headers: { 'content-type': item.mimeType, 'content-length': String(item.content.length) },
    };
  }
}

/** Where a person would open the file in a browser; also what a sharing link points at. */
export function webUrlOf(drive: SimDrive, item: SimDriveItem): string {
  const folder = item.parentPath ? `${item.parentPath}/` : '';
  return `https://nhs.sharepoint.com/drives/${drive.id}/${folder}${encodeURIComponent(item.name)}`;
}

export function driveItemJson(request: SimRequest, drive: SimDrive, item: SimDriveItem, downloads: Downloads): object {
  return {
    id: item.id,
    name: item.name,
    webUrl: webUrlOf(drive, item),
    size: item.content.length,
    eTag: etagOf(item.id, item.version),
    cTag: etagOf(`c:${item.id}`, item.version),
    createdDateTime: item.created,
    lastModifiedDateTime: item.modified,
    file: { mimeType: item.mimeType },
    parentReference: {
      driveId: drive.id,
      driveType: 'documentLibrary',
      path: `/drives/${drive.id}/root:/${item.parentPath}`,
    },
    '@microsoft.graph.downloadUrl': downloads.urlFor(request, drive, item),
  };
}

export function simpleUpload(request: SimRequest, drive: SimDrive, path: string, downloads: Downloads): SimResponse {
  if (request.body.length > SIMPLE_UPLOAD_LIMIT) {
    return graphError(413, 'requestEntityTooLarge', 'Use an upload session for files larger than 4 MiB');
  }
  const target = splitPath(path);
  if ('status' in target) return target;
  const behavior = conflictBehaviorOf(request.query.get('@microsoft.graph.conflictBehavior'), 'replace');
  const result = putFile(drive, target, request.body, behavior);
  if ('status' in result) return result;
  return json(result.created ? 201 : 200, driveItemJson(request, drive, result.item, downloads));
}

export function getDriveItem(
  request: SimRequest,
  drive: SimDrive,
  item: SimDriveItem | undefined,
  downloads: Downloads,
): SimResponse {
  if (!item) return notFound('The item');
  return json(200, driveItemJson(request, drive, item, downloads));
}

export function getContent(
  request: SimRequest,
  drive: SimDrive,
  item: SimDriveItem | undefined,
  downloads: Downloads,
): SimResponse {
  if (!item) return notFound('The item');
  return { status: 302, headers: { location: downloads.urlFor(request, drive, item) } };
}

/** Deleting a folder takes everything in it along. */
export function deleteDriveItem(drive: SimDrive, itemId: string): SimResponse {
  const item = drive.items.get(itemId);
  if (!item) return notFound(`Item ${itemId}`);
  drive.items.delete(itemId);
  if (item.folder) {
    const inside = `${pathOf(item).toLowerCase()}/`;
    for (const [id, other] of drive.items) {
      if (`${other.parentPath.toLowerCase()}/`.startsWith(inside)) drive.items.delete(id);
    }
  }
  return { status: 204 };
}
