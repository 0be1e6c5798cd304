import type { Server } from 'restify';
import {
  addProgressNote,
  changeActionState,
  createAction,
  getActionPlan,
  updateAction,
} from '../../services/action-plans';
import { addRoute, type RouteDeps } from '../route';
import { ActionBody, ActionParams, ActionStatusBody, ActionUpdateBody, IdParams, NoteBody } from '../contracts';

/** The action plan of an agreed assessment: actions with owners, due dates, statuses and evidence. */
export function registerActionRoutes(server: Server, deps: RouteDeps): void {
  const base = '/api/v1/assessments/:id/actions';
  addRoute(server, deps, {
    method: 'get',
    path: base,
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({ json: await getActionPlan(ports, principal, params.id) }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: base,
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
    params: ActionParams,
    body: ActionUpdateBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await updateAction(ports, principal, params.id, params.actionId, body),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: `${base}/:actionId/status`,
    params: ActionParams,
    body: ActionStatusBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await changeActionState(ports, principal, params.id, params.actionId, body),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: `${base}/:actionId/notes`,
    params: ActionParams,
    body: NoteBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await addProgressNote(ports, principal, params.id, params.actionId, body),
    }),
  });
}
