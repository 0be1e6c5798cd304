import type { GraphCall, GraphHttp } from '../../src/adapters/graph/graph-http';
import type { SharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import { put, response, serviceAssessment } from '../contract/fixtures';
import { ctx } from '../contract/store-contract-helpers';
import type { SimSite } from '../graph-simulator/state';
import { provisionedStore, sharedHarness, type Harness } from './harness';

/**
 * A commit's writes go out 20 to a `$batch` as independent parts: a part throttled inside the batch is sent again
 * on its own, while the parts that went through stay applied (chained parts would all fail with 424 and all be
 * sent again).
 */
const harness = sharedHarness();

interface BatchRequest {
  readonly method: string;
  readonly url: string;
  readonly body?: { readonly fields?: Record<string, unknown> };
}

/** The write parts of every `$batch` the store sends, in order (reads left out). */
function watchWriteBatches(graph: GraphHttp): { batches: string[][]; stop: () => void } {
  const batches: string[][] = [];
  const call = graph.call.bind(graph);
  const watched = (request: GraphCall) => {
    const parts = (request.body as { requests?: BatchRequest[] } | undefined)?.requests ?? [];
    if (request.url === '/$batch' && parts.some((p) => p.method !== 'GET')) {
      batches.push(parts.map((p) => `${p.method} ${p.url} ${String(p.body?.fields?.['EntityId'] ?? '')}`));
    }
    return call(request);
  };
  graph.call = watched;
  return { batches, stop: () => void (graph.call = call) };
}

function itemsWithEntityId(site: SimSite, entityId: string): number {
  let found = 0;
  for (const list of site.lists.values()) {
    for (const item of list.items.values()) if (item.fields['EntityId'] === entityId) found += 1;
  }
  return found;
}

describe('SharePoint writes with a part throttled inside a $batch', () => {
  let h: Harness;
  let store: SharePointStore;
  let site: SimSite;

  beforeEach(async () => {
    h = await harness();
    ({ store, site } = await provisionedStore(h));
  });
  afterEach(async () => {
    h.sim.faults.clear();
    await store.close();
  });

  it('sends the throttled part again alone and keeps every other part of the batch applied', async () => {
    const codes = Array.from({ length: 9 }, (_, i) => `1.${i + 1}`);
    const changes = [
      put('assessment', serviceAssessment()),
      ...codes.map((c) => put('response', response('as-cardio-2026', c))),
    ];
    // The fourth write of the batch (the first response's audit event) is throttled once.
    h.sim.faults.script({ fault: 'throttle', when: (r) => r.inBatch && r.method === 'POST', skip: 3 });
    const watch = watchWriteBatches(h.graph.app);
    try {
      const stored = await store.commit(ctx, changes);
      expect(stored).toHaveLength(10);
    } finally {
      watch.stop();
    }

    expect(h.sim.faults.stats.throttled).toBe(1);
    // 10 changes are 20 writes (each item and its audit event): one full batch, then the throttled part alone.
    expect(watch.batches.map((b) => b.length)).toEqual([20, 1]);
    expect(watch.batches[1]?.[0]).toBe(watch.batches[0]?.[3]);
    for (const id of ['as-cardio-2026', ...codes.map((c) => `as-cardio-2026:${c}`)]) {
      expect(itemsWithEntityId(site, id)).toBe(1);
    }
    await expect(store.auditForAssessment('as-cardio-2026')).resolves.toHaveLength(10);
  });

  it('fills the next batch with the throttled part and the writes not yet sent', async () => {
    const codes = Array.from({ length: 14 }, (_, i) => `2.${i + 1}`);
    const changes = [
      put('assessment', serviceAssessment()),
      ...codes.map((c) => put('response', response('as-cardio-2026', c))),
    ];
    h.sim.faults.script({ fault: 'unavailable', when: (r) => r.inBatch && r.method === 'POST', skip: 1 });
    const watch = watchWriteBatches(h.graph.app);
    try {
      await store.commit(ctx, changes);
    } finally {
      watch.stop();
    }
    // 30 writes: 20, then the one refused for a moment with the 10 not yet sent.
    expect(watch.batches.map((b) => b.length)).toEqual([20, 11]);
    expect(watch.batches[1]).toContain(watch.batches[0]?.[1]);
    for (const id of ['as-cardio-2026', ...codes.map((c) => `as-cardio-2026:${c}`)]) {
      expect(itemsWithEntityId(site, id)).toBe(1);
    }
  });
});
