import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import type { QuestionnaireComment } from '../../src/domain/questionnaires/questionnaire-answer';
import { tracedStore } from '../../src/telemetry';
import { put } from '../contract/fixtures';
import { ctx } from '../contract/store-contract-helpers';

function comment(i: number): QuestionnaireComment {
  return { id: `com-${i}`, version: 0, runId: 'run-1', itemCode: 'P9', text: `Comment ${i}`, answeredOn: '2026-06-01' };
}

describe('the store with a span per call (Application Insights on)', () => {
  it("reads a page through the store's own paging, as it does without Application Insights", async () => {
    const inner = SqliteStore.open(':memory:');
    await inner.commit(
      ctx,
      Array.from({ length: 5 }, (_, i) => put('questionnaireComment', comment(i))),
    );
    const wholeQueries = jest.spyOn(inner, 'query');
    const store = tracedStore(inner);

    const page = await store.queryPage?.('questionnaireComment', { runId: 'run-1' }, { limit: 2 });

    expect(page?.items).toHaveLength(2);
    expect(page?.next).not.toBeNull();
    expect(wholeQueries).not.toHaveBeenCalled();
    await store.close();
  });
});
