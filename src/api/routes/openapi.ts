import type { Server } from 'restify';
import { openApiDocument } from '../openapi-document';
import { addPublicRoute, type RouteDeps } from '../route';

/** GET /api/v1/openapi.json: public, as it describes the API and holds no data. */
export function registerOpenApiRoute(server: Server, deps: RouteDeps): void {
  addPublicRoute(server, deps, {
    method: 'get',
    path: '/api/v1/openapi.json',
    summary: 'This document: the OpenAPI 3.1 description of every route and problem code',
    handler: async () => ({ json: openApiDocument(server) }),
  });
}
