/** The Store contract: questionnaires, their runs, anonymous answers and the counts kept in the same commit. */
import type { Store } from '../../src/services/ports';
import { pageOf } from '../../src/services/query-page';
import { put } from './fixtures';
import {
  questionnaire,
  questionnaireAnswer,
  questionnaireComment,
  questionnaireMarker,
  questionnaireRun,
  questionnaireTally,
} from './questionnaire-fixtures';
import { conflictOf, ctx, ids, later } from './store-contract-helpers';

export function describeQuestionnaireStorage(getStore: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = getStore();
  });

  describe('questionnaires', () => {
    it('finds questionnaires by framework and key, and runs by service, cycle and token digest', async () => {
      await store.commit(ctx, [
        put('questionnaire', questionnaire()),
        put('questionnaire', questionnaire({ id: 'fw-1:patients-starter:cy-GB', language: 'cy-GB' })),
        put(
          'questionnaire',
          questionnaire({ id: 'fw-2:staff-starter:en-GB', frameworkId: 'fw-2', key: 'staff-starter' }),
        ),
        put('questionnaireRun', questionnaireRun()),
        put('questionnaireRun', questionnaireRun({ id: 'run-2', serviceId: 'svc-coast', tokenHash: 'b'.repeat(64) })),
      ]);
      expect(ids(await store.query('questionnaire', { frameworkId: 'fw-1' }))).toEqual([
        'fw-1:patients-starter:cy-GB',
        'fw-1:patients-starter:en-GB',
      ]);
      expect(ids(await store.query('questionnaire', { questionnaireKey: 'staff-starter' }))).toEqual([
        'fw-2:staff-starter:en-GB',
      ]);
      expect(ids(await store.query('questionnaireRun', { tokenHash: 'b'.repeat(64) }))).toEqual(['run-2']);
      expect(ids(await store.query('questionnaireRun', { serviceId: 'svc-cardio', cycleId: 'cy-2026' }))).toEqual([
        'cy-2026:svc-cardio:fw-1:patients-starter:en-GB',
      ]);
      const stored = await store.get('questionnaire', 'fw-1:patients-starter:en-GB');
      expect(stored?.items).toEqual(questionnaire().items);
    });

    it('stores an answer, its comment and the updated counts in one commit, and keeps the counts exact', async () => {
      const run = questionnaireRun();
      await store.commit(ctx, [
        put('questionnaireAnswer', questionnaireAnswer()),
        put('questionnaireComment', questionnaireComment()),
        put('questionnaireTally', questionnaireTally()),
      ]);
      await store.commit(later(1), [
        put('questionnaireAnswer', questionnaireAnswer({ id: 'qa-2', source: 'paper', choices: { P1: 'disagree' } })),
        put(
          'questionnaireTally',
          questionnaireTally({
            answers: 2,
            paperAnswers: 1,
            choices: { P1: { agree: 1, disagree: 1 }, P2: { yes: 1 } },
          }),
          1,
        ),
      ]);
      expect(ids(await store.query('questionnaireAnswer', { runId: run.id }))).toEqual(['qa-1', 'qa-2']);
      expect(ids(await store.query('questionnaireComment', { runId: run.id }))).toEqual(['qc-1']);
      const tally = await store.get('questionnaireTally', run.id);
      expect(tally).toMatchObject({
        version: 2,
        answers: 2,
        paperAnswers: 1,
        choices: { P1: { agree: 1, disagree: 1 } },
      });
      expect((await store.get('questionnaireComment', 'qc-1'))?.text).toBe(questionnaireComment().text);
    });

    it('records no audit event of an answer, its comments or the counts, so none can be paired with a marker', async () => {
      await store.commit(ctx, [put('questionnaireMarker', questionnaireMarker())]);
      await store.commit(ctx, [
        put('questionnaireAnswer', questionnaireAnswer()),
        put('questionnaireComment', questionnaireComment()),
        put('questionnaireTally', questionnaireTally()),
      ]);
      expect(await store.auditForEntity('questionnaireAnswer', questionnaireAnswer().id)).toEqual([]);
      expect(await store.auditForEntity('questionnaireComment', questionnaireComment().id)).toEqual([]);
      expect(await store.auditForEntity('questionnaireTally', questionnaireTally().id)).toEqual([]);
      expect(await store.get('questionnaireAnswer', questionnaireAnswer().id)).toMatchObject({ version: 1 });
      const markerTrail = await store.auditForEntity('questionnaireMarker', questionnaireMarker().id);
      expect(markerTrail.map((e) => e.action)).toEqual(['create']);
    });

    it('stores nothing of an answer whose counts were changed by someone else meanwhile', async () => {
      await store.commit(ctx, [put('questionnaireTally', questionnaireTally())]);
      const conflict = await conflictOf(
        store.commit(later(1), [
          put('questionnaireAnswer', questionnaireAnswer({ id: 'qa-late' })),
          put('questionnaireComment', questionnaireComment({ id: 'qc-late' })),
          put('questionnaireTally', questionnaireTally({ answers: 2 }), 0),
        ]),
      );
      expect(conflict.kind).toBe('questionnaireTally');
      expect(await store.get('questionnaireAnswer', 'qa-late')).toBeUndefined();
      expect(await store.get('questionnaireComment', 'qc-late')).toBeUndefined();
      expect((await store.get('questionnaireTally', questionnaireTally().id))?.answers).toBe(1);
    });

    it('keeps one answered marker per run and person, found by run and by person', async () => {
      await store.commit(ctx, [put('questionnaireMarker', questionnaireMarker())]);
      await conflictOf(store.commit(later(1), [put('questionnaireMarker', questionnaireMarker())]));
      expect(ids(await store.query('questionnaireMarker', { personId: 'p-amara' }))).toEqual([
        questionnaireMarker().id,
      ]);
      expect(ids(await store.query('questionnaireMarker', { runId: questionnaireRun().id }))).toEqual([
        questionnaireMarker().id,
      ]);
    });

    it("reads a run's comments a page at a time, each once, without those of other runs", async () => {
      const comments = Array.from({ length: 7 }, (_, i) => questionnaireComment({ id: `qc-page-${i}` }));
      await store.commit(ctx, [
        ...comments.map((c) => put('questionnaireComment', c)),
        put('questionnaireComment', questionnaireComment({ id: 'qc-other-run', runId: 'another-run' })),
      ]);
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await pageOf(
          store,
          'questionnaireComment',
          { runId: questionnaireRun().id },
          {
            limit: 3,
            ...(cursor === undefined ? {} : { cursor }),
          },
        );
        expect(page.items.length).toBeLessThanOrEqual(3);
        seen.push(...ids(page.items));
        cursor = page.next ?? undefined;
        pages += 1;
      } while (cursor !== undefined && pages < 10);
      expect(pages).toBe(3);
      expect([...seen].sort()).toEqual(comments.map((c) => c.id).sort());
    });
  });
}
