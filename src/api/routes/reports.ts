import type { Server } from 'restify';
import { networkReport } from '../../services/reports/network-report';
import { networkReportFile } from '../../services/reports/network-report-file';
import {
  downloadReportFile,
  generateReport,
  getReport,
  ratingsCsvFor,
  transitionReport,
} from '../../services/reports/reports';
import { addRoute, type RouteDeps } from '../route';
import {
  CycleQuery,
  IdParams,
  NetworkFileParams,
  ReportCommentBody,
  ReportCommentDecisionBody,
  ReportCommentParams,
  ReportFileParams,
  ReportTransitionBody,
} from '../contracts';
import { commentOnReport, decideReportComment } from '../../services/reports/report-comments';

/** Service and organisation reports (one per agreed assessment), their files, and the network report. */
export function registerReportRoutes(server: Server, deps: RouteDeps): void {
  const base = '/api/v1/assessments/:id/report';
  addRoute(server, deps, {
    method: 'get',
    path: base,
    summary: "An assessment's report and its state",
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({ json: await getReport(ports, principal, params.id) }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: base,
    summary: "Generate (or regenerate) an assessment's report from the agreed review",
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({
      status: 201,
      json: await generateReport(ports, principal, params.id),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: `${base}/transitions`,
    summary: 'Move a report on (approve, publish, withdraw...) with a note where one is needed',
    params: IdParams,
    body: ReportTransitionBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await transitionReport(ports, principal, params.id, body),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: `${base}/comments`,
    summary: "Comment on a passage of the report during the service's factual-accuracy check",
    params: IdParams,
    body: ReportCommentBody,
    handler: async ({ ports, principal, params, body }) => ({
      status: 201,
      json: await commentOnReport(ports, principal, params.id, body),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: `${base}/comments/:commentId/decision`,
    summary: 'Accept or reject a comment of the factual-accuracy check, with the reason',
    params: ReportCommentParams,
    body: ReportCommentDecisionBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await decideReportComment(ports, principal, params.id, params.commentId, body),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: `${base}/files/:format`,
    summary: 'Download a report as a document in the format asked for',
    params: ReportFileParams,
    handler: async ({ ports, principal, params }) => ({
      file: await downloadReportFile(ports, principal, params.id, params.format),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: `${base}/ratings.csv`,
    summary: 'Download the agreed ratings of a service report as CSV',
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({ file: await ratingsCsvFor(ports, principal, params.id) }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/network/report',
    summary: 'The network report of a cycle: services side by side, trends and priorities',
    query: CycleQuery,
    handler: async ({ ports, principal, query }) => ({ json: await networkReport(ports, principal, query.cycleId) }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/network/report/files/:format',
    summary: 'Download the network report of a cycle as a document',
    params: NetworkFileParams,
    query: CycleQuery,
    handler: async ({ ports, principal, params, query }) => ({
      file: await networkReportFile(ports, principal, query.cycleId, params.format),
    }),
  });
}
