import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import type { Ports } from '../../../src/services/context';
import { cycleSummaries, summariseMissing } from '../../../src/services/summaries/summary-reads';
import { keepingSummaries } from '../../../src/services/summaries/summary-keeper';
import { publishedFrameworks } from '../../../src/services/summaries/summary-builder';
import { cycle, del, framework, put, response, serviceAssessment } from '../../contract/fixtures';
import { ctx } from '../../contract/store-contract-helpers';

const NO_EVIDENCE = {
  put: () => Promise.reject(new Error('not used')),
  get: () => Promise.reject(new Error('not used')),
  delete: () => Promise.reject(new Error('not used')),
};

/** Assessments saved before summaries were kept: written straight to the store, with no summary. */
async function savedBeforeSummaries(): Promise<SqliteStore> {
  const store = SqliteStore.open(':memory:');
  await store.commit(ctx, [
    put('framework', framework()),
    put('cycle', cycle()),
    put('assessment', serviceAssessment()),
    put('response', response('as-cardio-2026', '1.1', { rating: 'met' })),
    put('response', response('as-cardio-2026', '1.2')),
  ]);
  return store;
}

describe('summaries for assessments saved before summaries were kept', () => {
  it('builds and stores the missing summary on the first read, with the right figures', async () => {
    const store = await savedBeforeSummaries();
    const ports: Ports = {
      store: keepingSummaries(store, publishedFrameworks(store)),
      evidence: NO_EVIDENCE,
      clock: { now: () => new Date('2026-11-26T10:00:00Z') },
      ids: { newId: () => 'x' },
    };
    const { summaries } = await cycleSummaries(ports, 'cy-2026');
    const built = summaries.get('as-cardio-2026');
    expect(built?.progress).toEqual({ total: 2, rated: 1, percent: 50 });
    expect(built?.overallPercent).toBe(100);
    expect((await store.get('assessmentSummary', 'as-cardio-2026'))?.version).toBe(1);
    await store.close();
  });

  it('the one-off job builds every missing summary once, and a save afterwards moves it', async () => {
    const store = await savedBeforeSummaries();
    const at = () => '2026-11-26T10:00:00Z';
    expect(await summariseMissing(store, at)).toBe(1);
    expect(await summariseMissing(store, at)).toBe(0);
    const app = keepingSummaries(store, publishedFrameworks(store));
    await app.commit(ctx, [del('response', 'as-cardio-2026:1.2', 1)]);
    expect(Object.keys((await store.get('assessmentSummary', 'as-cardio-2026'))?.standards ?? {})).toEqual(['1.1']);
    await store.close();
  });
});
