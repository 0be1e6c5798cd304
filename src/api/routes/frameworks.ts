import type { Server } from 'restify';
import {
  exportFramework,
  getFramework,
  importFramework,
  listFrameworks,
  publishFramework,
} from '../../services/network/frameworks';
import { startFromStarterFramework, starterFrameworkOffer } from '../../services/network/starter-framework-offer';
import type { RouteDeps } from '../route';
import { addRoute } from '../route';
import { ExportQuery, FrameworkImportBody, IdParams, PublishBody } from '../contracts';

export function registerFrameworkRoutes(server: Server, deps: RouteDeps): void {
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/frameworks',
    summary: 'The framework versions the person can see (drafts for network admins)',
    handler: async ({ ports, principal }) => ({ json: await listFrameworks(ports, principal) }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/frameworks/import',
    summary: 'Import a framework version from JSON or CSV as a draft (network admins)',
    body: FrameworkImportBody,
    handler: async ({ ports, principal, body }) => ({
      status: 201,
      json: await importFramework(ports, principal, body),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/frameworks/:id',
    summary: 'One framework version with its themes and standards',
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({ json: await getFramework(ports, principal, params.id) }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/frameworks/:id/export',
    summary: 'Export a framework version as JSON or CSV',
    params: IdParams,
    query: ExportQuery,
    handler: async ({ ports, principal, params, query }) => {
      const file = await exportFramework(ports, principal, params.id, query.format);
      return { file: { contentType: file.contentType, fileName: file.fileName, body: file.content } };
    },
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/frameworks/:id/publish',
    summary: 'Publish a draft framework version so cycles can use it (network admins)',
    params: IdParams,
    body: PublishBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await publishFramework(ports, principal, params.id, body.version),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/starter-framework',
    summary:
      "The app's starter framework, and whether the network admin may start from it (only while the network has none)",
    handler: async ({ ports, principal }) => ({ json: await starterFrameworkOffer(ports, principal) }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/starter-framework',
    summary: 'Start an empty network from the starter framework: imported as a draft to publish (network admins)',
    handler: async ({ ports, principal }) => ({
      status: 201,
      json: await startFromStarterFramework(ports, principal),
    }),
  });
}
