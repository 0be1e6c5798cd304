import type { Server } from 'restify';
import { networkImpactView } from '../../services/impact/network-impact';
import { serviceImpactView } from '../../services/impact/service-impact';
import { addRoute, type RouteDeps } from '../route';
import { IdParams, ImpactRangeQuery } from '../contracts';

/** Impact over time: a service's ratings across cycles, and the network's change over a range of cycles. */
export function registerImpactRoutes(server: Server, deps: RouteDeps): void {
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/services/:id/impact',
    summary: "A service's theme and standard ratings across cycles, what changed and the actions completed between",
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({ json: await serviceImpactView(ports, principal, params.id) }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/impact',
    summary:
      "The network's impact over a range of cycles: standards met, most improved and still not met, level moves, review to completion",
    query: ImpactRangeQuery,
    handler: async ({ ports, principal, query }) => ({
      json: await networkImpactView(ports, principal, {
        ...(query.fromCycleId ? { fromCycleId: query.fromCycleId } : {}),
        ...(query.toCycleId ? { toCycleId: query.toCycleId } : {}),
      }),
    }),
  });
}
