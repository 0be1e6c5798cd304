import { createGraphClientFactory, type GraphClientFactory } from '../../src/adapters/graph/graph-client-factory';
import { entityFields } from '../../src/adapters/sharepoint/entity-fields';
import { allListSpecs, DEFAULT_LIST_PREFIX } from '../../src/adapters/sharepoint/schema';
import type { EntityKind, EntityMap } from '../../src/services/ports';
import { provisionSharePoint, type ProvisionReport } from '../../src/adapters/sharepoint/provisioner';
import { openSharePointStore, type SharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import type { FaultRates } from '../graph-simulator/faults';
import { GraphSimulator } from '../graph-simulator/server';
import type { SimSite } from '../graph-simulator/state';
import { listChanged } from '../graph-simulator/column-index';

/** A Graph simulator and the app's Graph client pointed at it (trusting its certificate). */
export interface Harness {
  readonly sim: GraphSimulator;
  readonly graph: GraphClientFactory;
  /** A new SharePoint site in the simulator. */
  addSite(name?: string): SimSite;
  close(): Promise<void>;
}

export const SITE_HOST = 'nhs.sharepoint.com';

export async function startHarness(options: { faults?: FaultRates } = {}): Promise<Harness> {
  const sim = await GraphSimulator.start(options.faults ? { faults: options.faults } : {});
  const graph = createGraphClientFactory({
    tenantId: 'tenant-host',
    credentials: { kind: 'clientSecret', clientId: 'qin-app', clientSecret: sim.tokens.clientSecret },
    graphHost: sim.host,
    loginHost: sim.host,
    userAgent: { company: 'NHS', product: 'MindBodyQIN', version: '0.1.0-test' },
    trustedCa: sim.ca,
    // The simulator's Retry-After is 0 s unless a test says otherwise; allow graph-client its most retries.
    retry: { maxRetries: 10, delaySeconds: 0 },
  });
  let sites = 0;
  return {
    sim,
    graph,
    addSite(name = `mind-body-qin-${++sites}`) {
      return sim.state.addSite({ hostname: SITE_HOST, path: `/sites/${name}`, displayName: name });
    },
    async close() {
      graph.close();
      await sim.close();
    },
  };
}

export interface StoreOnSite {
  readonly store: SharePointStore;
  readonly site: SimSite;
  readonly report: ProvisionReport;
}

/** A freshly provisioned site and a store open on it. */
export async function provisionedStore(harness: Harness): Promise<StoreOnSite> {
  const site = harness.addSite();
  const report = await provisionSharePoint({ graph: harness.graph.app, site: site.id });
  const store = await openSharePointStore({ graph: harness.graph.app, site: site.id });
  return { store, site, report };
}

/** One simulator for a whole test file (started on first use, closed after the file's tests). */
export function sharedHarness(): () => Promise<Harness> {
  let started: Promise<Harness> | undefined;
  afterAll(async () => {
    if (started) await (await started).close();
  });
  return () => (started ??= startHarness());
}

/**
 * Puts entities straight into a provisioned site's list, as the store would have written them (version 1),
 * for tests that need many items fast (the bench-sized ratings read).
 */
export function seedDirectly<K extends EntityKind>(site: SimSite, kind: K, entities: readonly EntityMap[K][]): void {
  const spec = allListSpecs(DEFAULT_LIST_PREFIX).get(kind);
  const list = [...site.lists.values()].find((l) => l.displayName === spec?.displayName);
  if (!list) throw new Error(`${kind} list not provisioned`);
  const now = new Date().toISOString();
  // Looked up by entity id once, not by a scan per entity: the bench seeds 290,000 responses at 10,000 services.
  const onList = new Map([...list.items.values()].map((item) => [item.fields['EntityId'], item]));
  for (const entity of entities) {
    const fields: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(entityFields(kind, entity, 1, 'seed')))
      if (value !== null) fields[name] = value;
    // An entity already on the list (e.g. a run's counts made when it opened) is replaced in place, as a put would.
    const existing = onList.get(entity.id);
    if (existing) {
      list.items.set(existing.id, { ...existing, version: existing.version + 1, fields, modified: now });
      continue;
    }
    const id = list.nextItemId++;
    const item = { id, guid: `seed-${id}`, version: 1, fields, created: now, modified: now };
    list.items.set(id, item);
    onList.set(entity.id, item);
  }
  listChanged(list);
}

/** A document library made directly in the simulator, and what its drive holds (files and open uploads). */
export function evidenceLibrary(h: Harness): { driveId: string; listStored: () => Promise<string[]> } {
  const site = h.addSite();
  const library = h.sim.state.createList(site, {
    displayName: 'QIN Evidence',
    template: 'documentLibrary',
    columns: [],
  });
  const driveId = library.driveId ?? '';
  const drive = h.sim.state.drives.get(driveId);
  return {
    driveId,
    listStored: async () => [
      ...[...(drive?.items.values() ?? [])]
        .filter((item) => !item.folder)
        .map((item) => `${item.parentPath}/${item.name}`),
      ...h.sim.uploads.openSessions(driveId).map((id) => `upload-session:${id}`),
    ],
  };
}
