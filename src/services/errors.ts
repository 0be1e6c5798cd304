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
