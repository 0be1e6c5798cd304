import type { BudgetLine } from '../../src/cli/bench-stats';
import { startAppOnSharePoint } from './app-on-sharepoint';
import { graphRequestsOfResults, seedRunWithAnswers } from './questionnaire-results-on-sharepoint';

/** Issue 17's bar on SharePoint: results of a questionnaire with 10,000 answers in at most 2 Graph requests. */
export const RESULTS_GRAPH_REQUESTS_BUDGET = 2;
const ANSWERS = 10_000;
const COMMENTS = 4_000;

/** `npm run bench`: the results read through the API with the store on the Graph simulator, its requests counted. */
export async function benchQuestionnairesSharePoint(): Promise<BudgetLine[]> {
  const app = await startAppOnSharePoint();
  try {
    const run = await seedRunWithAnswers(app, ANSWERS, COMMENTS);
    // The first read on an instance also reads the questionnaire into its short cache; the figure is the next one.
    const cold = await graphRequestsOfResults(app, run);
    const warm = await graphRequestsOfResults(app, run);
    return [
      {
        name: `results of a questionnaire with ${warm.answers} answers (first page of ${COMMENTS} comments): Graph requests`,
        figure: `${warm.requests} (${cold.requests} on an instance's first read)`,
        budget: `<= ${RESULTS_GRAPH_REQUESTS_BUDGET}`,
        ok: warm.requests <= RESULTS_GRAPH_REQUESTS_BUDGET,
      },
    ];
  } finally {
    await app.close();
  }
}
