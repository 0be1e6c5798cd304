import { createPublicKey } from 'node:crypto';
import type { JsonWebKey } from 'node:crypto';
import { SignJWT, base64url } from 'jose';
import { AuthError, TokenValidator } from '../../src/auth/token-validator';
import type { TokenValidatorOptions, TrustedIssuer } from '../../src/auth/token-validator';
import { FakeEntra, makeSigningKey } from './fake-entra';

const TENANT = '11111111-1111-4111-8111-111111111111';
const OTHER_MEMBER = '22222222-2222-4222-8222-222222222222';
const STRANGER = '99999999-9999-4999-8999-999999999999';
const CLIENT_ID = '33333333-3333-4333-8333-333333333333';
const API_AUDIENCE = `api://qin.example.org/${CLIENT_ID}`;

let entra: FakeEntra;

beforeAll(async () => {
  entra = await FakeEntra.start();
});

afterAll(async () => {
  await entra.close();
});

beforeEach(async () => {
  entra.mode = 'ok';
  entra.published = [await makeSigningKey()];
});

function entraIssuer(loginHost = entra.loginHost): TrustedIssuer {
  return {
    kind: 'entra',
    loginHost,
    allowedTenantIds: [TENANT, OTHER_MEMBER.toUpperCase()],
    audience: CLIENT_ID,
    extraAudiences: [API_AUDIENCE],
  };
}

function validator(options: TokenValidatorOptions = {}, loginHost?: string): TokenValidator {
  // A generous fetch timeout: on a busy CI machine a local JWKS answer can take a while; the tests that are
  // about timeouts set their own.
  return new TokenValidator([entraIssuer(loginHost)], { fetchTimeoutMs: 15_000, ...options });
}

function goodToken(claims: Record<string, unknown> = {}, options: Parameters<FakeEntra['token']>[1] = {}) {
  return entra.token({ tid: TENANT, aud: CLIENT_ID, ...claims }, options);
}

async function refusal(v: TokenValidator, header: string | undefined): Promise<AuthError> {
  try {
    await v.verify(header);
  } catch (err) {
    if (err instanceof AuthError) return err;
    throw err;
  }
  throw new Error('expected the token to be refused');
}

async function expectRefused(header: string | undefined, status: number, reason: string, v = validator()) {
  const err = await refusal(v, header);
  expect({ status: err.status, reason: err.reason }).toEqual({ status, reason });
  return err;
}

function unsignedToken(header: Record<string, unknown>, payload: Record<string, unknown>, signature = ''): string {
  const part = (value: Record<string, unknown>) => base64url.encode(JSON.stringify(value));
  return `${part(header)}.${part(payload)}.${signature}`;
}

describe('TokenValidator with Entra ID', () => {
  it('accepts a valid v2 token and returns who it is for', async () => {
    const identity = await validator().verify(`Bearer ${await goodToken()}`);
    expect(identity).toEqual({
      tenantId: TENANT,
      objectId: 'user-object-id',
      name: 'Ada Lovelace',
      email: 'ada.lovelace@nhs.net',
      issuerKind: 'entra',
    });
  });

  it('accepts the api:// audience form, any member tenant, and a lower-case scheme', async () => {
    const v = validator();
    await expect(v.verify(`Bearer ${await goodToken({ aud: API_AUDIENCE })}`)).resolves.toMatchObject({
      tenantId: TENANT,
    });
    await expect(v.verify(`bearer ${await goodToken({ tid: OTHER_MEMBER })}`)).resolves.toMatchObject({
      tenantId: OTHER_MEMBER,
    });
  });

  it('gives null name and email when the token has none usable', async () => {
    const token = await goodToken({ name: null, preferred_username: 'not-an-address' });
    await expect(validator().verify(`Bearer ${token}`)).resolves.toMatchObject({ name: null, email: null });
  });

  it('refuses a request without a token', async () => {
    const err = await expectRefused(undefined, 401, 'missing_token');
    expect(err.message).toMatch(/sign in/i);
    await expectRefused('', 401, 'missing_token');
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    await expectRefused(`Basic ${Buffer.from('a:b').toString('base64')}`, 401, 'malformed_token');
    await expectRefused('Bearer', 401, 'malformed_token');
    await expectRefused(`Bearer ${await goodToken()} extra`, 401, 'malformed_token');
  });

  it.each([
    ['garbage', 'garbage'],
    ['two segments', 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0'],
    ['bad base64', '###.$$$.%%%'],
    ['header that is not JSON', `${base64url.encode('not json')}.${base64url.encode('{}')}.c2ln`],
    ['five segments (encrypted)', 'a.b.c.d.e'],
  ])('refuses a malformed token: %s', async (_name, token) => {
    await expectRefused(`Bearer ${token}`, 401, 'malformed_token');
  });

  it('refuses an expired token, telling the user to sign in again', async () => {
    const err = await expectRefused(`Bearer ${await goodToken({}, { expiresIn: -600 })}`, 401, 'token_expired');
    expect(err.message).toBe('Your sign-in has expired. Sign in again.');
  });

  it('allows clock skew within the tolerance', async () => {
    const v = validator({ clockToleranceSeconds: 120 });
    await expect(v.verify(`Bearer ${await goodToken({}, { expiresIn: -60 })}`)).resolves.toBeDefined();
    const future = Math.floor(Date.now() / 1000) + 60;
    await expect(v.verify(`Bearer ${await goodToken({}, { notBefore: future })}`)).resolves.toBeDefined();
  });

  it('refuses a token that is not valid yet', async () => {
    const later = Math.floor(Date.now() / 1000) + 3600;
    await expectRefused(`Bearer ${await goodToken({}, { notBefore: later })}`, 401, 'token_not_yet_valid');
  });

  it('refuses a token signed by a key the issuer does not publish', async () => {
    const stranger = await makeSigningKey();
    await expectRefused(`Bearer ${await goodToken({}, { key: stranger })}`, 401, 'unknown_key');
  });

  it('refuses a token whose signature does not match the published key it names', async () => {
    const forger = await makeSigningKey();
    const forged = await goodToken({}, { key: { ...forger, kid: entra.key.kid } });
    await expectRefused(`Bearer ${forged}`, 401, 'bad_signature');

    const [header, , signature] = (await goodToken()).split('.');
    const tampered = `${header}.${base64url.encode(JSON.stringify({ ...tokenClaims(), oid: 'someone-else' }))}.${signature}`;
    await expectRefused(`Bearer ${tampered}`, 401, 'bad_signature');
  });

  it('refuses a tenant that is not a member, saying whom to ask', async () => {
    const err = await expectRefused(`Bearer ${await goodToken({ tid: STRANGER })}`, 401, 'tenant_not_allowed');
    expect(err.message).toContain(STRANGER);
    expect(err.message).toMatch(/not a member of the .*network yet/i);
    expect(err.message).toMatch(/network admin/i);
  });

  it('refuses a token for another audience', async () => {
    await expectRefused(`Bearer ${await goodToken({ aud: 'some-other-app' })}`, 401, 'wrong_audience');
  });

  it('refuses a token without the access_as_user scope, including app-only tokens', async () => {
    await expectRefused(`Bearer ${await goodToken({ scp: 'User.Read Files.Read' })}`, 401, 'missing_scope');
    await expectRefused(`Bearer ${await goodToken({ scp: 'access_as_user_extra' })}`, 401, 'missing_scope');
    await expectRefused(`Bearer ${await goodToken({ scp: null, roles: ['Admin'] })}`, 401, 'missing_scope');
  });

  it('refuses a token without tid or oid', async () => {
    await expectRefused(`Bearer ${await goodToken({ oid: null })}`, 401, 'malformed_token');
    await expectRefused(`Bearer ${await goodToken({ tid: null })}`, 401, 'malformed_token');
  });

  it('refuses a hand-made alg:none token', async () => {
    const before = entra.keyRequests;
    const token = unsignedToken({ alg: 'none', typ: 'JWT' }, tokenClaims());
    await expectRefused(`Bearer ${token}`, 401, 'alg_not_allowed');
    await expectRefused(`Bearer ${unsignedToken({ alg: 'none' }, tokenClaims(), 'c2ln')}`, 401, 'alg_not_allowed');
    // Refused on sight: an unsigned token never costs a key fetch.
    expect(entra.keyRequests).toBe(before);
  });

  it('refuses HS256 signed with the public key as the shared secret', async () => {
    const publicPem = createPublicKey({ key: entra.key.publicJwk as JsonWebKey, format: 'jwk' })
      .export({ type: 'spki', format: 'pem' })
      .toString();
    const token = await new SignJWT(tokenClaims())
      .setProtectedHeader({ alg: 'HS256', kid: entra.key.kid })
      .sign(new TextEncoder().encode(publicPem));
    await expectRefused(`Bearer ${token}`, 401, 'alg_not_allowed');
  });

  it('refuses an issuer that does not match the token tenant', async () => {
    await expectRefused(`Bearer ${await goodToken({ iss: entra.issuerFor(OTHER_MEMBER) })}`, 401, 'wrong_issuer');
    // v1 issuer form, and a host that is not trusted at all.
    await expectRefused(
      `Bearer ${await goodToken({ iss: `https://sts.windows.net/${TENANT}/` })}`,
      401,
      'wrong_issuer',
    );
    const elsewhere = `https://login.evil.example/${TENANT}/v2.0`;
    await expectRefused(`Bearer ${await goodToken({ iss: elsewhere })}`, 401, 'wrong_issuer');
  });
});

describe('TokenValidator JWKS handling', () => {
  it('fetches the keys once and reuses them', async () => {
    const v = validator();
    const before = entra.keyRequests;
    for (let i = 0; i < 3; i++) await v.verify(`Bearer ${await goodToken()}`);
    expect(entra.keyRequests - before).toBe(1);
  });

  it('on key rotation, refetches once for the new kid and accepts it', async () => {
    const v = validator({ jwksRefetchCooldownMs: 0 });
    await v.verify(`Bearer ${await goodToken()}`);
    const rotated = await makeSigningKey();
    entra.published = [...entra.published, rotated];
    const before = entra.keyRequests;
    await expect(v.verify(`Bearer ${await goodToken({}, { key: rotated })}`)).resolves.toBeDefined();
    await expect(v.verify(`Bearer ${await goodToken({}, { key: rotated })}`)).resolves.toBeDefined();
    expect(entra.keyRequests - before).toBe(1);
  });

  it('does not refetch for every unknown kid within the cooldown', async () => {
    const v = validator();
    await v.verify(`Bearer ${await goodToken()}`);
    const before = entra.keyRequests;
    for (let i = 0; i < 5; i++) {
      await expectRefused(`Bearer ${await goodToken({}, { key: await makeSigningKey() })}`, 401, 'unknown_key', v);
    }
    expect(entra.keyRequests - before).toBe(0);
  });

  it('keeps accepting tokens with cached keys while the JWKS endpoint fails', async () => {
    const v = validator();
    await v.verify(`Bearer ${await goodToken()}`);
    entra.mode = 'error500';
    await expect(v.verify(`Bearer ${await goodToken()}`)).resolves.toMatchObject({ tenantId: TENANT });
  });

  it('falls back to the last keys when they are stale and the refetch fails', async () => {
    const v = validator({ jwksCacheMaxAgeMs: 0, jwksRefetchCooldownMs: 0 });
    await v.verify(`Bearer ${await goodToken()}`);
    entra.mode = 'error500';
    const before = entra.keyRequests;
    await expect(v.verify(`Bearer ${await goodToken()}`)).resolves.toMatchObject({ tenantId: TENANT });
    expect(entra.keyRequests - before).toBe(1);
    // A kid we cannot look up during the outage may be a genuine rotation: "try later", not "bad token".
    await expectRefused(`Bearer ${await goodToken({}, { key: await makeSigningKey() })}`, 503, 'jwks_unavailable', v);
  });

  it('answers 503 jwks_unavailable when the endpoint fails and nothing is cached', async () => {
    entra.mode = 'error500';
    const err = await expectRefused(`Bearer ${await goodToken()}`, 503, 'jwks_unavailable');
    expect(err.message).toMatch(/try again/i);
  });

  it('answers 503 jwks_unavailable when the endpoint is down', async () => {
    const gone = await FakeEntra.start();
    const loginHost = gone.loginHost;
    const token = await gone.token({ tid: TENANT, aud: CLIENT_ID });
    await gone.close();
    await expectRefused(`Bearer ${token}`, 503, 'jwks_unavailable', validator({ fetchTimeoutMs: 2000 }, loginHost));
  });
});

describe('TokenValidator configuration', () => {
  it('refuses to start without an issuer or with a bad login host', () => {
    expect(() => new TokenValidator([])).toThrow(/trusted issuer/);
    expect(() => validator({}, 'not a url')).toThrow();
  });

  it('ignores a trailing slash on the login host', async () => {
    const v = validator({}, `${entra.loginHost}/`);
    await expect(v.verify(`Bearer ${await goodToken()}`)).resolves.toMatchObject({ issuerKind: 'entra' });
  });
});

function tokenClaims(): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: entra.issuerFor(TENANT),
    aud: CLIENT_ID,
    tid: TENANT,
    oid: 'user-object-id',
    scp: 'access_as_user',
    iat: now,
    nbf: now,
    exp: now + 3600,
  };
}
