import type { Server } from 'restify';
import { assessmentHistory } from '../../services/assessment/assessment-history';
import { assessmentAuditTrail } from '../../services/assessment/audit-trail';
import { createAssessment, getAssessment, listAssessments } from '../../services/assessment/assessments';
import { assignStandards, getResponse, saveResponse } from '../../services/assessment/responses';
import { assessmentScores } from '../../services/network/scores';
import { transitionAssessment } from '../../services/assessment/transitions';
import type { RouteDeps } from '../route';
import { addRoute } from '../route';
import {
  AssignmentBody,
  CreateAssessmentBody,
  IdParams,
  OptionalCycleQuery,
  ResponseBody,
  ResponseParams,
  TransitionBody,
} from '../contracts';

export function registerAssessmentRoutes(server: Server, deps: RouteDeps): void {
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments',
    summary: 'The assessments the signed-in person can see, optionally in one cycle',
    query: OptionalCycleQuery,
    handler: async ({ ports, principal, query }) => ({
      json: await listAssessments(ports, principal, query.cycleId ? { cycleId: query.cycleId } : {}),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/assessments',
    summary: 'Start the self-assessment of a service or an organisation in a cycle',
    body: CreateAssessmentBody,
    handler: async ({ ports, principal, body }) => ({
      status: 201,
      json: await createAssessment(ports, principal, body),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments/:id',
    summary: 'One assessment: its subject, framework, state, progress and responses',
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({ json: await getAssessment(ports, principal, params.id) }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments/:id/responses/:standardId',
    summary: 'One response: the rating, reason, narrative and evidence given for a standard',
    params: ResponseParams,
    handler: async ({ ports, principal, params }) => ({
      json: await getResponse(ports, principal, params.id, params.standardId),
    }),
  });
  addRoute(server, deps, {
    method: 'put',
    path: '/api/v1/assessments/:id/responses/:standardId',
    summary: 'Save the response to a standard (rating, N/A reason, narrative, evidence)',
    params: ResponseParams,
    body: ResponseBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await saveResponse(ports, principal, params.id, params.standardId, body),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/assessments/:id/assignments',
    summary: "Assign a theme's or a list of standards to a person (or unassign them)",
    params: IdParams,
    body: AssignmentBody,
    handler: async ({ ports, principal, params, body }) => {
      const target = 'themeCode' in body ? { themeCode: body.themeCode } : { standardCodes: body.standardCodes };
      return { json: await assignStandards(ports, principal, params.id, target, body.assigneeId) };
    },
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/assessments/:id/transitions',
    summary: 'Move an assessment on (submit, reopen...) with the version you read',
    params: IdParams,
    body: TransitionBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await transitionAssessment(ports, principal, params.id, body.action, body.version),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments/:id/scores',
    summary: 'The scores of an assessment, by theme and type of standard, and its recognition',
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({ json: await assessmentScores(ports, principal, params.id) }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments/:id/history',
    summary: 'The history of an assessment for people to read: who changed what, and when, newest first',
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({
      json: await assessmentHistory(ports, principal, params.id),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments/:id/audit',
    summary: 'The audit trail of an assessment: who changed what, and when',
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({
      json: await assessmentAuditTrail(ports, principal, params.id),
    }),
  });
}
