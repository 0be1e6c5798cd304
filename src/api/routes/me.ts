import type { Server } from 'restify';
import { whoAmI } from '../../services/identity/identity';
import { myWork } from '../../services/assessment/my-work';
import type { RouteDeps } from '../route';
import { addRoute } from '../route';

export function registerMeRoutes(server: Server, deps: RouteDeps): void {
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/me',
    summary: 'The signed-in person, their organisation and roles',
    handler: async ({ ports, principal }) => ({ json: await whoAmI(ports, principal) }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/me/work',
    summary: "The signed-in person's work: assigned standards, reviews and actions",
    handler: async ({ ports, principal }) => ({ json: await myWork(ports, principal) }),
  });
}
