/** What the ports that ask Microsoft Graph for something on the network's behalf raise when it is not done. */

/** Microsoft Graph did not schedule the meeting (down, or an answer the app could not use): nothing changed. */
export class MeetingUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MeetingUnavailableError';
  }
}

/** Guests cannot be invited just now (not configured, permission missing, or Entra busy); nothing was recorded. */
export class GuestInvitationUnavailableError extends Error {
  constructor(
    message: string,
    /** Seconds to wait before trying again, when Entra said. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'GuestInvitationUnavailableError';
  }
}
