import type { Server } from 'restify';
import { inviteGuest, resendGuestInvitation } from '../../services/guests/guest-invitations';
import { GuestInviteBody, IdParams, ResendInvitationBody } from '../contracts';
import { addRoute, type RouteDeps } from '../route';

/** Experts by experience without a trust account: invited as guests of the host tenant (Microsoft Entra B2B). */
export function registerGuestRoutes(server: Server, deps: RouteDeps): void {
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/guests',
    summary: 'Invite an expert by experience as a guest of the host tenant (network admins)',
    body: GuestInviteBody,
    handler: async ({ ports, principal, body }) => ({ status: 201, json: await inviteGuest(ports, principal, body) }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/people/:id/invitation',
    summary: "Send a guest's invitation again (network admins)",
    params: IdParams,
    body: ResendInvitationBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await resendGuestInvitation(ports, principal, params.id, body.version),
    }),
  });
}
