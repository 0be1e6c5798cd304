import { graphError, json, randomId, readJson, type SimRequest, type SimResponse } from './sim-http';

export interface SimGuest {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  /** Set when the guest accepts the invitation (a test says so: the simulator sends no e-mail). */
  redeemed: boolean;
}

/**
 * Microsoft Entra B2B invitations (POST /invitations): needs an app token whose app holds the application
 * permission User.Invite.All (403 otherwise, as Graph answers); an address already invited gets the same guest
 * account again. Throttling comes from the simulator's faults, like every other call.
 */
export class SimInvitations {
  /** Whether the host tenant's administrator granted the app User.Invite.All. */
  granted = true;
  readonly guests = new Map<string, SimGuest>();
  /** The bodies received, for checking what was asked of Microsoft. */
  readonly received: Record<string, unknown>[] = [];

  handle(request: SimRequest): SimResponse {
    if (request.method !== 'POST') return graphError(405, 'Request_BadRequest', 'Invitations take POST');
    const token = (request.headers['authorization'] ?? '').replace(/^Bearer /, '');
    const isAppToken = token.startsWith('sim-app-token-') || token.startsWith('sim-mi-token-');
    if (!isAppToken || !this.granted) {
      return graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
    }
    const body = readJson(request);
    const email = typeof body?.['invitedUserEmailAddress'] === 'string' ? body['invitedUserEmailAddress'] : '';
    const redirect = typeof body?.['inviteRedirectUrl'] === 'string' ? body['inviteRedirectUrl'] : '';
    if (!body || !/^[^@\s]+@[^@\s]+$/.test(email) || !redirect.startsWith('http')) {
      return graphError(400, 'BadRequest', 'invitedUserEmailAddress and inviteRedirectUrl are required.');
    }
    this.received.push(body);
    const key = email.toLowerCase();
    const displayName = typeof body['invitedUserDisplayName'] === 'string' ? body['invitedUserDisplayName'] : email;
    const guest = this.guests.get(key) ?? { id: randomId(), email, displayName, redeemed: false };
    this.guests.set(key, guest);
    return json(201, {
      id: randomId(),
      inviteRedeemUrl: `https://login.microsoftonline.com/redeem?rd=${encodeURIComponent(guest.id)}`,
      invitedUserDisplayName: displayName,
      invitedUserEmailAddress: email,
      inviteRedirectUrl: redirect,
      sendInvitationMessage: body['sendInvitationMessage'] === true,
      status: guest.redeemed ? 'Completed' : 'PendingAcceptance',
      invitedUser: { id: guest.id },
      invitedUserType: 'Guest',
    });
  }
}
