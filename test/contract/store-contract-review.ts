/** The Store contract, part 4: queries on the indexed fields of the peer review kinds (issue 7). */
import type { Store } from '../../src/services/ports';
import { put } from './fixtures';
import {
  action,
  agreedRating,
  conflictDeclaration,
  finding,
  libraryEntry,
  report,
  reviewerClaim,
  reviewTeam,
} from './review-fixtures';
import { ctx, ids } from './store-contract-helpers';

export function describeReviewQueries(getStore: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = getStore();
  });

  describe('query on peer review kinds', () => {
    it('finds teams, conflicts, agreed ratings and findings by their indexed fields', async () => {
      await store.commit(ctx, [
        put('reviewTeam', reviewTeam()),
        put('reviewTeam', reviewTeam({ id: 'team:as-other', assessmentId: 'as-other', cycleId: 'cy-2025' })),
        put('conflictDeclaration', conflictDeclaration()),
        put(
          'conflictDeclaration',
          conflictDeclaration({ id: 'coi-2', personId: 'p-lowe', organisationId: 'org-slam' }),
        ),
        put('agreedRating', agreedRating()),
        put('agreedRating', agreedRating({ id: 'as-other:1.1', assessmentId: 'as-other', cycleId: 'cy-2025' })),
        put('finding', finding()),
      ]);
      expect(ids(await store.query('reviewTeam', { cycleId: 'cy-2026' }))).toEqual(['team:as-cardio-2026']);
      expect(ids(await store.query('conflictDeclaration', { organisationId: 'org-slam' }))).toEqual(['coi-2']);
      expect(ids(await store.query('conflictDeclaration', { personId: 'p-asante' }))).toEqual(['coi-1']);
      expect(ids(await store.query('agreedRating', { cycleId: 'cy-2025' }))).toEqual(['as-other:1.1']);
      expect(ids(await store.query('finding', { assessmentId: 'as-cardio-2026' }))).toEqual(['f-1']);
    });

    it('finds actions by owner, status and cycle, reports by subject, library entries by announcement', async () => {
      await store.commit(ctx, [
        put('action', action()),
        put('action', action({ id: 'act-2', ownerId: 'p-lowe', status: 'in_progress' })),
        put('action', action({ id: 'act-3', assessmentId: 'as-other', cycleId: 'cy-2025', status: 'in_progress' })),
        put('report', report()),
        put(
          'report',
          report({
            id: 'report:org:org-kch:cy-2026',
            subject: { kind: 'organisation', organisationId: 'org-kch' },
            assessmentId: null,
          }),
        ),
        put('libraryEntry', libraryEntry()),
        put('libraryEntry', libraryEntry({ id: 'library:f-3', findingId: 'f-3', announcement: 'sent' })),
      ]);
      expect(ids(await store.query('action', { ownerId: 'p-amara', status: 'proposed' }))).toEqual(['act-1']);
      expect(ids(await store.query('action', { status: 'in_progress' }))).toEqual(['act-2', 'act-3']);
      // One cycle's actions of a status: how network impact and the reminders read them.
      expect(ids(await store.query('action', { cycleId: 'cy-2026', status: 'in_progress' }))).toEqual(['act-2']);
      expect(ids(await store.query('action', { cycleId: 'cy-2025', status: 'in_progress' }))).toEqual(['act-3']);
      expect(ids(await store.query('action', { cycleId: 'cy-2025', status: 'proposed' }))).toEqual([]);
      expect(ids(await store.query('report', { subjectId: 'svc-cardio' }))).toEqual(['report:as-cardio-2026']);
      expect(ids(await store.query('report', { subjectId: 'org-kch' }))).toEqual(['report:org:org-kch:cy-2026']);
      expect(ids(await store.query('libraryEntry', { announcement: 'pending' }))).toEqual(['library:f-2']);
      expect(ids(await store.query('libraryEntry', { status: 'published', announcement: 'sent' }))).toEqual([
        'library:f-3',
      ]);
    });

    it('finds time and expenses claims by person and by status, keeping pence and quarter hours exact', async () => {
      await store.commit(ctx, [
        put('reviewerClaim', reviewerClaim()),
        put('reviewerClaim', reviewerClaim({ id: 'claim-2', status: 'approved', hours: 0.25 })),
        put(
          'reviewerClaim',
          reviewerClaim({ id: 'claim-3', personId: 'p-other', assessmentId: null, activity: 'training' }),
        ),
      ]);
      expect(ids(await store.query('reviewerClaim', { personId: 'p-santos' }))).toEqual(['claim-1', 'claim-2']);
      expect(ids(await store.query('reviewerClaim', { status: 'approved' }))).toEqual(['claim-2']);
      const [first] = await store.getMany('reviewerClaim', ['claim-1']);
      expect(first).toMatchObject({ hours: 3.5, expenses: [{ category: 'travel', amountPence: 1240 }] });
    });
  });
}
