import type { Server } from 'restify';
import {
  assignRole,
  listOrganisations,
  listPeople,
  listRoleAssignments,
  listServices,
  removeRole,
  saveOrganisation,
  savePerson,
  saveService,
} from '../../services/network-admin';
import { z } from 'zod';
import { listAssessmentPeople } from '../../services/assessment-people';
import type { RouteDeps } from '../route';
import { addRoute } from '../route';
import {
  Id,
  IdParams,
  OrganisationBody,
  OrganisationFilter,
  PersonBody,
  RoleAssignmentBody,
  ServiceBody,
  VersionQuery,
} from '../schemas';

/** Admin CRUD for organisations, services, people and role assignments (lists are readable more widely). */
export function registerNetworkRoutes(server: Server, deps: RouteDeps): void {
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/organisations',
    handler: async ({ ports, principal }) => ({ json: await listOrganisations(ports, principal) }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/organisations',
    body: OrganisationBody,
    handler: async ({ ports, principal, body }) => ({
      status: 201,
      json: await saveOrganisation(ports, principal, body),
    }),
  });
  addRoute(server, deps, {
    method: 'put',
    path: '/api/v1/organisations/:id',
    params: IdParams,
    body: OrganisationBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await saveOrganisation(ports, principal, { ...body, id: params.id }),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/services',
    query: OrganisationFilter,
    handler: async ({ ports, principal, query }) => ({ json: await listServices(ports, principal, query) }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/services',
    body: ServiceBody,
    handler: async ({ ports, principal, body }) => ({ status: 201, json: await saveService(ports, principal, body) }),
  });
  addRoute(server, deps, {
    method: 'put',
    path: '/api/v1/services/:id',
    params: IdParams,
    body: ServiceBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await saveService(ports, principal, { ...body, id: params.id }),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/people',
    query: OrganisationFilter,
    handler: async ({ ports, principal, query }) => ({ json: await listPeople(ports, principal, query) }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/people',
    body: PersonBody,
    handler: async ({ ports, principal, body }) => ({
      status: 201,
      json: await savePerson(ports, principal, body),
    }),
  });
  addRoute(server, deps, {
    method: 'put',
    path: '/api/v1/people/:id',
    params: IdParams,
    body: PersonBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await savePerson(ports, principal, { ...body, id: params.id }),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments/:id/people',
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({
      json: await listAssessmentPeople(ports, principal, params.id),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/role-assignments',
    query: z.strictObject({ personId: Id.optional(), scopeId: Id.optional() }),
    handler: async ({ ports, principal, query }) => ({ json: await listRoleAssignments(ports, principal, query) }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/role-assignments',
    body: RoleAssignmentBody,
    handler: async ({ ports, principal, body }) => ({ status: 201, json: await assignRole(ports, principal, body) }),
  });
  addRoute(server, deps, {
    method: 'del',
    path: '/api/v1/role-assignments/:id',
    params: IdParams,
    query: VersionQuery,
    handler: async ({ ports, principal, params, query }) => {
      await removeRole(ports, principal, params.id, query.version);
      return { status: 204 };
    },
  });
}
