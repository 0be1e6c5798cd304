/** The Store contract, part 3: the audit trail and leases. */
import type { AuditEvent } from '../../src/domain/audit';
import { ConflictError, type Store } from '../../src/services/ports';
import { cycle, del, evidence, organisationAssessment, put, response, service, serviceAssessment } from './fixtures';
import {
  action,
  agreedRating,
  conflictDeclaration,
  finding,
  libraryEntry,
  report,
  reviewerRating,
  reviewTeam,
} from './review-fixtures';
import { later } from './store-contract-helpers';

export function describeAudit(getStore: () => Store): void {
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

    it("gives the assessment's review team, reviewer and agreed ratings, findings, actions and library decisions in its trail too", async () => {
      const store = getStore();
      await store.commit(later(0), [put('assessment', serviceAssessment())]);
      await store.commit(later(1, 'p-amara'), [put('reviewTeam', reviewTeam())]);
      await store.commit(later(2, 'p-santos'), [put('reviewRating', reviewerRating())]);
      await store.commit(later(3, 'p-lowe'), [put('agreedRating', agreedRating()), put('finding', finding())]);
      await store.commit(later(4, 'p-ben'), [put('action', action())]);
      await store.commit(later(5, 'p-amara'), [put('libraryEntry', libraryEntry())]);
      // Someone else's review work, and what is not review work on this assessment, stay out of its trail.
      await store.commit(later(6), [
        put('reviewTeam', reviewTeam({ id: 'team:as-kch-2026', assessmentId: 'as-kch-2026' })),
        put('conflictDeclaration', conflictDeclaration()),
        put('report', report()),
      ]);

      const trail = await store.auditForAssessment('as-cardio-2026');
      expect(summary(trail)).toEqual([
        'create assessment as-cardio-2026',
        'create reviewTeam team:as-cardio-2026',
        'create reviewRating as-cardio-2026:1.1:p-santos',
        'create agreedRating as-cardio-2026:1.1',
        'create finding f-1',
        'create action act-1',
        'create libraryEntry library:f-2',
      ]);
      expect(trail.find((e) => e.entityKind === 'reviewRating')).toMatchObject({ actorId: 'p-santos' });
      expect(trail.find((e) => e.entityKind === 'libraryEntry')).toMatchObject({ actorId: 'p-amara' });
      expect(summary(await store.auditForAssessment('as-kch-2026'))).toEqual(['create reviewTeam team:as-kch-2026']);
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

export function describeLeases(getStore: () => Store): void {
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
