/**
 * The Store contract: what every Store adapter (SQLite, SharePoint) must do, written as a user of the port
 * relies on it. Adapter-agnostic: it uses only the Store interface. One suite, in three files:
 * this one (writes, versions, conflicts, delete, getMany), queries, and audit with leases.
 */
import type { Store } from '../../src/services/ports';
import {
  AT,
  cycle,
  del,
  evidence,
  oneOfEach,
  organisation,
  person,
  put,
  response,
  roleAssignment,
  service,
  serviceAssessment,
} from './fixtures';
import { describeAudit, describeLeases } from './store-contract-audit';
import { conflictOf, ctx, ids, later } from './store-contract-helpers';
import { describeQueries } from './store-contract-queries';
import { describeReviewQueries } from './store-contract-review';
import { describeQuestionnaireStorage } from './store-contract-questionnaires';
import { describeSummaryStorage } from './store-contract-summaries';
import { ratingsOfCycle } from './cycle-ratings';

export type MakeStore = () => Promise<{ store: Store; cleanup: () => Promise<void> }>;

export function describeStoreContract(name: string, makeStore: MakeStore): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      ({ store, cleanup } = await makeStore());
    });
    afterEach(async () => {
      await cleanup();
    });

    describe('put and get', () => {
      it('gives undefined for an id never stored', async () => {
        await expect(store.get('organisation', 'org-nowhere')).resolves.toBeUndefined();
      });

      it('stores every kind and reads it back as written, at version 1', async () => {
        const changes = oneOfEach();
        const stored = await store.commit(ctx, changes);
        expect(stored).toHaveLength(changes.length);
        for (const [i, change] of changes.entries()) {
          if (change.op !== 'put') throw new Error('fixture changes are puts');
          const expected = { ...change.value, version: 1 };
          expect(stored[i]).toEqual(expected);
          await expect(store.get(change.kind, change.value.id)).resolves.toEqual(expected);
        }
      });

      it('ignores the version carried by the value: the store sets it from expectedVersion', async () => {
        const [stored] = await store.commit(ctx, [put('organisation', organisation({ version: 41 }))]);
        expect(stored?.version).toBe(1);
        await expect(store.get('organisation', 'org-kch')).resolves.toMatchObject({ version: 1 });
      });

      it('increments the version on every write', async () => {
        await store.commit(ctx, [put('organisation', organisation())]);
        const [v2] = await store.commit(ctx, [put('organisation', organisation({ shortName: 'KCH NHS' }), 1)]);
        const [v3] = await store.commit(ctx, [put('organisation', organisation({ tenantId: 'tenant-kch' }), 2)]);
        expect(v2).toMatchObject({ version: 2, shortName: 'KCH NHS' });
        expect(v3).toMatchObject({ version: 3, tenantId: 'tenant-kch', shortName: 'KCH' });
        await expect(store.get('organisation', 'org-kch')).resolves.toEqual(v3);
      });

      it('applies several changes of several kinds together and returns the puts in order', async () => {
        const stored = await store.commit(ctx, [
          put('assessment', serviceAssessment()),
          put('response', response('as-cardio-2026', '1.1')),
          put('response', response('as-cardio-2026', '1.2')),
        ]);
        expect(stored.map((s) => s.id)).toEqual(['as-cardio-2026', 'as-cardio-2026:1.1', 'as-cardio-2026:1.2']);
        expect(stored.every((s) => s.version === 1)).toBe(true);
        await expect(store.query('response', { assessmentId: 'as-cardio-2026' })).resolves.toHaveLength(2);
      });

      it('keeps kinds apart: the same id in two kinds is two entities', async () => {
        await store.commit(ctx, [put('organisation', organisation({ id: 'x' })), put('cycle', cycle({ id: 'x' }))]);
        await expect(store.get('organisation', 'x')).resolves.toMatchObject({ shortName: 'KCH' });
        await expect(store.get('cycle', 'x')).resolves.toMatchObject({ name: '2026-27 cycle' });
      });
    });

    describe('conflicts', () => {
      it('refuses a stale write with the current value, and keeps the current value', async () => {
        await store.commit(ctx, [put('service', service())]);
        const [current] = await store.commit(ctx, [put('service', service({ name: 'Cardiac service' }), 1)]);

        const conflict = await conflictOf(store.commit(ctx, [put('service', service({ name: 'Stale' }), 1)]));
        expect(conflict).toMatchObject({ kind: 'service', id: 'svc-cardio', expectedVersion: 1 });
        expect(conflict.current).toEqual(current);
        await expect(store.get('service', 'svc-cardio')).resolves.toEqual(current);
      });

      it('refuses expectedVersion 0 when the id exists already', async () => {
        const [first] = await store.commit(ctx, [put('person', person())]);
        const conflict = await conflictOf(store.commit(ctx, [put('person', person({ displayName: 'Other' }))]));
        expect(conflict.current).toEqual(first);
        expect(conflict.expectedVersion).toBe(0);
        await expect(store.get('person', 'p-amara')).resolves.toEqual(first);
      });

      it('refuses an update of something that does not exist, with no current value', async () => {
        const conflict = await conflictOf(store.commit(ctx, [put('cycle', cycle(), 3)]));
        expect(conflict).toMatchObject({ kind: 'cycle', id: 'cy-2026', expectedVersion: 3 });
        expect(conflict.current).toBeUndefined();
        await expect(store.get('cycle', 'cy-2026')).resolves.toBeUndefined();
      });

      it('applies nothing of a commit whose last change is stale', async () => {
        const [existing] = await store.commit(ctx, [put('assessment', serviceAssessment())]);
        await store.commit(ctx, [put('response', response('as-cardio-2026', '1.2', { rating: 'met' }))]);
        await store.commit(ctx, [put('response', response('as-cardio-2026', '1.2', { rating: 'not_met' }), 1)]);
        const auditBefore = await store.auditForAssessment('as-cardio-2026');

        const failed = store.commit(later(5), [
          put('assessment', serviceAssessment({ state: 'submitted', submittedAt: AT }), 1),
          put('response', response('as-cardio-2026', '1.1', { rating: 'met' })),
          put('response', response('as-cardio-2026', '1.2', { rating: 'partly_met' }), 1),
        ]);
        const conflict = await conflictOf(failed);
        expect(conflict).toMatchObject({ kind: 'response', id: 'as-cardio-2026:1.2', expectedVersion: 1 });
        expect(conflict.current).toMatchObject({ version: 2, rating: 'not_met' });

        await expect(store.get('assessment', 'as-cardio-2026')).resolves.toEqual(existing);
        await expect(store.get('response', 'as-cardio-2026:1.1')).resolves.toBeUndefined();
        await expect(store.get('response', 'as-cardio-2026:1.2')).resolves.toMatchObject({ rating: 'not_met' });
        await expect(store.auditForAssessment('as-cardio-2026')).resolves.toEqual(auditBefore);
        await expect(ratingsOfCycle(store, 'cy-2026')).resolves.toEqual([
          { assessmentId: 'as-cardio-2026', standardCode: '1.2', rating: 'not_met' },
        ]);
      });

      it('refuses a delete at a stale version and keeps the entity', async () => {
        await store.commit(ctx, [put('evidence', evidence())]);
        const [current] = await store.commit(ctx, [put('evidence', evidence({ fileName: 'audit-v2.pdf' }), 1)]);
        const conflict = await conflictOf(store.commit(ctx, [del('evidence', 'ev-1', 1)]));
        expect(conflict.current).toEqual(current);
        await expect(store.get('evidence', 'ev-1')).resolves.toEqual(current);
      });
    });

    describe('delete', () => {
      it('removes an entity at its current version; it can then be created afresh', async () => {
        await store.commit(ctx, [put('roleAssignment', roleAssignment())]);
        await store.commit(ctx, [put('roleAssignment', roleAssignment({ role: 'contributor' }), 1)]);
        const stored = await store.commit(ctx, [del('roleAssignment', 'ra-1', 2)]);
        expect(stored).toEqual([]);
        await expect(store.get('roleAssignment', 'ra-1')).resolves.toBeUndefined();
        await expect(store.query('roleAssignment', { personId: 'p-amara' })).resolves.toEqual([]);

        const [again] = await store.commit(ctx, [put('roleAssignment', roleAssignment())]);
        expect(again?.version).toBe(1);
      });

      it('treats deleting what is not there, at expectedVersion 0, as nothing to do', async () => {
        await expect(store.commit(ctx, [del('service', 'svc-gone', 0)])).resolves.toEqual([]);
        await expect(store.auditForEntity('service', 'svc-gone')).resolves.toEqual([]);
      });

      it('refuses deleting what is not there at a non-zero version', async () => {
        const conflict = await conflictOf(store.commit(ctx, [del('service', 'svc-gone', 1)]));
        expect(conflict.current).toBeUndefined();
      });
    });

    describe('getMany', () => {
      it('returns the ids found and leaves out the missing ones', async () => {
        await store.commit(ctx, [
          put('service', service({ id: 'svc-a' })),
          put('service', service({ id: 'svc-b' })),
          put('service', service({ id: 'svc-c' })),
        ]);
        const found = await store.getMany('service', ['svc-a', 'svc-missing', 'svc-c']);
        expect(ids(found)).toEqual(['svc-a', 'svc-c']);
        expect(found.every((s) => s.version === 1)).toBe(true);
        await expect(store.getMany('service', [])).resolves.toEqual([]);
      });

      it('reads 1,200 ids at once', async () => {
        const all = Array.from({ length: 1200 }, (_, i) =>
          response('as-cardio-2026', `${Math.floor(i / 10) + 1}.${i % 10}`),
        );
        await store.commit(
          ctx,
          all.map((r) => put('response', r)),
        );
        const wanted = [...all.map((r) => r.id), 'as-cardio-2026:missing'];
        const found = await store.getMany('response', wanted);
        expect(found).toHaveLength(1200);
        expect(ids(found)).toEqual(all.map((r) => r.id).sort());
      });
    });

    describeQueries(() => store);
    describeAudit(() => store);
    describeLeases(() => store);
    describeReviewQueries(() => store);
    describeQuestionnaireStorage(() => store);
    describeSummaryStorage(() => store);

    it('answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
