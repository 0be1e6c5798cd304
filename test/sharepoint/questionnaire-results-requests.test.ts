import { COMMENTS_PAGE } from '../../src/services/questionnaires/questionnaire-results-view';
import { startAppOnSharePoint, type AppOnSharePoint } from './app-on-sharepoint';
import { graphRequestsOfResults, seedRunWithAnswers, type SeededRun } from './questionnaire-results-on-sharepoint';

/**
 * Issue 17: results of a questionnaire with 10,000 answers in at most 2 Graph requests. The results come from the
 * run's counts and one page of comments: the answers fill two Graph pages and pass the list view threshold, so a
 * results read that read them would take more requests, or be refused. Comments stay under the threshold (a filter
 * matching more than 5,000 items is refused however it is paged).
 */
const COMMENTS = 4_000;
describe('questionnaire results on SharePoint', () => {
  let app: AppOnSharePoint;
  let run: SeededRun;

  beforeAll(async () => {
    app = await startAppOnSharePoint();
    run = await seedRunWithAnswers(app, 10_000, COMMENTS);
    // The first read brings the questionnaire into its short cache, as on any instance already serving.
    await graphRequestsOfResults(app, run);
  }, 120_000);
  afterAll(() => app.close());

  it('reads the results of 10,000 answers, with the first page of comments, in at most 2 Graph requests', async () => {
    const read = await graphRequestsOfResults(app, run);
    expect(read.answers).toBe(10_000);
    expect(read.comments).toBe(COMMENTS_PAGE);
    expect(read.requests).toBeLessThanOrEqual(2);
  });
});
