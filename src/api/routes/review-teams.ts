import type { Server } from 'restify';
import { declareConflict, listConflicts, withdrawConflict } from '../../services/review/conflicts';
import { checkReviewTeam, getReviewTeam, listCandidates, saveReviewTeam } from '../../services/review/review-teams';
import { myReviewing } from '../../services/review/my-reviewing';
import { listReviewTeams } from '../../services/review/review-team-list';
import { addRoute, type RouteDeps } from '../route';
import {
  CandidatesQuery,
  ConflictBody,
  ConflictQuery,
  IdParams,
  ReviewTeamListQuery,
  TeamBody,
  TeamCheckBody,
  VersionQuery,
} from '../contracts';

/** Review teams (network admins) and declared conflicts of interest (reviewers). */
export function registerReviewTeamRoutes(server: Server, deps: RouteDeps): void {
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments/:id/review-team',
    summary: "An assessment's peer review team and visit",
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({ json: await getReviewTeam(ports, principal, params.id) }),
  });
  addRoute(server, deps, {
    method: 'put',
    path: '/api/v1/assessments/:id/review-team',
    summary: "Save an assessment's peer review team and visit",
    params: IdParams,
    body: TeamBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await saveReviewTeam(ports, principal, params.id, body),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/assessments/:id/review-team/check',
    summary: "Check a proposed review team against the network's rules without saving it",
    params: IdParams,
    body: TeamCheckBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await checkReviewTeam(ports, principal, params.id, body),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments/:id/review-team/candidates',
    summary: "The people who could join an assessment's review team, and why others cannot",
    params: IdParams,
    query: CandidatesQuery,
    handler: async ({ ports, principal, params, query }) => ({
      json: await listCandidates(ports, principal, params.id, query.visitDate),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/review-teams',
    summary: "A cycle's assessments with the state of their review teams, to choose one to build",
    query: ReviewTeamListQuery,
    handler: async ({ ports, principal, query }) => ({
      json: await listReviewTeams(ports, principal, {
        ...(query.cycleId ? { cycleId: query.cycleId } : {}),
        ...(query.state ? { state: query.state } : {}),
      }),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/me/reviewing',
    summary: "A reviewer's own training, reviews this cycle, and the organisations to declare conflicts with",
    handler: async ({ ports, principal }) => ({ json: await myReviewing(ports, principal) }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/conflicts',
    summary: 'Declared conflicts of interest, optionally of one person or organisation',
    query: ConflictQuery,
    handler: async ({ ports, principal, query }) => ({
      json: await listConflicts(ports, principal, {
        ...(query.personId ? { personId: query.personId } : {}),
        ...(query.organisationId ? { organisationId: query.organisationId } : {}),
      }),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/conflicts',
    summary: 'Declare a conflict of interest with an organisation or one of its services',
    body: ConflictBody,
    handler: async ({ ports, principal, body }) => ({
      status: 201,
      json: await declareConflict(ports, principal, body),
    }),
  });
  addRoute(server, deps, {
    method: 'del',
    path: '/api/v1/conflicts/:id',
    summary: 'Withdraw a declared conflict of interest',
    params: IdParams,
    query: VersionQuery,
    handler: async ({ ports, principal, params, query }) => {
      await withdrawConflict(ports, principal, params.id, query.version);
      return { status: 204 };
    },
  });
}
