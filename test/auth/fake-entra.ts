import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import type { JWK, JWTPayload, KeyLike } from 'jose';

export type FakeEntraMode = 'ok' | 'error500';

export interface SigningKey {
  readonly kid: string;
  readonly alg: 'RS256';
  readonly privateKey: KeyLike;
  readonly publicJwk: JWK;
}

export async function makeSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return { kid, alg: 'RS256', privateKey, publicJwk: { ...publicJwk, kid, use: 'sig' } };
}

/**
 * A stand-in for login.microsoftonline.com on 127.0.0.1: serves the `common` v2 JWKS and signs
 * v2-shaped access tokens. Tests flip `mode`, swap `published` keys and read `keyRequests`.
 */
export class FakeEntra {
  mode: FakeEntraMode = 'ok';
  keyRequests = 0;
  /** The keys the JWKS endpoint publishes right now. */
  published: SigningKey[];

  private readonly server = http.createServer((req, res) => this.handle(req, res));
  private port = 0;

  private constructor(initialKey: SigningKey) {
    this.published = [initialKey];
  }

  static async start(): Promise<FakeEntra> {
    const fake = new FakeEntra(await makeSigningKey());
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  get loginHost(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get key(): SigningKey {
    const key = this.published[0];
    if (!key) throw new Error('FakeEntra publishes no key');
    return key;
  }

  issuerFor(tenantId: string): string {
    return `${this.loginHost}/${tenantId}/v2.0`;
  }

  /** A valid v2 access token unless `claims`/`options` say otherwise (a null claim is left out). */
  async token(
    claims: { tid: string; aud: string } & Record<string, unknown>,
    options: { key?: SigningKey; expiresIn?: number; notBefore?: number } = {},
  ): Promise<string> {
    const key = options.key ?? this.key;
    const now = Math.floor(Date.now() / 1000);
    const payload: JWTPayload = {
      iss: this.issuerFor(claims.tid),
      iat: now,
      nbf: options.notBefore ?? now,
      exp: now + (options.expiresIn ?? 3600),
      oid: 'user-object-id',
      name: 'Ada Lovelace',
      preferred_username: 'ada.lovelace@nhs.net',
      scp: 'User.Read access_as_user',
      ver: '2.0',
      ...claims,
    };
    for (const [name, value] of Object.entries(payload)) if (value === null) delete payload[name];
    return new SignJWT(payload).setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' }).sign(key.privateKey);
  }

  async close(): Promise<void> {
    // Keep-alive sockets from jose's fetches would otherwise hold jest open.
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((err) => (err ? reject(err) : resolve())));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (req.url !== '/common/discovery/v2.0/keys') {
      res.writeHead(404).end();
      return;
    }
    this.keyRequests++;
    if (this.mode === 'error500') {
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"server_error"}');
      return;
    }
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ keys: this.published.map((k) => k.publicJwk) }));
  }
}
