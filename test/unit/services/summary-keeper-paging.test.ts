import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import type { QuestionnaireComment } from '../../../src/domain/questionnaires/questionnaire-answer';
import { pageOf } from '../../../src/services/query-page';
import { publishedFrameworks } from '../../../src/services/summaries/summary-builder';
import { keepingSummaries } from '../../../src/services/summaries/summary-keeper';
import { put } from '../../contract/fixtures';
import { ctx } from '../../contract/store-contract-helpers';

const RUN = 'run-1';

function comment(i: number): QuestionnaireComment {
  const id = `com-${String(i).padStart(4, '0')}`;
  return { id, version: 0, runId: RUN, itemCode: 'P9', text: `Comment ${i}`, answeredOn: '2026-06-01' };
}

describe('the store that keeps summaries, read a page at a time', () => {
  it("reads one page of a run's comments through the store's own paging, not by reading them all", async () => {
    const inner = SqliteStore.open(':memory:');
    await inner.commit(
      ctx,
      Array.from({ length: 120 }, (_, i) => put('questionnaireComment', comment(i))),
    );
    const store = keepingSummaries(inner, publishedFrameworks(inner));
    const wholeQueries = jest.spyOn(inner, 'query');

    const first = await pageOf(store, 'questionnaireComment', { runId: RUN }, { limit: 50 });
    const second = await pageOf(store, 'questionnaireComment', { runId: RUN }, { limit: 50, cursor: first.next ?? '' });

    expect(first.items.map((c) => c.id)).toEqual(Array.from({ length: 50 }, (_, i) => comment(i).id));
    expect(second.items[0]?.id).toBe(comment(50).id);
    expect(wholeQueries).not.toHaveBeenCalled();
    await store.close();
  });
});
