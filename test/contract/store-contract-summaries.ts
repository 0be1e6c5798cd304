/**
 * The Store contract: assessment summaries, kept in the same commit as every save by keepingSummaries over the
 * adapter, as the app wires it. Two app instances are two keepers over one store.
 */
import { publishedFrameworks } from '../../src/services/summaries/summary-builder';
import { keepingSummaries } from '../../src/services/summaries/summary-keeper';
import type { Store } from '../../src/services/ports';
import { agreedRating } from './review-fixtures';
import { del, framework, put, response, serviceAssessment } from './fixtures';
import { conflictOf, ctx, ids, later } from './store-contract-helpers';

const A = 'as-cardio-2026';

export function describeSummaryStorage(getStore: () => Store): void {
  describe('assessment summaries', () => {
    let store: Store;
    let app: Store;
    beforeEach(async () => {
      store = getStore();
      app = keepingSummaries(store, publishedFrameworks(store));
      await app.commit(ctx, [
        put('framework', framework()),
        put('assessment', serviceAssessment()),
        put('response', response(A, '1.1')),
        put('response', response(A, '1.2')),
      ]);
    });

    it('writes the summary with the assessment and moves it with every rating saved', async () => {
      const created = await store.get('assessmentSummary', A);
      expect(created?.standards).toEqual({
        '1.1': { rating: null, assigneeId: null },
        '1.2': { rating: null, assigneeId: null },
      });
      expect(created?.progress).toEqual({ total: 2, rated: 0, percent: 0 });
      const current = await store.get('response', `${A}:1.1`);
      await app.commit(later(1), [
        put('response', { ...(current ?? response(A, '1.1')), rating: 'met' }, current?.version ?? 1),
      ]);
      const saved = await store.get('assessmentSummary', A);
      expect(saved?.version).toBe(2);
      expect(saved?.standards['1.1']).toEqual({ rating: 'met', assigneeId: null });
      expect(saved?.progress).toEqual({ total: 2, rated: 1, percent: 50 });
      // The framework's only theme counts only its standard 1.1: met, so 100%.
      expect(saved?.themePercents).toEqual({ '1': 100 });
      expect(ids(await store.query('assessmentSummary', { cycleId: 'cy-2026', organisationId: 'org-kch' }))).toEqual([
        A,
      ]);
    });

    it('leaves the save its own audit event and none for the summary it moved (derived, not a change people make)', async () => {
      const current = await store.get('response', `${A}:1.1`);
      await app.commit(later(1), [
        put('response', { ...(current ?? response(A, '1.1')), rating: 'met' }, current?.version ?? 1),
      ]);
      expect(await store.auditForEntity('assessmentSummary', A)).toEqual([]);
      const saved = await store.auditForEntity('response', `${A}:1.1`);
      expect(saved.map((e) => e.action)).toEqual(['create', 'update']);
      expect((await store.get('assessmentSummary', A))?.version).toBe(2);
    });

    it('lands two saves of different standards of one assessment made at once by two app instances', async () => {
      const other = keepingSummaries(store, publishedFrameworks(store));
      const [first, second] = await Promise.all([store.get('response', `${A}:1.1`), store.get('response', `${A}:1.2`)]);
      await Promise.all([
        app.commit(later(1), [put('response', { ...(first ?? response(A, '1.1')), rating: 'met' }, 1)]),
        other.commit(later(1), [put('response', { ...(second ?? response(A, '1.2')), rating: 'not_met' }, 1)]),
      ]);
      const summary = await store.get('assessmentSummary', A);
      expect(summary?.standards).toEqual({
        '1.1': { rating: 'met', assigneeId: null },
        '1.2': { rating: 'not_met', assigneeId: null },
      });
      expect((await store.get('response', `${A}:1.1`))?.rating).toBe('met');
      expect((await store.get('response', `${A}:1.2`))?.rating).toBe('not_met');
    });

    it('writes no summary when the save itself is refused as stale', async () => {
      await app.commit(later(1), [put('response', { ...response(A, '1.1'), rating: 'met' }, 1)]);
      const refused = await conflictOf(
        app.commit(later(2), [put('response', { ...response(A, '1.1'), rating: 'not_met' }, 1)]),
      );
      expect(refused.kind).toBe('response');
      expect((await store.get('assessmentSummary', A))?.standards['1.1']?.rating).toBe('met');
    });

    it('keeps the agreed ratings and the state, and goes when the assessment is deleted', async () => {
      await app.commit(later(1), [
        put('assessment', serviceAssessment({ state: 'agreed' }), 1),
        put('agreedRating', agreedRating({ assessmentId: A, standardCode: '1.1', rating: 'partly_met' })),
      ]);
      const summary = await store.get('assessmentSummary', A);
      expect(summary?.state).toBe('agreed');
      expect(summary?.agreed).toEqual({ '1.1': 'partly_met' });
      await app.commit(later(2), [del('assessment', A, 2)]);
      expect(await store.get('assessmentSummary', A)).toBeUndefined();
    });
  });
}
