import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, errors, jwtVerify } from 'jose';
import type { JSONWebKeySet, JWTPayload, JWTVerifyGetKey } from 'jose';
import { AuthError, authErrors } from './auth-error';
import { createResilientRemoteKeySet } from './remote-key-set';

export { AuthError } from './auth-error';
export type { AuthErrorReason } from './auth-error';

export type TrustedIssuer =
  | {
      readonly kind: 'entra';
      /** e.g. https://login.microsoftonline.com; other values for national clouds and tests. */
      readonly loginHost: string;
      /** Member organisations' tenants: a token from any other tenant is refused. */
      readonly allowedTenantIds: readonly string[];
      /** The app's client id (what v2 access tokens carry in `aud`). */
      readonly audience: string;
      /** Other accepted `aud` values, e.g. `api://<host>/<clientId>`. */
      readonly extraAudiences?: readonly string[];
    }
  | {
      readonly kind: 'local';
      /** e.g. http://localhost:3978/dev */
      readonly issuer: string;
      readonly audience: string;
      /** The local issuer's public keys, held in-process: nothing to fetch. */
      readonly jwks: JSONWebKeySet;
    };

export interface VerifiedIdentity {
  readonly tenantId: string;
  readonly objectId: string;
  readonly name: string | null;
  readonly email: string | null;
  readonly issuerKind: 'entra' | 'local';
}

export interface TokenValidatorOptions {
  /** Allowed clock skew for exp/nbf. Default 120. */
  readonly clockToleranceSeconds?: number;
  /** Timeout of one JWKS request. Default 5000. */
  readonly fetchTimeoutMs?: number;
  /** Keys older than this are refetched before use. Default 10 minutes. */
  readonly jwksCacheMaxAgeMs?: number;
  /** Least time between JWKS fetches provoked by unknown key ids, and back-off after a failed fetch. Default 30000. */
  readonly jwksRefetchCooldownMs?: number;
}

export const REQUIRED_SCOPE = 'access_as_user';

/** Entra signs access tokens with RS256 only; anything else claiming to be Entra is forged. */
const ENTRA_ALGORITHMS = ['RS256'] as const;
const LOCAL_ALGORITHMS = ['ES256', 'RS256'] as const;
/** Far above any real access token; stops us base64-decoding megabytes an attacker sends. */
const MAX_TOKEN_LENGTH = 16 * 1024;

/** What the unverified token selected: how to verify it. */
interface Route {
  readonly issuerKind: 'entra' | 'local';
  readonly issuer: string;
  readonly audiences: readonly string[];
  readonly algorithms: readonly string[];
  readonly keys: JWTVerifyGetKey;
}

interface EntraIssuer {
  readonly loginHost: string;
  readonly allowedTenantIds: ReadonlySet<string>;
  readonly audiences: readonly string[];
  readonly keys: JWTVerifyGetKey;
}

interface LocalIssuerConfig {
  readonly issuer: string;
  readonly audiences: readonly string[];
  readonly keys: JWTVerifyGetKey;
}

/**
 * The one place API and bot requests get their caller's identity from. Both Entra (Teams SSO, v2
 * tokens from members' own tenants) and the local dev issuer go through the same checks; only where
 * the keys come from differs.
 */
export class TokenValidator {
  private readonly entra: readonly EntraIssuer[];
  private readonly local: readonly LocalIssuerConfig[];
  private readonly clockToleranceSeconds: number;

  constructor(issuers: readonly TrustedIssuer[], options: TokenValidatorOptions = {}) {
    if (issuers.length === 0) throw new Error('TokenValidator needs at least one trusted issuer.');
    this.clockToleranceSeconds = options.clockToleranceSeconds ?? 120;
    const keySetOptions = {
      timeoutMs: options.fetchTimeoutMs ?? 5000,
      cacheMaxAgeMs: options.jwksCacheMaxAgeMs ?? 10 * 60 * 1000,
      cooldownMs: options.jwksRefetchCooldownMs ?? 30_000,
    };
    // One key set per login host: every tenant's tokens are signed with the same `common` keys.
    const keySets = new Map<string, JWTVerifyGetKey>();
    const entra: EntraIssuer[] = [];
    const local: LocalIssuerConfig[] = [];
    for (const issuer of issuers) {
      if (issuer.kind === 'entra') {
        const loginHost = normaliseLoginHost(issuer.loginHost);
        let keys = keySets.get(loginHost);
        if (!keys) {
          keys = createResilientRemoteKeySet(new URL(`${loginHost}/common/discovery/v2.0/keys`), keySetOptions);
          keySets.set(loginHost, keys);
        }
        entra.push({
          loginHost,
          allowedTenantIds: new Set(issuer.allowedTenantIds.map((id) => id.toLowerCase())),
          audiences: [issuer.audience, ...(issuer.extraAudiences ?? [])],
          keys,
        });
      } else {
        local.push({ issuer: issuer.issuer, audiences: [issuer.audience], keys: createLocalJWKSet(issuer.jwks) });
      }
    }
    this.entra = entra;
    this.local = local;
  }

  /** Resolves to the caller's identity, or rejects with an AuthError (401, or 503 when keys are unreachable). */
  async verify(authorizationHeader: string | undefined): Promise<VerifiedIdentity> {
    const token = bearerToken(authorizationHeader);
    const { alg, claims } = decodeUntrusted(token);
    const route = this.route(claims);
    if (!route.algorithms.includes(alg)) throw authErrors.algNotAllowed(alg);

    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, route.keys, {
        issuer: route.issuer,
        audience: [...route.audiences],
        algorithms: [...route.algorithms],
        clockTolerance: this.clockToleranceSeconds,
        requiredClaims: ['exp'],
      }));
    } catch (err) {
      throw toAuthError(err);
    }
    return identityOf(payload, route.issuerKind);
  }

  /**
   * Picks the issuer from claims nobody has verified yet. Safe because the choice only narrows what
   * we accept: the chosen issuer's keys, algorithms, `iss` and audience are all enforced afterwards.
   */
  private route(claims: JWTPayload): Route {
    const iss = claims.iss;
    if (typeof iss !== 'string') throw authErrors.malformedToken('no issuer');

    const local = this.local.find((l) => l.issuer === iss);
    if (local) return { issuerKind: 'local', algorithms: LOCAL_ALGORITHMS, ...local };

    const candidates = this.entra.filter((e) => iss.startsWith(`${e.loginHost}/`));
    if (candidates.length === 0) throw authErrors.wrongIssuer();
    const tid = claims['tid'];
    if (typeof tid !== 'string' || tid === '') throw authErrors.malformedToken('no tenant id');
    const expectedIssuer = (e: EntraIssuer): string => `${e.loginHost}/${tid}/v2.0`;
    // A v2 token's issuer names its own tenant; any mismatch means v1, another cloud, or tampering.
    const matching = candidates.filter((e) => expectedIssuer(e) === iss);
    if (matching.length === 0) throw authErrors.wrongIssuer();
    const allowed = matching.find((e) => e.allowedTenantIds.has(tid.toLowerCase()));
    // Refused before any key fetch: the message is the actionable one whatever else is wrong.
    if (!allowed) throw authErrors.tenantNotAllowed(tid);
    return {
      issuerKind: 'entra',
      issuer: expectedIssuer(allowed),
      audiences: allowed.audiences,
      algorithms: ENTRA_ALGORITHMS,
      keys: allowed.keys,
    };
  }
}

function normaliseLoginHost(loginHost: string): string {
  const url = new URL(loginHost); // throws on a misconfigured value, at startup rather than per request
  return `${url.protocol}//${url.host}`;
}

function bearerToken(header: string | undefined): string {
  if (header === undefined || header.trim() === '') throw authErrors.missingToken();
  const match = /^Bearer +([^\s]+) *$/i.exec(header);
  if (!match?.[1]) throw authErrors.malformedToken('expected "Authorization: Bearer <token>"');
  const token = match[1];
  if (token.length > MAX_TOKEN_LENGTH) throw authErrors.malformedToken('too long');
  return token;
}

function decodeUntrusted(token: string): { alg: string; claims: JWTPayload } {
  // Exactly three segments: a compact JWS. Five would be an encrypted token, which we never issue.
  if (token.split('.').length !== 3) throw authErrors.malformedToken('not a signed JWT');
  try {
    const header = decodeProtectedHeader(token);
    const claims = decodeJwt(token);
    if (typeof header.alg !== 'string') throw authErrors.malformedToken('no algorithm');
    return { alg: header.alg, claims };
  } catch (err) {
    if (err instanceof AuthError) throw err;
    throw authErrors.malformedToken('not a valid JWT');
  }
}

function toAuthError(err: unknown): unknown {
  if (err instanceof AuthError) return err;
  if (err instanceof errors.JWTExpired) return authErrors.expired();
  if (err instanceof errors.JWTClaimValidationFailed) {
    if (err.claim === 'nbf' && err.reason === 'check_failed') return authErrors.notYetValid();
    if (err.claim === 'aud') return authErrors.wrongAudience();
    if (err.claim === 'iss') return authErrors.wrongIssuer();
    return authErrors.malformedToken(`bad "${err.claim}" claim`);
  }
  if (err instanceof errors.JWSSignatureVerificationFailed) return authErrors.badSignature();
  if (err instanceof errors.JWKSNoMatchingKey) return authErrors.unknownKey();
  if (err instanceof errors.JOSEAlgNotAllowed || err instanceof errors.JOSENotSupported) {
    return authErrors.algNotAllowed('unsupported');
  }
  if (err instanceof errors.JWSInvalid || err instanceof errors.JWTInvalid) {
    return authErrors.malformedToken('not a valid JWT');
  }
  // Anything else is our bug or the runtime's, not the caller's: let it surface as a 500.
  return err;
}

function identityOf(payload: JWTPayload, issuerKind: 'entra' | 'local'): VerifiedIdentity {
  const scopes = typeof payload['scp'] === 'string' ? payload['scp'].split(' ') : [];
  // App-only tokens carry `roles`, not `scp`: they never act for a person, so they are refused here too.
  if (!scopes.includes(REQUIRED_SCOPE)) throw authErrors.missingScope();
  const tenantId = nonEmptyString(payload['tid']);
  const objectId = nonEmptyString(payload['oid']);
  if (tenantId === null) throw authErrors.malformedToken('no tenant id');
  if (objectId === null) throw authErrors.malformedToken('no user object id');
  return {
    tenantId,
    objectId,
    name: nonEmptyString(payload['name']),
    email: emailOf(payload),
    issuerKind,
  };
}

/** `email` is optional in Entra tokens; `preferred_username` is usually the UPN, an address in NHS tenants. */
function emailOf(payload: JWTPayload): string | null {
  const email = nonEmptyString(payload['email']);
  if (email !== null) return email;
  const username = nonEmptyString(payload['preferred_username']);
  return username !== null && username.includes('@') ? username : null;
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}
