import type { Server } from 'restify';
import { downloadLibraryAttachment, getLibraryEntry, searchLibraryEntries } from '../../services/library/library';
import {
  agreeToPublish,
  declineToPublish,
  goodPracticeFindings,
  proposeGoodPractice,
  withdrawLibraryEntry,
} from '../../services/library/library-decisions';
import { addRoute, type RouteDeps } from '../route';
import {
  AttachmentParams,
  IdParams,
  LibraryAgreementBody,
  LibraryProposalBody,
  LibraryQueryString,
  LibraryReasonBody,
} from '../contracts';

/**
 * The good-practice library: search across the network; a good-practice finding is proposed, the service agrees
 * (or declines) before anything is published, and an entry can be withdrawn with a reason.
 */
export function registerLibraryRoutes(server: Server, deps: RouteDeps): void {
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/library',
    summary: 'Search the good-practice library, with proposals waiting for your agreement',
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
    method: 'get',
    path: '/api/v1/assessments/:id/library',
    summary: "The review's good-practice findings and whether each may be proposed for the library",
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({
      json: await goodPracticeFindings(ports, principal, params.id),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/assessments/:id/library',
    summary: 'Propose a good-practice finding for the library (published only once the service agrees)',
    params: IdParams,
    body: LibraryProposalBody,
    handler: async ({ ports, principal, params, body }) => ({
      status: 201,
      json: await proposeGoodPractice(ports, principal, params.id, body),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/library/:id/agree',
    summary: 'The service agrees to share a proposed finding: it is published',
    params: IdParams,
    body: LibraryAgreementBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await agreeToPublish(ports, principal, params.id, body),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/library/:id/decline',
    summary: 'The service declines to share a proposed finding, with a reason',
    params: IdParams,
    body: LibraryReasonBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await declineToPublish(ports, principal, params.id, body),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/library/:id/withdraw',
    summary: 'Take an entry out of the library, with a reason that stays on record',
    params: IdParams,
    body: LibraryReasonBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await withdrawLibraryEntry(ports, principal, params.id, body),
    }),
  });
}
