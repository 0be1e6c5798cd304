import { GuestInvitationUnavailableError, type GuestAccount, type GuestInviter } from '../../services/ports';
import type { GraphHttp } from './graph-http';

/**
 * Microsoft Entra B2B invitations through Graph as the app: POST /invitations with the application permission
 * User.Invite.All, granted by an administrator of the host tenant. Microsoft sends its own invitation e-mail;
 * accepting it lands the guest on the tab. Throttling (429 with Retry-After) has been retried by the Graph client
 * before an answer reaches here.
 */
export class GraphGuestInviter implements GuestInviter {
  constructor(
    private readonly graph: Pick<GraphHttp, 'call'>,
    /** The host tenant, whose directory the guests join. */
    private readonly hostTenantId: string,
    /** Where the guest lands after accepting: the tab's address. */
    private readonly inviteRedirectUrl: string,
  ) {}

  async invite(guest: { readonly displayName: string; readonly email: string }): Promise<GuestAccount> {
    const result = await this.graph.call({
      method: 'POST',
      url: '/invitations',
      body: {
        invitedUserEmailAddress: guest.email,
        invitedUserDisplayName: guest.displayName,
        inviteRedirectUrl: this.inviteRedirectUrl,
        sendInvitationMessage: true,
        invitedUserType: 'Guest',
      },
    });
    if (result.status === 201 || result.status === 200) {
      const objectId = invitedUserId(result.body);
      if (objectId) return { tenantId: this.hostTenantId, objectId };
      throw new GuestInvitationUnavailableError('Microsoft Entra accepted the invitation but named no guest account.');
    }
    if (result.status === 403) {
      throw new GuestInvitationUnavailableError(
        'Microsoft Entra refused the invitation: the app has not been granted User.Invite.All in the host tenant, ' +
          "or the tenant's external collaboration settings do not allow invitations. Ask the host tenant's " +
          'administrator to check both (see "Guests" in the deployment guide).',
      );
    }
    if (result.status === 429 || result.status === 503) {
      const seconds = Number(result.headers.get('retry-after'));
      throw new GuestInvitationUnavailableError(
        'Microsoft Entra is busy and did not send the invitation. Try again in a few minutes.',
        Number.isFinite(seconds) && seconds > 0 ? seconds : null,
      );
    }
    throw new GuestInvitationUnavailableError(
      `Microsoft Entra did not send the invitation (it answered ${result.status}${graphMessage(result.body)}). ` +
        'Check the e-mail address and try again.',
    );
  }
}

function invitedUserId(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const user = (body as { invitedUser?: unknown }).invitedUser;
  if (typeof user !== 'object' || user === null) return null;
  const id = (user as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : null;
}

function graphMessage(body: unknown): string {
  if (typeof body !== 'object' || body === null) return '';
  const error = (body as { error?: { message?: unknown } }).error;
  return typeof error?.message === 'string' ? `: ${error.message}` : '';
}
