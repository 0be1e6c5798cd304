import type { AuditEvent } from '../../domain/audit';
import type { ReadBatcher } from '../graph/read-batcher';
import type { EntityKind, Filter, PageRequest } from '../../services/ports';
import { carriedFromItem } from './carried-changes';
import { auditEventsFromItem, AUDIT_SELECT, entityFromItem, entitySelect, type StoredEntity } from './entity-fields';
import { itemPageSchema, listItemSchema, parseGraph, type ListItemJson } from './graph-json';
import type { ItemCache } from './item-cache';
import { equalsFilter, itemUrl, itemsUrl, type Condition } from './odata';
import { partitionKey, partitionOf, partitionValues } from './partitions';
import { CARRIED_COLUMNS, carriesChanges, indexColumnFor, type ListKey } from './schema';
import { unavailable } from './store-errors';

/** Ids per `$filter` (OR-ed): keeps URLs short; 20 such reads still share one `$batch`. */
const IDS_PER_FILTER = 15;
/** What a `$skiptoken` looks like (base64 of SharePoint's paging position); anything else is not a cursor. */
const SKIP_TOKEN = /^[A-Za-z0-9+/=_%-]{1,500}$/;
/** A partitioned query's cursor: the bucket, then its `$skiptoken` (empty at the start of the bucket). */
const PARTITION_CURSOR = /^(\d{2})([A-Za-z0-9+/=_%-]{0,500})$/;

function cursorOf(bucket: number, token: string): string {
  return `${String(bucket).padStart(2, '0')}${token}`;
}

export interface SiteLists {
  readonly siteId: string;
  readonly listIds: ReadonlyMap<ListKey, string>;
}

/**
 * Every read of the SharePoint store: one filtered, paged list query per question, on indexed columns only,
 * selecting just the columns needed. SharePoint compares text without case; results are matched exactly here.
 */
export class ListReader {
  constructor(
    private readonly batcher: ReadBatcher,
    private readonly site: SiteLists,
    private readonly cache: ItemCache,
  ) {}

  listId(key: ListKey): string {
    const id = this.site.listIds.get(key);
    if (!id) throw new Error(`No list for ${key}`);
    return id;
  }

  /** All items of a query, following @odata.nextLink. */
  async pages(
    key: ListKey,
    select: readonly string[],
    conditions: readonly Condition[],
    join: 'and' | 'or' = 'and',
  ): Promise<ListItemJson[]> {
    const items: ListItemJson[] = [];
    const filter = conditions.length > 0 ? equalsFilter(conditions, join) : undefined;
    // The filtered columns come back too, for the exact (case-sensitive) match below.
    let url: string | undefined = itemsUrl(this.site.siteId, this.listId(key), {
      select: [...new Set([...select, ...conditions.map((c) => c.column)])],
      ...(filter ? { filter } : {}),
    });
    while (url) {
      const result = await this.batcher.get(url);
      if (result.status !== 200) throw unavailable(result.status, result.body, `the ${key} list`);
      const page = parseGraph(itemPageSchema, result.body, `a page of ${key} items`);
      items.push(...page.value);
      url = page['@odata.nextLink'];
    }
    const exact = join === 'and' ? conditions : [];
    return items
      .filter((item) => exact.every((c) => item.fields?.[c.column] === c.value))
      .sort((a, b) => Number(a.id) - Number(b.id));
  }

  /** Items by EntityId (several filters at once, so one `$batch`), exactly matched. */
  async itemsByIds(
    key: ListKey,
    ids: readonly string[],
    select: readonly string[],
  ): Promise<Map<string, ListItemJson>> {
    const unique = [...new Set(ids)];
    const chunks: string[][] = [];
    for (let i = 0; i < unique.length; i += IDS_PER_FILTER) chunks.push(unique.slice(i, i + IDS_PER_FILTER));
    const found = new Map<string, ListItemJson>();
    const pages = await Promise.all(
      chunks.map((chunk) =>
        this.pages(
          key,
          select,
          chunk.map((id) => ({ column: 'EntityId', value: id })),
          'or',
        ),
      ),
    );
    for (const item of pages.flat()) {
      const id = item.fields?.['EntityId'];
      if (typeof id === 'string' && unique.includes(id)) found.set(id, item);
    }
    return found;
  }

  /**
   * Entities by id. A summary may come with the changes it carries (carried-changes.ts): `required` for a write of it,
   * which must know them; `if readable` for a single read ahead of a save, which leaves them unknown (for the write to
   * read and report) rather than fail a page that only shows the summary. Reads of many summaries leave them out.
   */
  async entitiesByIds<K extends EntityKind>(
    kind: K,
    ids: readonly string[],
    carried: CarriedRead = 'leave',
  ): Promise<Map<string, StoredEntity<K>>> {
    const withCarried = carriesChanges(kind) ? carried : 'leave';
    const [only] = ids;
    if (ids.length === 1 && only !== undefined) {
      const known = await this.entityByItemId(kind, only, withCarried);
      if (known) return new Map([[only, known]]);
    }
    const items = await this.itemsByIds(kind, ids, selectOf(kind, withCarried));
    const out = new Map<string, StoredEntity<K>>();
    for (const [id, item] of items) out.set(id, this.remember(kind, storedOf(kind, item, withCarried)));
    return out;
  }

  /** The changes an assessment's summary carries (none when it has no summary). */
  async carriedBy(assessmentId: string) {
    const item = (await this.itemsByIds('assessmentSummary', [assessmentId], ['EntityId', ...CARRIED_COLUMNS])).get(
      assessmentId,
    );
    return item ? carriedFromItem(item) : [];
  }

  /**
   * One entity read by the list item id a previous read or write of it found: SharePoint charges a single-item read
   * 1 resource unit, a query 2, and the entity read most (an assessment, a response being saved) is read one at a
   * time. Always a fresh read (the cache only says where the item is); undefined when nothing is cached or the item
   * is no longer that entity (deleted, or made again under a new item id), and the caller then queries by EntityId.
   */
  private async entityByItemId<K extends EntityKind>(
    kind: K,
    id: string,
    withCarried: CarriedRead,
  ): Promise<StoredEntity<K> | undefined> {
    const cached = this.cache.get(kind, id);
    if (!cached) return undefined;
    const result = await this.batcher.get(
      itemUrl(this.site.siteId, this.listId(kind), cached.itemId, selectOf(kind, withCarried)),
    );
    if (result.status === 404) return undefined;
    if (result.status !== 200) throw unavailable(result.status, result.body, `the ${kind} list`);
    const item = parseGraph(listItemSchema, result.body, `a ${kind} item`);
    if (item.fields?.['EntityId'] !== id) return undefined;
    return this.remember(kind, storedOf(kind, item, withCarried));
  }

  async entitiesWhere<K extends EntityKind>(kind: K, filter: Filter<K>): Promise<StoredEntity<K>[]> {
    const parts = this.partsOf(kind, filter);
    const items = parts
      ? // One query per bucket, issued together so they share one `$batch`; merged in item order, as one query reads.
        (await Promise.all(parts.map((part) => this.pages(kind, entitySelect(kind), [part]))))
          .flat()
          .sort((a, b) => Number(a.id) - Number(b.id))
      : await this.pages(kind, entitySelect(kind), this.conditionsOf(kind, filter));
    return items.map((item) => this.remember(kind, entityFromItem(kind, item)));
  }

  /**
   * The partition conditions (one per bucket) of a filter on exactly the partitioned fields (see partitions.ts), or
   * undefined when the filter is to be sent as it is: on other fields, or with another one that already narrows it
   * (an organisation's assessments of a cycle, an owner's actions of a status).
   */
  private partsOf<K extends EntityKind>(kind: K, filter: Filter<K>): Condition[] | undefined {
    const partition = partitionOf(kind);
    if (!partition) return undefined;
    const given: Readonly<Record<string, unknown>> = filter;
    const set = Object.keys(given).filter((field) => given[field] !== undefined);
    const fields: readonly string[] = partition.fields;
    if (set.length !== fields.length || !set.every((field) => fields.includes(field))) return undefined;
    const key = partitionKey(fields.map((field) => given[field]));
    return key === null ? undefined : partitionValues(key).map((value) => ({ column: partition.column.name, value }));
  }

  /**
   * One page of a query (`$top`), and the `$skiptoken` of the next one. The cursor is only that token, checked and
   * put back into a URL built here: a cursor from a client never chooses where a request with the app's token goes.
   */
  async entitiesPage<K extends EntityKind>(
    kind: K,
    filter: Filter<K>,
    page: PageRequest,
  ): Promise<{ items: StoredEntity<K>[]; next: string | null }> {
    const parts = this.partsOf(kind, filter);
    if (parts) return this.partitionedPage(kind, parts, page);
    return this.onePage(kind, this.conditionsOf(kind, filter), page);
  }

  /**
   * A page of a partitioned query: the buckets are read one after another, a page of one bucket at a time. The
   * cursor is the bucket (two digits) followed by that bucket's `$skiptoken` (empty at the bucket's start). An
   * empty bucket is passed over, so a page is empty only after the last one.
   */
  private async partitionedPage<K extends EntityKind>(
    kind: K,
    parts: readonly Condition[],
    page: PageRequest,
  ): Promise<{ items: StoredEntity<K>[]; next: string | null }> {
    let bucket = 0;
    let token: string | undefined;
    if (page.cursor !== undefined) {
      const match = PARTITION_CURSOR.exec(page.cursor);
      if (!match?.[1]) throw new Error(`Not a page cursor of the ${kind} list`);
      bucket = Number(match[1]);
      token = match[2] === '' ? undefined : match[2];
    }
    while (bucket < parts.length) {
      const part = parts[bucket];
      if (!part) break;
      const { items, next } = await this.onePage(kind, [part], {
        limit: page.limit,
        ...(token !== undefined ? { cursor: token } : {}),
      });
      if (next !== null) {
        if (items.length > 0) return { items, next: cursorOf(bucket, next) };
        token = next;
        continue;
      }
      const following = bucket + 1 < parts.length ? cursorOf(bucket + 1, '') : null;
      if (items.length > 0 || following === null) return { items, next: following };
      bucket += 1;
      token = undefined;
    }
    return { items: [], next: null };
  }

  private async onePage<K extends EntityKind>(
    kind: K,
    conditions: readonly Condition[],
    page: PageRequest,
  ): Promise<{ items: StoredEntity<K>[]; next: string | null }> {
    const select = entitySelect(kind);
    const filterText = conditions.length > 0 ? equalsFilter(conditions, 'and') : undefined;
    let url = itemsUrl(this.site.siteId, this.listId(kind), {
      select: [...new Set([...select, ...conditions.map((c) => c.column)])],
      top: page.limit,
      ...(filterText ? { filter: filterText } : {}),
    });
    if (page.cursor !== undefined) {
      if (!SKIP_TOKEN.test(page.cursor)) throw new Error(`Not a page cursor of the ${kind} list`);
      url += `&$skiptoken=${encodeURIComponent(page.cursor)}`;
    }
    const result = await this.batcher.get(url);
    if (result.status !== 200) throw unavailable(result.status, result.body, `the ${kind} list`);
    const body = parseGraph(itemPageSchema, result.body, `a page of ${kind} items`);
    const nextLink = body['@odata.nextLink'];
    const next = nextLink ? new URL(nextLink).searchParams.get('$skiptoken') : null;
    const items = body.value
      .filter((item) => conditions.every((c) => item.fields?.[c.column] === c.value))
      .map((item) => this.remember(kind, entityFromItem(kind, item)));
    return { items, next: next && SKIP_TOKEN.test(next) ? next : null };
  }

  private conditionsOf<K extends EntityKind>(kind: K, filter: Filter<K>): Condition[] {
    const conditions: Condition[] = [];
    for (const [field, value] of Object.entries<unknown>(filter)) {
      if (value === undefined) continue;
      const index = indexColumnFor(kind, field);
      if (!index) throw new Error(`${kind} cannot be filtered on "${field}": it is not an indexed field`);
      if (typeof value !== 'string') throw new Error(`${kind} filter "${field}" must be a string`);
      conditions.push({ column: index.column, value });
    }
    return conditions;
  }

  /** Audit events on one indexed column, oldest first (ties keep the order they were written in). */
  async audit(column: 'AssessmentId' | 'EntityKey', value: string): Promise<AuditEvent[]> {
    const items = await this.pages('audit', AUDIT_SELECT, [{ column, value }]);
    return oldestFirst(items.flatMap(auditEventsFromItem));
  }

  private remember<K extends EntityKind>(kind: K, stored: StoredEntity<K>): StoredEntity<K> {
    this.cache.set(kind, stored.value.id, {
      itemId: stored.itemId,
      eTag: stored.eTag,
      version: stored.value.version,
      value: stored.value,
      commitId: stored.commitId,
      ...(stored.carried ? { carried: stored.carried } : {}),
    });
    return stored;
  }
}

/**
 * Events oldest first; the sort is stable, so events of one time keep the order they were read in: items in the
 * order they were written (pages() sorts by item id), and a batch's or a summary's events in their own order.
 */
export function oldestFirst(events: readonly AuditEvent[]): AuditEvent[] {
  return [...events].sort((a, b) => a.at.localeCompare(b.at));
}

/** Whether a read of summaries brings the changes they carry, and how firmly (see entitiesByIds). */
export type CarriedRead = 'leave' | 'if readable' | 'required';

function selectOf(kind: EntityKind, withCarried: CarriedRead): string[] {
  return withCarried === 'leave' ? entitySelect(kind) : [...entitySelect(kind), ...CARRIED_COLUMNS];
}

function storedOf<K extends EntityKind>(kind: K, item: ListItemJson, withCarried: CarriedRead): StoredEntity<K> {
  const stored = entityFromItem(kind, item);
  if (withCarried === 'leave') return stored;
  try {
    return { ...stored, carried: carriedFromItem(item) };
  } catch (error) {
    if (withCarried === 'required') throw error;
    return stored;
  }
}
