import type { AuditEvent } from '../../domain/audit';
import type { IsoDateTime } from '../../domain/ids';
import type { GraphHttp } from '../graph/graph-http';
import { ReadBatcher } from '../graph/read-batcher';
import {
  asCommitted,
  StoreUnavailableError,
  type Change,
  type CommitContext,
  type Committed,
  type EntityKind,
  type EntityMap,
  type Filter,
  type Page,
  type PageRequest,
  type Store,
} from '../../services/ports';
import { SharePointCommit } from './commit';
import { CARRIED_KIND } from './carried-changes';
import { entityKey } from './entity-fields';
import { ItemCache } from './item-cache';
import { SharePointLeases } from './leases';
import { halfConvertedMessage, legacyLayoutMessage, listsHalfConverted, listsInLegacyLayout } from './legacy-layout';
import { ListReader, oldestFirst } from './list-reads';
import { listsWithUnfilledPartitions } from './partition-fill';
import { partitionsUnfilledMessage } from './partitions';
import { segment } from './odata';
import { allListSpecs, DEFAULT_LIST_PREFIX } from './schema';
import { matchSchema, readLists, resolveSite } from './site-lists';
import { asStoreError, checkOk } from './store-errors';

export interface SharePointStoreOptions {
  /** Graph as the app (see createGraphClientFactory). The store does not close it. */
  readonly graph: GraphHttp;
  /** The site: its URL (`https://contoso.sharepoint.com/sites/qin`) or Graph id (`host,guid,guid`). */
  readonly site: string;
  /** Prefix of the list names (default "QIN"). */
  readonly listPrefix?: string;
  /** Entities whose item id and eTag are remembered, so a save after a read is one request. */
  readonly cacheSize?: number;
  /** Rounds of re-sending throttled parts of one write before giving up. */
  readonly writeRounds?: number;
}

/**
 * Opens the store on a provisioned site: one request for the site, one for its lists and columns. A site
 * that does not match the schema is refused with what is missing and how to fix it.
 */
export async function openSharePointStore(options: SharePointStoreOptions): Promise<SharePointStore> {
  const prefix = options.listPrefix ?? DEFAULT_LIST_PREFIX;
  try {
    const site = await resolveSite(options.graph, options.site);
    const specs = allListSpecs(prefix);
    const lists = await readLists(options.graph, site.id);
    const names = [...specs.values()].map((spec) => spec.displayName);
    // A list part way through its conversion has items the typed reader would see as empty: refuse rather than guess
    // (and, once a conversion has started, say to finish it rather than to start one).
    const halfConverted = listsHalfConverted(lists, names);
    if (halfConverted.length > 0) throw new StoreUnavailableError(halfConvertedMessage(options.site, halfConverted));
    const legacy = listsInLegacyLayout(lists, names);
    if (legacy.length > 0) throw new StoreUnavailableError(legacyLayoutMessage(options.site, legacy));
    const { ids, problems } = matchSchema(specs, lists);
    if (problems.length > 0) {
      throw new StoreUnavailableError(
        `The SharePoint site ${options.site} does not have the app's lists as expected: ${problems.join('; ')}. ` +
          `Run \`npm run provision -- --site ${options.site}\`.`,
      );
    }
    // A list whose partition columns are not all filled in would leave items out of the network-wide views.
    const unfilled = listsWithUnfilledPartitions(lists, prefix);
    if (unfilled.length > 0) throw new StoreUnavailableError(partitionsUnfilledMessage(options.site, unfilled));
    return new SharePointStore(options, site.id, ids);
  } catch (error) {
    throw asStoreError(error, `the site ${options.site}`);
  }
}

/** The Store on SharePoint lists through Graph (see docs/adr/0002-sharepoint-commit-and-rollback.md). */
export class SharePointStore implements Store {
  private readonly batcher: ReadBatcher;
  private readonly reader: ListReader;
  private readonly writer: SharePointCommit;
  private readonly leases: SharePointLeases;

  constructor(
    private readonly options: SharePointStoreOptions,
    readonly siteId: string,
    listIds: ReadonlyMap<EntityKind | 'audit' | 'lease', string>,
  ) {
    const cache = new ItemCache(options.cacheSize);
    this.batcher = new ReadBatcher(options.graph);
    this.reader = new ListReader(this.batcher, { siteId, listIds }, cache);
    this.writer = new SharePointCommit(this.reader, cache, {
      graph: options.graph,
      siteId,
      listId: (key) => this.reader.listId(key),
      maxRounds: options.writeRounds ?? 20,
    });
    this.leases = new SharePointLeases(options.graph, this.reader, siteId);
  }

  get<K extends EntityKind>(kind: K, id: string): Promise<EntityMap[K] | undefined> {
    return this.guard(
      `reading ${kind} ${id}`,
      // One summary is read ahead of a save of its assessment: with what it carries, so the save needs no read.
      async () => (await this.reader.entitiesByIds(kind, [id], 'if readable')).get(id)?.value,
    );
  }

  getMany<K extends EntityKind>(kind: K, ids: readonly string[]): Promise<EntityMap[K][]> {
    return this.guard(`reading ${ids.length} ${kind}`, async () => {
      if (ids.length === 0) return [];
      const found = await this.reader.entitiesByIds(kind, ids);
      return [...new Set(ids)].flatMap((id) => {
        const entity = found.get(id);
        return entity ? [entity.value] : [];
      });
    });
  }

  query<K extends EntityKind>(kind: K, filter: Filter<K>): Promise<EntityMap[K][]> {
    return this.guard(`querying ${kind}`, async () =>
      (await this.reader.entitiesWhere(kind, filter)).map((e) => e.value),
    );
  }

  async queryPage<K extends EntityKind>(kind: K, filter: Filter<K>, page: PageRequest): Promise<Page<EntityMap[K]>> {
    return this.guard(`reading a page of ${kind}`, async () => {
      const { items, next } = await this.reader.entitiesPage(kind, filter, page);
      return { items: items.map((e) => e.value), next };
    });
  }

  async commit<const C extends readonly Change[]>(context: CommitContext, changes: C): Promise<Committed<C>> {
    const stored = await this.guard('saving', () =>
      changes.length === 0 ? Promise.resolve([]) : this.writer.commit(context, changes),
    );
    return asCommitted<C>(stored);
  }

  auditForAssessment(assessmentId: string): Promise<AuditEvent[]> {
    return this.guard(`reading the audit trail of ${assessmentId}`, () => this.trailOf(assessmentId));
  }

  /** The Audit events list's events of the assessment and those its summary carries (carried-changes.ts). */
  private async trailOf(assessmentId: string): Promise<AuditEvent[]> {
    const [listed, carried] = await Promise.all([
      this.reader.audit('AssessmentId', assessmentId),
      this.reader.carriedBy(assessmentId),
    ]);
    return oldestFirst([...listed, ...carried]);
  }

  auditForEntity(kind: EntityKind, id: string): Promise<AuditEvent[]> {
    return this.guard(`reading the audit trail of ${kind} ${id}`, async () => {
      const key = entityKey(kind, id);
      if (kind !== CARRIED_KIND) return this.reader.audit('EntityKey', key);
      // A response's changes may be carried by its assessment's summary or moved with others into one item: every one
      // is in its assessment's trail, found from the response (or, once it is deleted, from its delete event).
      const stored = (await this.reader.entitiesByIds('response', [id])).get(id)?.value;
      const assessmentId =
        stored?.assessmentId ?? (await this.reader.audit('EntityKey', key)).find((e) => e.assessmentId)?.assessmentId;
      if (!assessmentId) return [];
      return (await this.trailOf(assessmentId)).filter((e) => e.entityKind === kind && e.entityId === id);
    });
  }

  tryAcquireLease(name: string, holder: string, now: IsoDateTime, until: IsoDateTime): Promise<boolean> {
    return this.guard(`taking the lease ${name}`, () => this.leases.tryAcquire(name, holder, now, until));
  }

  releaseLease(name: string, holder: string): Promise<void> {
    return this.guard(`releasing the lease ${name}`, () => this.leases.release(name, holder));
  }

  ping(): Promise<void> {
    return this.guard('reaching the site', async () => {
      checkOk(
        await this.options.graph.call({ method: 'GET', url: `/sites/${segment(this.siteId)}?$select=id` }),
        'the site',
      );
    });
  }

  async close(): Promise<void> {
    this.batcher.dispose();
  }

  private async guard<T>(what: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw asStoreError(error, what);
    }
  }
}
