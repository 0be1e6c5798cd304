import { createHash } from 'node:crypto';
import type { GuestAccount, GuestInviter } from '../services/ports';

/**
 * Local mode's stand-in for Microsoft Entra B2B invitations: no e-mail goes anywhere, and each address gets a
 * stable guest account in a stand-in host tenant (the same address, the same account, as with Entra), so the
 * demo can "sign in as" the invited person at once.
 */
export class LocalGuestInviter implements GuestInviter {
  /** What would have been sent, newest last (the log says so too). */
  readonly sent: { readonly displayName: string; readonly email: string }[] = [];

  constructor(private readonly hostTenantId: string) {}

  async invite(guest: { readonly displayName: string; readonly email: string }): Promise<GuestAccount> {
    this.sent.push({ displayName: guest.displayName, email: guest.email });
    return Promise.resolve({ tenantId: this.hostTenantId, objectId: stableGuid(`guest:${guest.email.toLowerCase()}`) });
  }
}

/** A GUID-shaped id derived from a name, so a restart gives the same account. */
function stableGuid(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
