import type { Server } from 'restify';
import type { z } from 'zod';

/** What the OpenAPI document says about one route: recorded when the route is registered, from its own schemas. */
export interface DocumentedRoute {
  readonly method: 'get' | 'post' | 'put' | 'del' | 'patch';
  /** restify's form, e.g. /api/v1/assessments/:id */
  readonly path: string;
  readonly summary: string;
  readonly signIn: boolean;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
}

// Per server, so two servers in one process (as in the tests) each describe only their own routes.
const routesByServer = new WeakMap<Server, DocumentedRoute[]>();

export function documentRoute(server: Server, route: DocumentedRoute): void {
  const routes = routesByServer.get(server) ?? [];
  routes.push(route);
  routesByServer.set(server, routes);
}

export function documentedRoutes(server: Server): readonly DocumentedRoute[] {
  return routesByServer.get(server) ?? [];
}
