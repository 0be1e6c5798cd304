import type { Server } from 'restify';
import { runComments } from '../../services/questionnaires/questionnaire-results-view';
import { addRoute, type RouteDeps } from '../route';
import { CommentsPageQuery, RunParams } from '../contracts';

/** A questionnaire's comments after the first page the results carry, a page at a time. */
export function registerQuestionnaireCommentPageRoutes(server: Server, deps: RouteDeps): void {
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments/:id/questionnaire-runs/:runId/comments',
    summary:
      "The next page of a questionnaire's comments (for the service and its reviewers), after the results' first",
    params: RunParams,
    query: CommentsPageQuery,
    handler: async ({ ports, principal, params, query }) => ({
      json: await runComments(ports, principal, params.id, params.runId, query.after),
    }),
  });
}
