/**
 * The Store contract: what every Store adapter (SQLite, SharePoint) must do, written as a user of the port
 * relies on it. Adapter-agnostic: it uses only the Store interface.
 */
import type { AuditEvent } from '../../src/domain/audit';
import { ConflictError, type CommitContext, type Store } from '../../src/services/ports';
import {
  AT,
  cycle,
  del,
  evidence,
  framework,
  oneOfEach,
  organisation,
  organisationAssessment,
  person,
  put,
  response,
  roleAssignment,
  service,
  serviceAssessment,
} from './fixtures';

export type MakeStore = () => Promise<{ store: Store; cleanup: () => Promise<void> }>;

const ctx: CommitContext = { actorId: 'p-amara', at: AT };

/** A context `minutes` after AT, so that audit trails have a clear order. */
function later(minutes: number, actorId = 'p-amara'): CommitContext {
  return { actorId, at: new Date(Date.parse(AT) + minutes * 60_000).toISOString() };
}

function ids(values: readonly { id: string }[]): string[] {
  return values.map((v) => v.id).sort();
}

async function conflictOf(promise: Promise<unknown>): Promise<ConflictError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConflictError) return error;
    throw error;
  }
  throw new Error('expected a ConflictError, but the commit succeeded');
}

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
        await expect(store.ratingsForCycle('cy-2026')).resolves.toEqual([
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

    describe('query', () => {
      it('finds frameworks by key', async () => {
        await store.commit(ctx, [
          put('framework', framework()),
          put('framework', framework({ id: 'fw-mind-body-2', versionNumber: 2, status: 'draft' })),
          put('framework', framework({ id: 'fw-other-1', key: 'other-network' })),
        ]);
        expect(ids(await store.query('framework', { key: 'mind-body-qin' }))).toEqual([
          'fw-mind-body-1',
          'fw-mind-body-2',
        ]);
      });

      it('finds services by organisation', async () => {
        await store.commit(ctx, [
          put('service', service()),
          put('service', service({ id: 'svc-coast', organisationId: 'org-slam', name: 'COAST' })),
        ]);
        expect(ids(await store.query('service', { organisationId: 'org-slam' }))).toEqual(['svc-coast']);
        await expect(store.query('service', { organisationId: 'org-none' })).resolves.toEqual([]);
      });

      it('finds people by email, by sign-in identity and by organisation', async () => {
        await store.commit(ctx, [
          put('person', person({ tenantId: 'tenant-kch', objectId: 'oid-amara' })),
          put('person', person({ id: 'p-ben', email: 'ben@slam.example.nhs.uk', organisationId: 'org-slam' })),
          put('person', person({ id: 'p-eve', email: 'eve@example.org', organisationId: null })),
        ]);
        expect(ids(await store.query('person', { email: 'ben@slam.example.nhs.uk' }))).toEqual(['p-ben']);
        expect(ids(await store.query('person', { identity: 'tenant-kch:oid-amara' }))).toEqual(['p-amara']);
        expect(ids(await store.query('person', { organisationId: 'org-kch' }))).toEqual(['p-amara']);
      });

      it('follows an update of an indexed field (a person signs in for the first time)', async () => {
        await store.commit(ctx, [put('person', person())]);
        await expect(store.query('person', { identity: 'tenant-kch:oid-amara' })).resolves.toEqual([]);
        await store.commit(ctx, [
          put('person', person({ tenantId: 'tenant-kch', objectId: 'oid-amara', email: 'a.okafor@kch.nhs.uk' }), 1),
        ]);
        expect(ids(await store.query('person', { identity: 'tenant-kch:oid-amara' }))).toEqual(['p-amara']);
        expect(ids(await store.query('person', { email: 'a.okafor@kch.nhs.uk' }))).toEqual(['p-amara']);
        await expect(store.query('person', { email: 'amara.okafor@kch.example.nhs.uk' })).resolves.toEqual([]);
      });

      it('finds role assignments by person and by the id their scope names', async () => {
        await store.commit(ctx, [
          put('roleAssignment', roleAssignment()),
          put('roleAssignment', roleAssignment({ id: 'ra-2', role: 'network_admin', scope: { kind: 'network' } })),
          put(
            'roleAssignment',
            roleAssignment({
              id: 'ra-3',
              role: 'organisational_lead',
              scope: { kind: 'organisation', organisationId: 'org-kch' },
            }),
          ),
          put(
            'roleAssignment',
            roleAssignment({
              id: 'ra-4',
              personId: 'p-ben',
              role: 'peer_reviewer',
              scope: { kind: 'review', assessmentId: 'as-cardio-2026' },
            }),
          ),
        ]);
        expect(ids(await store.query('roleAssignment', { personId: 'p-amara' }))).toEqual(['ra-1', 'ra-2', 'ra-3']);
        expect(ids(await store.query('roleAssignment', { scopeId: 'svc-cardio' }))).toEqual(['ra-1']);
        expect(ids(await store.query('roleAssignment', { scopeId: 'network' }))).toEqual(['ra-2']);
        expect(ids(await store.query('roleAssignment', { scopeId: 'org-kch' }))).toEqual(['ra-3']);
        expect(ids(await store.query('roleAssignment', { scopeId: 'as-cardio-2026' }))).toEqual(['ra-4']);
      });

      it('finds assessments by cycle, by subject and by organisation', async () => {
        await store.commit(ctx, [
          put('assessment', serviceAssessment()),
          put('assessment', organisationAssessment()),
          put(
            'assessment',
            serviceAssessment({
              id: 'as-coast-2026',
              subject: { kind: 'service', serviceId: 'svc-coast', organisationId: 'org-slam' },
            }),
          ),
          put('assessment', serviceAssessment({ id: 'as-cardio-2025', cycleId: 'cy-2025' })),
        ]);
        expect(ids(await store.query('assessment', { cycleId: 'cy-2026' }))).toEqual([
          'as-cardio-2026',
          'as-coast-2026',
          'as-kch-2026',
        ]);
        expect(ids(await store.query('assessment', { subjectId: 'svc-cardio' }))).toEqual([
          'as-cardio-2025',
          'as-cardio-2026',
        ]);
        expect(ids(await store.query('assessment', { subjectId: 'org-kch' }))).toEqual(['as-kch-2026']);
        expect(ids(await store.query('assessment', { organisationId: 'org-kch' }))).toEqual([
          'as-cardio-2025',
          'as-cardio-2026',
          'as-kch-2026',
        ]);
      });

      it('AND-s two fields', async () => {
        await store.commit(ctx, [
          put('assessment', serviceAssessment()),
          put('assessment', organisationAssessment()),
          put('assessment', serviceAssessment({ id: 'as-cardio-2025', cycleId: 'cy-2025' })),
        ]);
        const found = await store.query('assessment', { cycleId: 'cy-2026', subjectId: 'svc-cardio' });
        expect(ids(found)).toEqual(['as-cardio-2026']);
        await expect(store.query('assessment', { cycleId: 'cy-2025', subjectId: 'org-kch' })).resolves.toEqual([]);
      });

      it('finds responses by assessment and by cycle, and evidence by assessment', async () => {
        await store.commit(ctx, [
          put('response', response('as-cardio-2026', '1.1')),
          put('response', response('as-cardio-2026', '1.2')),
          put('response', response('as-kch-2026', '5.1')),
          put('response', response('as-cardio-2025', '1.1', { cycleId: 'cy-2025' })),
          put('evidence', evidence()),
          put('evidence', evidence({ id: 'ev-2', assessmentId: 'as-kch-2026' })),
        ]);
        const cardio = await store.query('response', { assessmentId: 'as-cardio-2026' });
        expect(ids(cardio)).toEqual(['as-cardio-2026:1.1', 'as-cardio-2026:1.2']);
        expect(ids(await store.query('response', { cycleId: 'cy-2026' }))).toEqual([
          'as-cardio-2026:1.1',
          'as-cardio-2026:1.2',
          'as-kch-2026:5.1',
        ]);
        expect(ids(await store.query('evidence', { assessmentId: 'as-kch-2026' }))).toEqual(['ev-2']);
      });

      it('lists the whole kind, and only that kind, for an empty filter', async () => {
        await store.commit(ctx, [
          ...oneOfEach(),
          put('organisation', organisation({ id: 'org-slam', shortName: 'SLaM' })),
          put('cycle', cycle({ id: 'cy-2025' })),
        ]);
        expect(ids(await store.query('organisation', {}))).toEqual(['org-kch', 'org-slam']);
        expect(ids(await store.query('cycle', {}))).toEqual(['cy-2025', 'cy-2026']);
        const services = await store.query('service', {});
        expect(services).toEqual([{ ...service(), version: 1 }]);
      });
    });

    describe('ratingsForCycle', () => {
      it('returns one row per response of that cycle only, unrated ones included', async () => {
        await store.commit(ctx, [
          put('response', response('as-cardio-2026', '1.1', { rating: 'met' })),
          put('response', response('as-cardio-2026', '1.2', { rating: 'not_applicable', naReason: 'No inpatients' })),
          put('response', response('as-kch-2026', '5.1')),
          put('response', response('as-cardio-2025', '1.1', { cycleId: 'cy-2025', rating: 'not_met' })),
        ]);
        await store.commit(ctx, [put('response', response('as-kch-2026', '5.1', { rating: 'partly_met' }), 1)]);
        const rows = await store.ratingsForCycle('cy-2026');
        const sorted = [...rows].sort((a, b) =>
          `${a.assessmentId}:${a.standardCode}`.localeCompare(`${b.assessmentId}:${b.standardCode}`),
        );
        expect(sorted).toEqual([
          { assessmentId: 'as-cardio-2026', standardCode: '1.1', rating: 'met' },
          { assessmentId: 'as-cardio-2026', standardCode: '1.2', rating: 'not_applicable' },
          { assessmentId: 'as-kch-2026', standardCode: '5.1', rating: 'partly_met' },
        ]);
        await expect(store.ratingsForCycle('cy-2024')).resolves.toEqual([]);
      });
    });

    describeAudit(() => store);
    describeLeases(() => store);

    it('answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}

function describeAudit(getStore: () => Store): void {
  describe('audit', () => {
    function summary(events: readonly AuditEvent[]): string[] {
      return events.map((e) => `${e.action} ${e.entityKind} ${e.entityId}`);
    }

    it('records create, update and delete with actor, time, before and after', async () => {
      const store = getStore();
      const [created] = await store.commit(later(0, 'p-amara'), [put('service', service())]);
      const [updated] = await store.commit(later(1, 'p-ben'), [put('service', service({ name: 'Cardiac' }), 1)]);
      await store.commit(later(2, 'p-admin'), [del('service', 'svc-cardio', 2)]);

      const events = await store.auditForEntity('service', 'svc-cardio');
      expect(events).toHaveLength(3);
      const [c, u, d] = events;
      expect(c).toMatchObject({ action: 'create', actorId: 'p-amara', at: later(0).at, before: null, after: created });
      expect(u).toMatchObject({ action: 'update', actorId: 'p-ben', at: later(1).at, before: created, after: updated });
      expect(d).toMatchObject({ action: 'delete', actorId: 'p-admin', at: later(2).at, before: updated, after: null });
      for (const e of events) {
        expect(e).toMatchObject({ entityKind: 'service', entityId: 'svc-cardio', assessmentId: null });
        expect(typeof e.id).toBe('string');
      }
      expect(new Set(events.map((e) => e.id)).size).toBe(3);
    });

    it("gives an assessment's own events and its responses' and evidence's, oldest first", async () => {
      const store = getStore();
      await store.commit(later(0), [
        put('assessment', serviceAssessment()),
        put('response', response('as-cardio-2026', '1.1')),
      ]);
      await store.commit(later(1), [put('assessment', organisationAssessment())]);
      await store.commit(later(2, 'p-ben'), [
        put('response', response('as-cardio-2026', '1.1', { rating: 'met', updatedBy: 'p-ben' }), 1),
      ]);
      await store.commit(later(3), [put('response', response('as-kch-2026', '5.1'))]);
      await store.commit(later(4), [put('evidence', evidence())]);
      await store.commit(later(5), [
        put('assessment', serviceAssessment({ state: 'submitted', submittedAt: later(5).at }), 1),
      ]);
      await store.commit(later(6), [put('cycle', cycle())]);

      const trail = await store.auditForAssessment('as-cardio-2026');
      expect(summary(trail)).toEqual([
        'create assessment as-cardio-2026',
        'create response as-cardio-2026:1.1',
        'update response as-cardio-2026:1.1',
        'create evidence ev-1',
        'update assessment as-cardio-2026',
      ]);
      expect(trail.every((e) => e.assessmentId === 'as-cardio-2026')).toBe(true);
      expect(trail[2]).toMatchObject({ actorId: 'p-ben', after: { rating: 'met', version: 2 } });
      expect(summary(await store.auditForAssessment('as-kch-2026'))).toEqual([
        'create assessment as-kch-2026',
        'create response as-kch-2026:5.1',
      ]);
      await expect(store.auditForAssessment('as-none')).resolves.toEqual([]);
    });

    it("keeps a deleted response's event in its assessment's trail", async () => {
      const store = getStore();
      await store.commit(later(0), [put('response', response('as-cardio-2026', '1.1'))]);
      await store.commit(later(1), [del('response', 'as-cardio-2026:1.1', 1)]);
      expect(summary(await store.auditForAssessment('as-cardio-2026'))).toEqual([
        'create response as-cardio-2026:1.1',
        'delete response as-cardio-2026:1.1',
      ]);
    });

    it('writes no event for a commit that failed', async () => {
      const store = getStore();
      await store.commit(later(0), [put('assessment', serviceAssessment())]);
      await expect(
        store.commit(later(1), [
          put('response', response('as-cardio-2026', '1.1')),
          put('assessment', serviceAssessment(), 0),
        ]),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(summary(await store.auditForAssessment('as-cardio-2026'))).toEqual(['create assessment as-cardio-2026']);
      await expect(store.auditForEntity('response', 'as-cardio-2026:1.1')).resolves.toEqual([]);
    });
  });
}

function describeLeases(getStore: () => Store): void {
  describe('leases', () => {
    const t = (minutes: number): string => later(minutes).at;

    it('refuses a second holder until the lease expires', async () => {
      const store = getStore();
      await expect(store.tryAcquireLease('reminders', 'instance-a', t(0), t(5))).resolves.toBe(true);
      await expect(store.tryAcquireLease('reminders', 'instance-b', t(1), t(6))).resolves.toBe(false);
      await expect(store.tryAcquireLease('reminders', 'instance-b', t(4), t(9))).resolves.toBe(false);
      await expect(store.tryAcquireLease('reminders', 'instance-b', t(5), t(10))).resolves.toBe(true);
      await expect(store.tryAcquireLease('reminders', 'instance-a', t(6), t(11))).resolves.toBe(false);
    });

    it('lets the same holder renew, which extends the lease', async () => {
      const store = getStore();
      await expect(store.tryAcquireLease('reminders', 'instance-a', t(0), t(5))).resolves.toBe(true);
      await expect(store.tryAcquireLease('reminders', 'instance-a', t(4), t(9))).resolves.toBe(true);
      await expect(store.tryAcquireLease('reminders', 'instance-b', t(6), t(11))).resolves.toBe(false);
    });

    it('frees the lease on release by its holder, and only by its holder', async () => {
      const store = getStore();
      await store.tryAcquireLease('reminders', 'instance-a', t(0), t(5));
      await store.releaseLease('reminders', 'instance-b');
      await expect(store.tryAcquireLease('reminders', 'instance-b', t(1), t(6))).resolves.toBe(false);
      await store.releaseLease('reminders', 'instance-a');
      await expect(store.tryAcquireLease('reminders', 'instance-b', t(1), t(6))).resolves.toBe(true);
      await expect(store.releaseLease('never-taken', 'instance-a')).resolves.toBeUndefined();
    });

    it('keeps leases of different names apart', async () => {
      const store = getStore();
      await expect(store.tryAcquireLease('reminders', 'instance-a', t(0), t(5))).resolves.toBe(true);
      await expect(store.tryAcquireLease('digest', 'instance-b', t(0), t(5))).resolves.toBe(true);
    });

    it('grants a contested lease to exactly one of several holders asking at once', async () => {
      const store = getStore();
      const holders = ['instance-a', 'instance-b', 'instance-c', 'instance-d'];
      const results = await Promise.all(holders.map((h) => store.tryAcquireLease('reminders', h, t(0), t(5))));
      expect(results.filter(Boolean)).toHaveLength(1);
    });
  });
}
