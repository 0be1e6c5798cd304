/**
 * Why a request's sign-in was refused. The reason codes are stable: the API puts them in problem
 * responses and the tab branches on them (e.g. `token_expired` -> silent re-auth), so never rename one.
 */
export type AuthErrorReason =
  | 'missing_token'
  | 'malformed_token'
  | 'token_expired'
  | 'token_not_yet_valid'
  | 'bad_signature'
  | 'unknown_key'
  | 'wrong_audience'
  | 'wrong_issuer'
  | 'tenant_not_allowed'
  | 'missing_scope'
  | 'alg_not_allowed'
  | 'jwks_unavailable';

/**
 * 401: the caller must sign in again (or cannot sign in at all); 503: we could not check the token
 * (the issuer's keys are unreachable), so the caller should retry rather than re-authenticate.
 * The message is shown to people, so it says what to do next.
 */
export class AuthError extends Error {
  override readonly name = 'AuthError';

  constructor(
    readonly status: 401 | 503,
    readonly reason: AuthErrorReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const authErrors = {
  missingToken: () => new AuthError(401, 'missing_token', 'You are not signed in. Sign in and try again.'),
  malformedToken: (detail: string) =>
    new AuthError(401, 'malformed_token', `Your sign-in token could not be read (${detail}). Sign in again.`),
  expired: () => new AuthError(401, 'token_expired', 'Your sign-in has expired. Sign in again.'),
  notYetValid: () =>
    new AuthError(
      401,
      'token_not_yet_valid',
      "Your sign-in token is not valid yet. Check that your device's date and time are correct, then sign in again.",
    ),
  badSignature: () =>
    new AuthError(401, 'bad_signature', 'Your sign-in token has an invalid signature. Sign in again.'),
  unknownKey: () =>
    new AuthError(
      401,
      'unknown_key',
      'Your sign-in token was signed with a key this server does not recognise. Sign in again; if this keeps happening, tell the network admin.',
    ),
  wrongAudience: () =>
    new AuthError(
      401,
      'wrong_audience',
      'Your sign-in token was issued for a different app. Sign in to the Mind & Body network app again.',
    ),
  wrongIssuer: () =>
    new AuthError(
      401,
      'wrong_issuer',
      'Your sign-in token does not come from a sign-in service this network trusts. Sign in again through Teams or the network sign-in page.',
    ),
  tenantNotAllowed: (tenantId: string) =>
    new AuthError(
      401,
      'tenant_not_allowed',
      `Your organisation (Entra tenant ${tenantId}) is not a member of the Mind & Body Quality Improvement Network yet. Ask the network admin to add your organisation, then sign in again.`,
    ),
  missingScope: () =>
    new AuthError(
      401,
      'missing_scope',
      "Your sign-in token does not grant access to this app's API (scope access_as_user). Sign in again; if this keeps happening, ask your IT team to grant consent to the app.",
    ),
  algNotAllowed: (alg: string) =>
    new AuthError(
      401,
      'alg_not_allowed',
      `Your sign-in token is signed with an algorithm this server does not accept (${alg}). Sign in again.`,
    ),
  jwksUnavailable: (cause?: unknown) =>
    new AuthError(
      503,
      'jwks_unavailable',
      'Your sign-in cannot be checked right now because the sign-in service could not be reached. Try again in a few minutes.',
      { cause },
    ),
};
