import type { IsoDateTime } from './ids';

/**
 * An expert by experience without a trust account is invited as a Microsoft Entra B2B guest of the host trust's
 * tenant. The invitation's object id (the guest account Entra made) is the person's sign-in identity from the
 * start: they are recognised by host tenant + object id, never by e-mail, which is only where Microsoft sends the
 * invitation.
 */
export interface GuestInvitation {
  /** The host tenant the guest account lives in. */
  readonly tenantId: string;
  /** invitedUser.id of the invitation: the guest account's object id in the host tenant. */
  readonly objectId: string;
  readonly firstSentAt: IsoDateTime;
  readonly lastSentAt: IsoDateTime;
  readonly timesSent: number;
  /** When the guest first signed in to the app; null until then. */
  readonly signedInAt: IsoDateTime | null;
}

export const GUEST_STATES = ['invitation_sent', 'signed_in'] as const;
export type GuestState = (typeof GUEST_STATES)[number];

/** Where a guest's invitation stands, or null for a person who was not invited as a guest. */
export function guestState(person: { readonly guest?: GuestInvitation | undefined }): GuestState | null {
  if (!person.guest) return null;
  return person.guest.signedInAt === null ? 'invitation_sent' : 'signed_in';
}

/** What the network admin reads beside the person. */
export const GUEST_STATE_LABELS: Readonly<Record<GuestState, string>> = {
  invitation_sent: 'Invitation sent, not accepted yet',
  signed_in: 'Signed in',
};

/** The invitation sent again; Entra answers with the same account, which stays the sign-in identity. */
export function invitationResent<P extends { readonly guest?: GuestInvitation }>(person: P, at: IsoDateTime): P {
  if (!person.guest) return person;
  return { ...person, guest: { ...person.guest, lastSentAt: at, timesSent: person.guest.timesSent + 1 } };
}

/** The guest's first sign-in: the invitation is accepted. Later sign-ins change nothing. */
export function guestSignedIn<P extends { readonly guest?: GuestInvitation }>(person: P, at: IsoDateTime): P {
  if (!person.guest || person.guest.signedInAt !== null) return person;
  return { ...person, guest: { ...person.guest, signedInAt: at } };
}
