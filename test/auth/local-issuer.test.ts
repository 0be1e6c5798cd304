import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SignJWT, decodeJwt, decodeProtectedHeader, generateKeyPair } from 'jose';
import { LOCAL_ISSUER_KEY_FILE, LocalIssuer } from '../../src/auth/local-issuer';
import { AuthError, TokenValidator } from '../../src/auth/token-validator';

const ISSUER = 'http://localhost:3978/dev';
const AUDIENCE = 'local-dev-app';
const PERSON = {
  tenantId: 'local-tenant-kch',
  objectId: 'person-0001',
  name: 'Grace Hopper',
  email: 'grace.hopper@kch.example.nhs.uk',
};

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'qin-local-issuer-'));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function reasonFor(validator: TokenValidator, token: string): Promise<string> {
  const err: unknown = await validator.verify(`Bearer ${token}`).then(
    () => new Error('expected the token to be refused'),
    (e: unknown) => e,
  );
  if (!(err instanceof AuthError)) throw err;
  return err.reason;
}

describe('LocalIssuer', () => {
  it('makes a key pair at first start, keeps it owner-only and reuses it after', async () => {
    const first = await LocalIssuer.loadOrCreate(dataDir, ISSUER, AUDIENCE);
    const file = path.join(dataDir, LOCAL_ISSUER_KEY_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const second = await LocalIssuer.loadOrCreate(dataDir, ISSUER, AUDIENCE);
    expect(second.jwks()).toEqual(first.jwks());
    expect(first.jwks().keys[0]?.kid).toEqual(expect.any(String));
  });

  it('creates the data folder when missing and agrees on one key when two processes start together', async () => {
    const nested = path.join(dataDir, 'a', 'b');
    const [one, two] = await Promise.all([
      LocalIssuer.loadOrCreate(nested, ISSUER, AUDIENCE),
      LocalIssuer.loadOrCreate(nested, ISSUER, AUDIENCE),
    ]);
    expect(one.jwks()).toEqual(two.jwks());
  });

  it('publishes only the public key', async () => {
    const issuer = await LocalIssuer.loadOrCreate(dataDir, ISSUER, AUDIENCE);
    const [key, ...others] = issuer.jwks().keys;
    expect(others).toHaveLength(0);
    expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(key).not.toHaveProperty('d');
    expect(issuer.trustedIssuer()).toEqual({ kind: 'local', issuer: ISSUER, audience: AUDIENCE, jwks: issuer.jwks() });
  });

  it('issues tokens shaped like Entra v2 access tokens', async () => {
    const issuer = await LocalIssuer.loadOrCreate(dataDir, ISSUER, AUDIENCE);
    const token = await issuer.issueToken(PERSON, 600);
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'ES256', kid: issuer.jwks().keys[0]?.kid });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      iss: ISSUER,
      aud: AUDIENCE,
      tid: PERSON.tenantId,
      oid: PERSON.objectId,
      name: PERSON.name,
      preferred_username: PERSON.email,
      scp: 'access_as_user',
    });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(600);
    expect(claims.nbf).toBe(claims.iat);
  });

  it('issues tokens the shared TokenValidator accepts, also after a restart', async () => {
    const issuer = await LocalIssuer.loadOrCreate(dataDir, ISSUER, AUDIENCE);
    const token = await issuer.issueToken(PERSON);
    const restarted = await LocalIssuer.loadOrCreate(dataDir, ISSUER, AUDIENCE);
    const validator = new TokenValidator([restarted.trustedIssuer()]);
    await expect(validator.verify(`Bearer ${token}`)).resolves.toEqual({
      tenantId: PERSON.tenantId,
      objectId: PERSON.objectId,
      name: PERSON.name,
      email: PERSON.email,
      issuerKind: 'local',
    });
  });

  it('refuses tokens from another local key, a forged signature, or an expired one', async () => {
    const issuer = await LocalIssuer.loadOrCreate(dataDir, ISSUER, AUDIENCE);
    const validator = new TokenValidator([issuer.trustedIssuer()]);

    const otherDir = await mkdtemp(path.join(os.tmpdir(), 'qin-local-issuer-other-'));
    try {
      const other = await LocalIssuer.loadOrCreate(otherDir, ISSUER, AUDIENCE);
      expect(await reasonFor(validator, await other.issueToken(PERSON))).toBe('unknown_key');
    } finally {
      await rm(otherDir, { recursive: true, force: true });
    }

    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ tid: PERSON.tenantId, oid: PERSON.objectId, scp: 'access_as_user' })
      .setProtectedHeader({ alg: 'ES256', kid: issuer.jwks().keys[0]?.kid ?? '' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('1h')
      .sign(privateKey);
    expect(await reasonFor(validator, forged)).toBe('bad_signature');

    expect(await reasonFor(validator, await issuer.issueToken(PERSON, -3600))).toBe('token_expired');
  });

  it('refuses to run on a damaged key file rather than silently replacing it', async () => {
    await writeFile(path.join(dataDir, LOCAL_ISSUER_KEY_FILE), '{"not":"a key"}');
    await expect(LocalIssuer.loadOrCreate(dataDir, ISSUER, AUDIENCE)).rejects.toThrow(/Delete it/);
    expect(await readFile(path.join(dataDir, LOCAL_ISSUER_KEY_FILE), 'utf8')).toBe('{"not":"a key"}');
  });
});
