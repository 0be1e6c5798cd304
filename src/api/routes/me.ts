import type { Server } from 'restify';
import { myWork } from '../../services/my-work';
import type { RouteDeps } from '../route';
import { addRoute } from '../route';

export function registerMeRoutes(server: Server, deps: RouteDeps): void {
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/me',
    handler: async ({ ports, principal }) => {
      const organisation = principal.person.organisationId
        ? await ports.store.get('organisation', principal.person.organisationId)
        : undefined;
      return { json: { person: principal.person, organisation: organisation ?? null, roles: principal.roles } };
    },
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/me/work',
    handler: async ({ ports, principal }) => ({ json: await myWork(ports, principal) }),
  });
}
