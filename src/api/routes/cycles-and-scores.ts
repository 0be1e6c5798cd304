import type { Server } from 'restify';
import { getCycle, listCycles, saveCycle } from '../../services/network/cycles';
import { networkScores, organisationScores } from '../../services/network/scores';
import type { RouteDeps } from '../route';
import { addRoute } from '../route';
import { CycleBody, CycleQuery, IdParams } from '../contracts';

export function registerCycleAndScoreRoutes(server: Server, deps: RouteDeps): void {
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/cycles',
    summary: 'The assessment cycles of the network',
    handler: async ({ ports, principal }) => ({ json: await listCycles(ports, principal) }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/cycles',
    summary: 'Create a cycle with its framework version and phase windows (network admins)',
    body: CycleBody,
    handler: async ({ ports, principal, body }) => ({ status: 201, json: await saveCycle(ports, principal, body) }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/cycles/:id',
    summary: 'One cycle and its phase windows',
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({ json: await getCycle(ports, principal, params.id) }),
  });
  addRoute(server, deps, {
    method: 'put',
    path: '/api/v1/cycles/:id',
    summary: "Change a cycle's name, framework version or phase windows (network admins)",
    params: IdParams,
    body: CycleBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await saveCycle(ports, principal, { ...body, id: params.id }),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/organisations/:id/scores',
    summary: "The scores of an organisation's services in a cycle",
    params: IdParams,
    query: CycleQuery,
    handler: async ({ ports, principal, params, query }) => ({
      json: await organisationScores(ports, principal, params.id, query.cycleId),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/network/scores',
    summary: 'The scores of every assessment in the network in a cycle',
    query: CycleQuery,
    handler: async ({ ports, principal, query }) => ({ json: await networkScores(ports, principal, query.cycleId) }),
  });
}
