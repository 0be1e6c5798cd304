import { createLocalJWKSet, createRemoteJWKSet, errors } from 'jose';
import type { JSONWebKeySet, JWTVerifyGetKey } from 'jose';
import { authErrors } from './auth-error';

export interface RemoteKeySetOptions {
  /** How long one JWKS request may take. */
  readonly timeoutMs: number;
  /** After this the keys are refetched before use (falling back to them if the refetch fails). */
  readonly cacheMaxAgeMs: number;
  /**
   * Least time between two fetches a token can provoke (an unknown `kid`), and how long to stop
   * trying after a failed fetch while old keys still work. Stops a flood of forged tokens or an
   * outage from turning every request into a JWKS round trip.
   */
  readonly cooldownMs: number;
}

/** Errors from matching a token's header to a key: the fetch itself went fine, so pass them on. */
function isKeyLookupError(err: unknown): boolean {
  return (
    err instanceof errors.JWKSNoMatchingKey ||
    // jwtVerify catches this one itself and tries each candidate key in turn.
    err instanceof errors.JWKSMultipleMatchingKeys ||
    err instanceof errors.JOSENotSupported
  );
}

/**
 * jose's remote JWKS (cache, refetch on unknown `kid`, one fetch in flight at a time), made to ride
 * out an outage of the key endpoint: once keys have been fetched they keep verifying tokens while
 * the endpoint is down, and when there is nothing to fall back on the caller gets a 503
 * `jwks_unavailable` instead of a network error that would surface as a 500.
 */
export function createResilientRemoteKeySet(url: URL, options: RemoteKeySetOptions): JWTVerifyGetKey {
  const remote = createRemoteJWKSet(url, {
    timeoutDuration: options.timeoutMs,
    cacheMaxAge: options.cacheMaxAgeMs,
    cooldownDuration: options.cooldownMs,
  });
  let lastFailureAt: number | undefined;
  let fallback: { source: string; keys: JWTVerifyGetKey } | undefined;

  const failedRecently = (): boolean => lastFailureAt !== undefined && Date.now() - lastFailureAt < options.cooldownMs;

  const fallbackKeys = (jwks: JSONWebKeySet): JWTVerifyGetKey => {
    // remote.jwks() hands out a fresh copy each call; keep the imported set while the keys are the same.
    const source = JSON.stringify(jwks);
    if (fallback?.source !== source) fallback = { source, keys: createLocalJWKSet(jwks) };
    return fallback.keys;
  };

  const fromLastKnownKeys: JWTVerifyGetKey = async (header, token) => {
    const jwks = remote.jwks();
    if (!jwks) throw authErrors.jwksUnavailable();
    try {
      return await fallbackKeys(jwks)(header, token);
    } catch (err) {
      // The key may well exist at the issuer (a rotation we cannot see): "try later", not "bad token".
      if (err instanceof errors.JWKSNoMatchingKey) throw authErrors.jwksUnavailable(err);
      throw err;
    }
  };

  return async (header, token) => {
    if (failedRecently() && remote.jwks()) return fromLastKnownKeys(header, token);
    try {
      const key = await remote(header, token);
      lastFailureAt = undefined;
      return key;
    } catch (err) {
      if (isKeyLookupError(err)) throw err;
      lastFailureAt = Date.now();
      if (!remote.jwks()) throw authErrors.jwksUnavailable(err);
      return fromLastKnownKeys(header, token);
    }
  };
}
