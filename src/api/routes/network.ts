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
} from '../../services/network/network-admin';
import { listAssessmentPeople } from '../../services/assessment/assessment-people';
import type { RouteDeps } from '../route';
import { addRoute } from '../route';
import {
  IdParams,
  OrganisationBody,
  OrganisationFilter,
  PersonBody,
  RoleAssignmentBody,
  RoleAssignmentQuery,
  ServiceBody,
  VersionQuery,
} from '../contracts';

/** Admin CRUD for organisations, services, people and role assignments (lists are readable more widely). */
export function registerNetworkRoutes(server: Server, deps: RouteDeps): void {
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/organisations',
    summary: 'The organisations in the network',
    handler: async ({ ports, principal }) => ({ json: await listOrganisations(ports, principal) }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/organisations',
    summary: 'Add an organisation to the network (network admins)',
    body: OrganisationBody,
    handler: async ({ ports, principal, body }) => ({
      status: 201,
      json: await saveOrganisation(ports, principal, body),
    }),
  });
  addRoute(server, deps, {
    method: 'put',
    path: '/api/v1/organisations/:id',
    summary: 'Change an organisation (network admins)',
    params: IdParams,
    body: OrganisationBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await saveOrganisation(ports, principal, { ...body, id: params.id }),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/services',
    summary: 'The services of the network, optionally of one organisation',
    query: OrganisationFilter,
    handler: async ({ ports, principal, query }) => ({ json: await listServices(ports, principal, query) }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/services',
    summary: 'Add a service to an organisation',
    body: ServiceBody,
    handler: async ({ ports, principal, body }) => ({ status: 201, json: await saveService(ports, principal, body) }),
  });
  addRoute(server, deps, {
    method: 'put',
    path: '/api/v1/services/:id',
    summary: 'Change a service',
    params: IdParams,
    body: ServiceBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await saveService(ports, principal, { ...body, id: params.id }),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/people',
    summary: 'The people of the network, optionally of one organisation',
    query: OrganisationFilter,
    handler: async ({ ports, principal, query }) => ({ json: await listPeople(ports, principal, query) }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/people',
    summary: 'Add a person to the network',
    body: PersonBody,
    handler: async ({ ports, principal, body }) => ({
      status: 201,
      json: await savePerson(ports, principal, body),
    }),
  });
  addRoute(server, deps, {
    method: 'put',
    path: '/api/v1/people/:id',
    summary: "Change a person's details",
    params: IdParams,
    body: PersonBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await savePerson(ports, principal, { ...body, id: params.id }),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments/:id/people',
    summary: "The people of an assessment's organisation, for choosing whom to assign standards to",
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({
      json: await listAssessmentPeople(ports, principal, params.id),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/role-assignments',
    summary: 'Role assignments, optionally of one person or in one scope',
    query: RoleAssignmentQuery,
    handler: async ({ ports, principal, query }) => ({ json: await listRoleAssignments(ports, principal, query) }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/role-assignments',
    summary: 'Give a person a role in a scope (network, organisation, service or review)',
    body: RoleAssignmentBody,
    handler: async ({ ports, principal, body }) => ({ status: 201, json: await assignRole(ports, principal, body) }),
  });
  addRoute(server, deps, {
    method: 'del',
    path: '/api/v1/role-assignments/:id',
    summary: 'Take a role assignment away',
    params: IdParams,
    query: VersionQuery,
    handler: async ({ ports, principal, params, query }) => {
      await removeRole(ports, principal, params.id, query.version);
      return { status: 204 };
    },
  });
}
