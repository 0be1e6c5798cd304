import type { Server } from 'restify';
import {
  addProgressNote,
  changeActionState,
  createAction,
  getActionPlan,
  updateAction,
} from '../../services/actions/action-plans';
import { copyInActionEvidence, uploadActionEvidence } from '../../services/actions/action-evidence';
import { addRoute, type RouteDeps } from '../route';
import {
  ActionBody,
  ActionEvidenceCopyInBody,
  ActionEvidenceUploadQuery,
  ActionParams,
  ActionStatusBody,
  ActionUpdateBody,
  IdParams,
  NoteBody,
} from '../contracts';
import { discardRest, uploadDetails } from './evidence';

/** The action plan of an agreed assessment: actions with owners, due dates, statuses and evidence. */
export function registerActionRoutes(server: Server, deps: RouteDeps): void {
  const base = '/api/v1/assessments/:id/actions';
  addRoute(server, deps, {
    method: 'get',
    path: base,
    summary: "An assessment's action plan and its actions",
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({ json: await getActionPlan(ports, principal, params.id) }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: base,
    summary: 'Add an action to the action plan, optionally for a finding of the peer review',
    params: IdParams,
    body: ActionBody,
    handler: async ({ ports, principal, params, body }) => ({
      status: 201,
      json: await createAction(ports, principal, params.id, body),
    }),
  });
  addRoute(server, deps, {
    method: 'put',
    path: `${base}/:actionId`,
    summary: "Change an action's title, description, owner or due date",
    params: ActionParams,
    body: ActionUpdateBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await updateAction(ports, principal, params.id, params.actionId, body),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: `${base}/:actionId/status`,
    summary: 'Move an action to another status (completing it may need a note or evidence)',
    params: ActionParams,
    body: ActionStatusBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await changeActionState(ports, principal, params.id, params.actionId, body),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: `${base}/:actionId/notes`,
    summary: 'Add a progress note to an action',
    params: ActionParams,
    body: NoteBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await addProgressNote(ports, principal, params.id, params.actionId, body),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: `${base}/:actionId/evidence`,
    summary: 'Upload a file as evidence that an action is done: the file is the request body, its name in the query',
    params: ActionParams,
    query: ActionEvidenceUploadQuery,
    handler: async ({ ports, principal, params, query, req }) => {
      const details = uploadDetails(req, query.fileName);
      try {
        return {
          status: 201,
          json: await uploadActionEvidence(ports, principal, params.id, params.actionId, { ...details, content: req }),
        };
      } catch (error) {
        // A refused upload is read to its end, so the sender reads the problem rather than a reset connection.
        await discardRest(req);
        throw error;
      }
    },
  });
  addRoute(server, deps, {
    method: 'post',
    path: `${base}/:actionId/evidence/from-drive`,
    summary: "Copy in, as evidence that an action is done, a file from the person's own OneDrive or SharePoint",
    params: ActionParams,
    body: ActionEvidenceCopyInBody,
    handler: async ({ ports, principal, params, body, token }) => {
      const ref = 'url' in body ? { shareUrl: body.url } : { driveId: body.driveId, itemId: body.itemId };
      return {
        status: 201,
        json: await copyInActionEvidence(ports, principal, token, params.id, params.actionId, ref),
      };
    },
  });
}
