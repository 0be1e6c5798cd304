import type { Server } from 'restify';
import { assessmentAuditTrail } from '../../services/audit-trail';
import { createAssessment, getAssessment, listAssessments } from '../../services/assessments';
import { assignStandards, getResponse, saveResponse } from '../../services/responses';
import { assessmentScores } from '../../services/scores';
import { transitionAssessment } from '../../services/transitions';
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
    query: OptionalCycleQuery,
    handler: async ({ ports, principal, query }) => ({
      json: await listAssessments(ports, principal, query.cycleId ? { cycleId: query.cycleId } : {}),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/assessments',
    body: CreateAssessmentBody,
    handler: async ({ ports, principal, body }) => ({
      status: 201,
      json: await createAssessment(ports, principal, body),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments/:id',
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({ json: await getAssessment(ports, principal, params.id) }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments/:id/responses/:standardId',
    params: ResponseParams,
    handler: async ({ ports, principal, params }) => ({
      json: await getResponse(ports, principal, params.id, params.standardId),
    }),
  });
  addRoute(server, deps, {
    method: 'put',
    path: '/api/v1/assessments/:id/responses/:standardId',
    params: ResponseParams,
    body: ResponseBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await saveResponse(ports, principal, params.id, params.standardId, body),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/assessments/:id/assignments',
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
    params: IdParams,
    body: TransitionBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await transitionAssessment(ports, principal, params.id, body.action, body.version),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments/:id/scores',
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({ json: await assessmentScores(ports, principal, params.id) }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments/:id/audit',
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({
      json: await assessmentAuditTrail(ports, principal, params.id),
    }),
  });
}
