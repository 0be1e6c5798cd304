import type { Server } from 'restify';
import {
  downloadLibraryAttachment,
  getLibraryEntry,
  publishGoodPractice,
  searchLibraryEntries,
  withdrawLibraryEntry,
} from '../../services/library/library';
import { addRoute, type RouteDeps } from '../route';
import { AttachmentParams, IdParams, LibraryPublishBody, LibraryQueryString, VersionQuery } from '../contracts';

/** The good-practice library: search across the network, publish from an agreed review, withdraw. */
export function registerLibraryRoutes(server: Server, deps: RouteDeps): void {
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/library',
    summary: 'Search the good-practice library',
    query: LibraryQueryString,
    handler: async ({ ports, principal, query }) => ({ json: await searchLibraryEntries(ports, principal, query) }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/library/:id',
    summary: 'One good-practice library entry',
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({ json: await getLibraryEntry(ports, principal, params.id) }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/library/:id/attachments/:evidenceId',
    summary: 'Download a file attached to a library entry',
    params: AttachmentParams,
    handler: async ({ ports, principal, params }) => ({
      file: await downloadLibraryAttachment(ports, principal, params.id, params.evidenceId),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/assessments/:id/library',
    summary: 'Publish a good-practice finding of an agreed review to the library',
    params: IdParams,
    body: LibraryPublishBody,
    handler: async ({ ports, principal, params, body }) => ({
      status: 201,
      json: await publishGoodPractice(ports, principal, params.id, body),
    }),
  });
  addRoute(server, deps, {
    method: 'del',
    path: '/api/v1/library/:id',
    summary: 'Remove an entry from the library',
    params: IdParams,
    query: VersionQuery,
    handler: async ({ ports, principal, params, query }) => ({
      json: await withdrawLibraryEntry(ports, principal, params.id, query.version),
    }),
  });
}
