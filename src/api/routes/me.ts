import type { Server } from 'restify';
import { whoAmI } from '../../services/identity';
import { myWork } from '../../services/my-work';
import type { RouteDeps } from '../route';
import { addRoute } from '../route';

export function registerMeRoutes(server: Server, deps: RouteDeps): void {
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/me',
    handler: async ({ ports, principal }) => ({ json: await whoAmI(ports, principal) }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/me/work',
    handler: async ({ ports, principal }) => ({ json: await myWork(ports, principal) }),
  });
}
