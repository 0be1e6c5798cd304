import type { Server } from 'restify';
import { claimsPage, exportClaims, moveReviewerClaim, recordClaim } from '../../services/claims/reviewer-claims';
import { ClaimBody, ClaimsExportQuery, ClaimsQuery, ClaimStatusBody, IdParams } from '../contracts';
import { addRoute, type RouteDeps } from '../route';

/** Time and expenses: experts by experience record theirs; the network team approves, pays and exports. */
export function registerClaimRoutes(server: Server, deps: RouteDeps): void {
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/claims',
    summary: "Your own time and expenses claims, or everyone's with ?everyone=true (network admins)",
    query: ClaimsQuery,
    handler: async ({ ports, principal, query }) => ({
      json: await claimsPage(ports, principal, query.everyone === 'true'),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/claims',
    summary: "Record a day's time and expenses (experts by experience)",
    body: ClaimBody,
    handler: async ({ ports, principal, body }) => ({ status: 201, json: await recordClaim(ports, principal, body) }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/claims/:id/status',
    summary: 'Approve a claim, or mark an approved one paid (network admins)',
    params: IdParams,
    body: ClaimStatusBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await moveReviewerClaim(ports, principal, params.id, body.to, body.version),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/claims/export',
    summary: 'Time and expenses claims for finance, as CSV or ?format=xlsx (network admins)',
    query: ClaimsExportQuery,
    handler: async ({ ports, principal, query }) => {
      const file = await exportClaims(ports, principal, { status: query.status, format: query.format });
      return { file: { contentType: file.contentType, fileName: file.fileName, body: Buffer.from(file.body) } };
    },
  });
}
