import { typeFacetJson, typeFromDefinition, type ColumnType, type ColumnTypeFacts } from './column-types';
import { randomId } from './sim-http';

export type { ColumnType } from './column-types';

export interface SimColumn extends ColumnTypeFacts {
  readonly id: string;
  readonly name: string;
  displayName: string;
  description?: string;
  readonly type: ColumnType;
  indexed: boolean;
  enforceUniqueValues: boolean;
  /** Characters; SharePoint caps single-line text at 255 and multi-line at 63,999 (what its forms accept). */
  readonly maxLength: number;
  readonly readOnly: boolean;
}

export interface SimItem {
  readonly id: number;
  readonly guid: string;
  version: number;
  fields: Record<string, unknown>;
  readonly created: string;
  modified: string;
}

export interface SimList {
  readonly id: string;
  displayName: string;
  description?: string;
  readonly name: string;
  readonly template: 'genericList' | 'documentLibrary';
  readonly columns: SimColumn[];
  readonly items: Map<number, SimItem>;
  nextItemId: number;
  readonly driveId?: string;
}

/** What the app's Sites.Selected grant allows on a site. */
export type SitePermission = 'none' | 'read' | 'write' | 'manage';

export interface SimSite {
  readonly id: string;
  readonly hostname: string;
  readonly path: string;
  readonly displayName: string;
  readonly lists: Map<string, SimList>;
  permission: SitePermission;
  /**
   * The list view threshold (5,000 on SharePoint Online, where it cannot be changed): tests lower it to show on a
   * small network what a query would do on a large one.
   */
  listViewThreshold?: number;
}

export interface SimDriveItem {
  readonly id: string;
  name: string;
  /** Folder path without leading or trailing slash; '' is the root. */
  parentPath: string;
  readonly folder: boolean;
  content: Buffer;
  mimeType: string;
  version: number;
  readonly created: string;
  modified: string;
  /** The library's columns of a file (its list item's fields). */
  fields?: Record<string, unknown>;
  /** The retention label applied to it, and when. */
  retentionLabel?: { readonly name: string; readonly appliedAt: string };
}

export interface SimDrive {
  readonly id: string;
  readonly siteId: string;
  readonly listId: string;
  readonly items: Map<string, SimDriveItem>;
}

export const SINGLE_LINE_MAX = 255;
export const MULTI_LINE_MAX = 63_999;

export class SimState {
  readonly sites = new Map<string, SimSite>();
  readonly drives = new Map<string, SimDrive>();
  /** Retention labels that exist in the tenant (made in Microsoft Purview); a drive item can be given one. */
  readonly retentionLabels = new Set<string>();

  addSite(options: { hostname: string; path: string; displayName?: string; permission?: SitePermission }): SimSite {
    const id = `${options.hostname},${randomId()},${randomId()}`;
    const site: SimSite = {
      id,
      hostname: options.hostname.toLowerCase(),
      path: options.path.replace(/\/+$/, ''),
      displayName: options.displayName ?? options.path.split('/').pop() ?? 'site',
      lists: new Map(),
      permission: options.permission ?? 'manage',
    };
    this.sites.set(id, site);
    return site;
  }

  siteById(id: string): SimSite | undefined {
    return this.sites.get(id) ?? [...this.sites.values()].find((s) => s.id.toLowerCase() === id.toLowerCase());
  }

  siteByPath(hostname: string, path: string): SimSite | undefined {
    const wanted = path.replace(/\/+$/, '').toLowerCase();
    return [...this.sites.values()].find(
      (s) => s.hostname === hostname.toLowerCase() && s.path.toLowerCase() === wanted,
    );
  }

  /** By id or by display name, as Graph allows in `/lists/{list-id | list-title}`. */
  findList(site: SimSite, idOrName: string): SimList | undefined {
    const wanted = idOrName.toLowerCase();
    return (
      site.lists.get(idOrName) ??
      [...site.lists.values()].find((l) => l.id.toLowerCase() === wanted || l.displayName.toLowerCase() === wanted)
    );
  }

  createList(
    site: SimSite,
    options: { displayName: string; template: SimList['template']; columns: SimColumn[] },
  ): SimList {
    const id = randomId();
    const driveId = options.template === 'documentLibrary' ? `b!${randomId().replace(/-/g, '')}` : undefined;
    const list: SimList = {
      id,
      displayName: options.displayName,
      name: options.displayName.replace(/[^A-Za-z0-9]/g, ''),
      template: options.template,
      columns: [...builtInColumns(options.template), ...options.columns],
      items: new Map(),
      nextItemId: 1,
      ...(driveId ? { driveId } : {}),
    };
    site.lists.set(id, list);
    if (driveId) this.drives.set(driveId, { id: driveId, siteId: site.id, listId: id, items: new Map() });
    return list;
  }

  siteOfDrive(drive: SimDrive): SimSite | undefined {
    return this.sites.get(drive.siteId);
  }
}

function builtInColumns(template: SimList['template']): SimColumn[] {
  const col = (name: string, type: ColumnType, readOnly: boolean): SimColumn => ({
    id: randomId(),
    name,
    displayName: name,
    type,
    indexed: false,
    enforceUniqueValues: false,
    maxLength: type === 'note' ? MULTI_LINE_MAX : SINGLE_LINE_MAX,
    readOnly,
  });
  const common = [col('Title', 'text', false), col('Created', 'dateTime', true), col('Modified', 'dateTime', true)];
  return template === 'documentLibrary' ? [...common, col('FileLeafRef', 'text', true)] : common;
}

/** A columnDefinition from a request body, or the reason it is refused. */
export function columnFromDefinition(definition: Record<string, unknown>): SimColumn | string {
  const name = definition['name'];
  if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]{0,31}$/.test(name)) return 'A column needs a valid name';
  const facts = typeFromDefinition(name, definition);
  if (typeof facts === 'string') return facts;
  const text = definition['text'];
  const requested =
    typeof text === 'object' && text !== null && 'maxLength' in text && typeof text.maxLength === 'number'
      ? text.maxLength
      : undefined;
  const maxLength = facts.type === 'note' ? MULTI_LINE_MAX : Math.min(requested ?? SINGLE_LINE_MAX, SINGLE_LINE_MAX);
  const indexed = definition['indexed'] === true;
  const unique = definition['enforceUniqueValues'] === true;
  if (facts.type === 'note' && (indexed || unique)) return `Column ${name}: multiple lines of text cannot be indexed`;
  if (unique && !indexed) return `Column ${name}: enforceUniqueValues needs an indexed column`;
  const displayName = typeof definition['displayName'] === 'string' ? definition['displayName'] : name;
  const description = typeof definition['description'] === 'string' ? definition['description'] : '';
  return {
    id: randomId(),
    name,
    displayName,
    description,
    ...facts,
    indexed,
    enforceUniqueValues: unique,
    maxLength,
    readOnly: false,
  };
}

export function columnJson(column: SimColumn): Record<string, unknown> {
  const typeFacet = typeFacetJson(column, column.maxLength);
  return {
    id: column.id,
    name: column.name,
    displayName: column.displayName,
    description: column.description ?? '',
    indexed: column.indexed,
    enforceUniqueValues: column.enforceUniqueValues,
    readOnly: column.readOnly,
    hidden: false,
    ...typeFacet,
  };
}
