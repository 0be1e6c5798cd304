import type { Server } from 'restify';
import { serviceDashboard } from '../../services/network/service-dashboard';
import type { RouteDeps } from '../route';
import { addRoute } from '../route';
import { ServiceDashboardQuery } from '../contracts';

export function registerDashboardRoutes(server: Server, deps: RouteDeps): void {
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/dashboard/service',
    summary:
      "The dashboard's service view in one answer: the cycles, the services one may see, and one service's progress, scores, benchmarks and what is left to rate",
    query: ServiceDashboardQuery,
    handler: async ({ ports, principal, query }) => ({
      json: await serviceDashboard(ports, principal, {
        ...(query.cycleId ? { cycleId: query.cycleId } : {}),
        ...(query.serviceId ? { serviceId: query.serviceId } : {}),
      }),
    }),
  });
}
