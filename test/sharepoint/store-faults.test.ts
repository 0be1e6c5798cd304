import { openSharePointStore, type SharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import type { StandardResponse } from '../../src/domain/assessment';
import { ConflictError } from '../../src/services/ports';
import { del, put, response, serviceAssessment } from '../contract/fixtures';
import { ctx, later } from '../contract/store-contract-helpers';
import type { SimList, SimSite } from '../graph-simulator/state';
import { provisionedStore, sharedHarness, type Harness } from './harness';

/**
 * Throttling, dropped connections and writes refused part-way. SharePoint has no transactions: these tests
 * prove which of "rolled back" or "resumed" happened, from the simulator's side (its items' own versions).
 */
const harness = sharedHarness();

function list(site: SimSite, displayName: string): SimList {
  const found = [...site.lists.values()].find((l) => l.displayName === displayName);
  if (!found) throw new Error(`no list ${displayName}`);
  return found;
}
/** SharePoint's own version of the item holding an entity: it counts every write that reached it. */
function itemOf(site: SimSite, displayName: string, entityId: string) {
  return [...list(site, displayName).items.values()].find((i) => i.fields['EntityId'] === entityId);
}

describe('SharePoint store under faults', () => {
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

  it('completes every operation with 20% of requests throttled and 2% of connections dropped, none applied twice', async () => {
    h.sim.faults.setRates({ throttleRate: 0.2, dropRate: 0.02, retryAfterSeconds: 0, seed: 7 });
    const codes = Array.from({ length: 40 }, (_, i) => `1.${i + 1}`);
    // Sequential work, so the seeded faults fall the same way on every run.
    let [assessment] = await store.commit(ctx, [
      put('assessment', serviceAssessment()),
      ...codes.map((c) => put('response', response('as-cardio-2026', c))),
    ]);
    let changes = 1 + codes.length;
    const saved = new Map<string, StandardResponse>();
    for (const [i, code] of codes.entries()) {
      const current = await store.get('response', `as-cardio-2026:${code}`);
      if (!current) throw new Error(`lost ${code}`);
      const [next] = await store.commit(later(i), [put('response', { ...current, rating: 'met' }, current.version)]);
      saved.set(code, next);
      changes += 1;
    }
    for (let round = 0; round < 10; round += 1) {
      const [a, r] = await Promise.all([
        store.get('assessment', 'as-cardio-2026'),
        store.query('response', { assessmentId: 'as-cardio-2026' }),
      ]);
      if (!a) throw new Error('lost the assessment');
      const pick = r.filter((x) => x.standardCode === `1.${round + 1}` || x.standardCode === `1.${round + 21}`);
      [assessment] = await store.commit(later(30 + round), [
        put('assessment', { ...a, updatedAt: later(30 + round).at }, a.version),
        ...pick.map((x) => put('response', { ...x, narrative: `round ${round}` }, x.version)),
      ]);
      changes += 1 + pick.length;
    }
    await store.commit(later(50), [del('response', 'as-cardio-2026:1.40', 2)]);
    changes += 1;
    expect(await store.tryAcquireLease('reminders', 'instance-a', later(0).at, later(5).at)).toBe(true);
    expect(await store.tryAcquireLease('reminders', 'instance-b', later(1).at, later(6).at)).toBe(false);

    h.sim.faults.setRates({ throttleRate: 0, dropRate: 0 });
    const stats = h.sim.faults.stats;
    expect(stats.throttled + stats.unavailable).toBeGreaterThan(10);
    expect(stats.droppedBefore + stats.droppedAfter).toBeGreaterThan(0);
    expect(assessment?.version).toBe(11);
    expect(itemOf(site, 'QIN Assessments', 'as-cardio-2026')?.version).toBe(11);
    for (const code of codes.slice(0, 39)) {
      const n = Number(code.split('.')[1]);
      const touched = n <= 10 || (n > 20 && n <= 30);
      const expected = touched ? 3 : 2;
      await expect(store.get('response', `as-cardio-2026:${code}`)).resolves.toMatchObject({
        version: expected,
        rating: 'met',
      });
      // SharePoint's own count of writes to the item: no write reached it twice.
      expect(itemOf(site, 'QIN Responses', `as-cardio-2026:${code}`)?.version).toBe(expected);
    }
    await expect(store.get('response', 'as-cardio-2026:1.40')).resolves.toBeUndefined();
    const trail = await store.auditForAssessment('as-cardio-2026');
    expect(trail).toHaveLength(changes);
    expect(new Set(trail.map((e) => e.id)).size).toBe(changes);
  }, 60_000);

  it('rolls back a multi-item write refused part-way: nothing half-written is left', async () => {
    const [assessment] = await store.commit(ctx, [put('assessment', serviceAssessment())]);
    await store.commit(ctx, [put('response', response('as-cardio-2026', '1.2'))]);
    const auditBefore = await store.auditForAssessment('as-cardio-2026');
    // Another server instance changes 1.2; this one still holds its eTag and version 1 in its cache.
    const other = await openSharePointStore({ graph: h.graph.app, site: store.siteId });
    const current = await other.get('response', 'as-cardio-2026:1.2');
    if (!current) throw new Error('no 1.2');
    const [theirs] = await other.commit(later(1), [put('response', { ...current, rating: 'not_met' }, 1)]);
    h.sim.log.length = 0;
    const responseItemsCreated = list(site, 'QIN Responses').nextItemId;

    const failed = store.commit(later(2), [
      put('response', response('as-cardio-2026', '1.1', { rating: 'met' })),
      put('assessment', serviceAssessment({ state: 'submitted', submittedAt: later(2).at }), 1),
      put('response', response('as-cardio-2026', '1.2', { rating: 'met' }), 1),
    ]);
    await expect(failed).rejects.toBeInstanceOf(ConflictError);
    await expect(failed).rejects.toMatchObject({ id: 'as-cardio-2026:1.2', current: theirs });

    // The first two writes (and their audit events) were applied, then undone: a second batch.
    const batches = h.sim.graphCalls().filter((c) => c.url === '/v1.0/$batch');
    expect(batches.length).toBeGreaterThanOrEqual(2);
    expect(itemOf(site, 'QIN Responses', 'as-cardio-2026:1.1')).toBeUndefined();
    expect(list(site, 'QIN Responses').nextItemId).toBe(responseItemsCreated + 1);
    expect(itemOf(site, 'QIN Assessments', 'as-cardio-2026')?.version).toBe(3);
    await expect(store.get('assessment', 'as-cardio-2026')).resolves.toEqual(assessment);
    await expect(store.auditForAssessment('as-cardio-2026')).resolves.toEqual([
      ...auditBefore,
      expect.objectContaining({ action: 'update', entityId: 'as-cardio-2026:1.2', actorId: 'p-amara' }),
    ]);
    expect(list(site, 'QIN Audit events').items.size).toBe(auditBefore.length + 1);
    await other.close();
  });

  it.each(['drop-after', 'drop-before'] as const)(
    'resumes a multi-item write whose connection was cut (%s): applied exactly once',
    async (fault) => {
      const [assessment] = await store.commit(ctx, [put('assessment', serviceAssessment())]);
      h.sim.faults.script({ fault, when: (r) => r.method === 'POST' && r.path === '/$batch' });
      const stored = await store.commit(later(1), [
        put('assessment', { ...serviceAssessment({ state: 'submitted' }) }, assessment?.version ?? 0),
        put('response', response('as-cardio-2026', '1.1', { rating: 'met' })),
      ]);
      expect(stored.map((s) => s.version)).toEqual([2, 1]);
      expect(h.sim.faults.stats[fault === 'drop-after' ? 'droppedAfter' : 'droppedBefore']).toBe(1);
      expect(itemOf(site, 'QIN Assessments', 'as-cardio-2026')?.version).toBe(2);
      expect(itemOf(site, 'QIN Responses', 'as-cardio-2026:1.1')?.version).toBe(1);
      const trail = await store.auditForAssessment('as-cardio-2026');
      expect(trail.map((e) => `${e.action} ${e.entityId}`)).toEqual([
        'create as-cardio-2026',
        'update as-cardio-2026',
        'create as-cardio-2026:1.1',
      ]);
    },
  );

  it('takes a lease exactly once when the answer to taking it is lost', async () => {
    h.sim.faults.script({ fault: 'drop-after', when: (r) => r.method === 'POST' && r.path.endsWith('/items') });
    await expect(store.tryAcquireLease('digest', 'instance-a', later(0).at, later(5).at)).resolves.toBe(true);
    await expect(store.tryAcquireLease('digest', 'instance-b', later(1).at, later(6).at)).resolves.toBe(false);
    expect(list(site, 'QIN Leases').items.size).toBe(1);
  });

  it('says clearly when throttling outlasts every retry', async () => {
    h.sim.faults.setRates({ throttleRate: 1, retryAfterSeconds: 0 });
    await expect(store.get('assessment', 'as-cardio-2026')).rejects.toThrow(/throttling or unavailable/);
  }, 30_000);
});
