import type { Server } from 'restify';
import { downloadCertificate } from '../../services/recognition/certificate-download';
import { lodgeAppeal, recordAppealOutcome, recordDecision } from '../../services/recognition/recognition-decisions';
import { getRecognition } from '../../services/recognition/recognition-view';
import { addRoute, type RouteDeps } from '../route';
import { AppealOutcomeBody, IdParams, RecognitionAppealBody, RecognitionDecisionBody } from '../contracts';

/** The recognition decision: the panel's decision on the proposal, its certificate, and the service's appeal. */
export function registerRecognitionRoutes(server: Server, deps: RouteDeps): void {
  const base = '/api/v1/assessments/:id/recognition';
  addRoute(server, deps, {
    method: 'get',
    path: base,
    summary: "The recognition proposal and why, the panel's decision and its history, appeals, and what may be done",
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({ json: await getRecognition(ports, principal, params.id) }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: `${base}/decision`,
    summary: "Record the panel's recognition decision (a recognition files its certificate in the service's folder)",
    params: IdParams,
    body: RecognitionDecisionBody,
    handler: async ({ ports, principal, params, body }) => ({
      status: 201,
      json: await recordDecision(ports, principal, params.id, body),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: `${base}/appeal`,
    summary: "Appeal the panel's decision with grounds, within the network's appeal window",
    params: IdParams,
    body: RecognitionAppealBody,
    handler: async ({ ports, principal, params, body }) => ({
      status: 201,
      json: await lodgeAppeal(ports, principal, params.id, body),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: `${base}/appeal/outcome`,
    summary: "Record an appeal's outcome: upheld (with the decision that replaces the one appealed) or dismissed",
    params: IdParams,
    body: AppealOutcomeBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await recordAppealOutcome(ports, principal, params.id, body),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: `${base}/certificate`,
    summary: 'Download the certificate of the recognition decision that stands',
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({ file: await downloadCertificate(ports, principal, params.id) }),
  });
}
