import type { Server } from 'restify';
import {
  agreeReview,
  recordAgreedRating,
  returnForInformation,
  startReview,
} from '../../services/review/review-decisions';
import { getReviewView } from '../../services/review/review-view';
import {
  answerInformationRequest,
  getInformationRequests,
  getInformationRequestsView,
  handBack,
} from '../../services/review/information-answers';
import { addFinding, deleteFinding, rateStandard, updateFinding } from '../../services/review/reviewing';
import { addRoute, type RouteDeps } from '../route';
import {
  AgreedRatingBody,
  FindingBody,
  FindingParams,
  FindingUpdateBody,
  IdParams,
  InformationAnswerBody,
  InformationItemParams,
  ReturnBody,
  ReviewerRatingBody,
  ReviewStandardParams,
  VersionBody,
  VersionQuery,
} from '../contracts';

/** The review itself: side-by-side view, reviewer ratings, findings, agreed ratings and the review's decisions. */
export function registerReviewingRoutes(server: Server, deps: RouteDeps): void {
  const base = '/api/v1/assessments/:id/review';
  addRoute(server, deps, {
    method: 'get',
    path: base,
    summary: "An assessment's peer review: self-assessment, reviewer ratings, agreed ratings and findings",
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({ json: await getReviewView(ports, principal, params.id) }),
  });
  addRoute(server, deps, {
    method: 'put',
    path: `${base}/ratings/:standardId`,
    summary: "Record a reviewer's own rating of a standard",
    params: ReviewStandardParams,
    body: ReviewerRatingBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await rateStandard(ports, principal, params.id, params.standardId, body),
    }),
  });
  addRoute(server, deps, {
    method: 'put',
    path: `${base}/agreed/:standardId`,
    summary: "Record the team's agreed rating of a standard (lead reviewer)",
    params: ReviewStandardParams,
    body: AgreedRatingBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await recordAgreedRating(ports, principal, params.id, params.standardId, body),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: `${base}/findings`,
    summary: 'Add a finding (good practice, area for improvement, immediate concern...)',
    params: IdParams,
    body: FindingBody,
    handler: async ({ ports, principal, params, body }) => ({
      status: 201,
      json: await addFinding(ports, principal, params.id, body),
    }),
  });
  addRoute(server, deps, {
    method: 'put',
    path: `${base}/findings/:findingId`,
    summary: 'Change a finding you wrote',
    params: FindingParams,
    body: FindingUpdateBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await updateFinding(ports, principal, params.id, params.findingId, body),
    }),
  });
  addRoute(server, deps, {
    method: 'del',
    path: `${base}/findings/:findingId`,
    summary: 'Delete a finding you wrote',
    params: FindingParams,
    query: VersionQuery,
    handler: async ({ ports, principal, params, query }) => {
      await deleteFinding(ports, principal, params.id, params.findingId, query.version);
      return { status: 204 };
    },
  });
  addRoute(server, deps, {
    method: 'post',
    path: `${base}/start`,
    summary: 'Start the peer review of a submitted assessment (lead reviewer)',
    params: IdParams,
    body: VersionBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await startReview(ports, principal, params.id, body.version),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: `${base}/return`,
    summary: 'Return an assessment to its service asking for more information',
    params: IdParams,
    body: ReturnBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await returnForInformation(ports, principal, params.id, body),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments/:id/information-requests',
    summary: 'The requests for information the review team sent to the service',
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({
      json: await getInformationRequests(ports, principal, params.id),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: `${base}/agree`,
    summary: 'Agree the review once every standard has an agreed rating (lead reviewer)',
    params: IdParams,
    body: VersionBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await agreeReview(ports, principal, params.id, body.version),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments/:id/information',
    summary: "What the review team asked, as items with the service's answers, and whether the person may answer",
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({
      json: await getInformationRequestsView(ports, principal, params.id),
    }),
  });
  addRoute(server, deps, {
    method: 'put',
    path: '/api/v1/assessments/:id/information-requests/:itemId/answer',
    summary: 'Answer one thing the review team asked (service or organisational lead)',
    params: InformationItemParams,
    body: InformationAnswerBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await answerInformationRequest(ports, principal, params.id, params.itemId, body),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/assessments/:id/information-requests/hand-back',
    summary: 'Hand the assessment back to the review team once every request is answered (resubmits it)',
    params: IdParams,
    body: VersionBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await handBack(ports, principal, params.id, body.version),
    }),
  });
}
