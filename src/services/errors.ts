/** The thing asked for does not exist (or the caller may not know it exists). */
export class NotFoundError extends Error {
  constructor(
    readonly kind: string,
    readonly id: string,
  ) {
    super(`No ${kind} with id "${id}". Check the id, or reload the list you took it from.`);
    this.name = 'NotFoundError';
  }
}

/** A signed-in person the network has no record of. */
export class UnknownPersonError extends Error {
  constructor() {
    super(
      'You signed in, but the network has no record of you yet. Ask your network admin (or your organisational lead) to add you with your work e-mail address.',
    );
    this.name = 'UnknownPersonError';
  }
}

/**
 * A sign-in carries the e-mail address of an invitation but comes from a tenant that may not claim it (see
 * tenant-trust.ts). The invitation is left for its real owner; the network admin can correct the organisation.
 */
export class LinkRefusedError extends Error {
  /** For the logs: which rule refused (the person is told only what to do). */
  constructor(readonly reason: string) {
    super(
      'Your Microsoft 365 account is not from the organisation the network invited you with, so it was not linked ' +
        'to your invitation. Ask your network admin to check the organisation on your invitation (and that it is ' +
        'allowed to sign in), then sign in again.',
    );
    this.name = 'LinkRefusedError';
  }
}

/** An invitation to an address that already belongs to someone in the network: nothing is sent. */
export class AlreadyAMemberError extends Error {
  constructor(readonly member: { readonly id: string; readonly displayName: string; readonly email: string }) {
    super(
      `${member.email} already belongs to ${member.displayName}, who is in the network. Give ${member.displayName} ` +
        'the role they need instead, or re-send their invitation from their entry in the list of people.',
    );
    this.name = 'AlreadyAMemberError';
  }
}
