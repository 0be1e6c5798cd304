import { randomUUID } from 'node:crypto';
import { chmod, link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SignJWT, calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK } from 'jose';
import type { JSONWebKeySet, JWK, KeyLike } from 'jose';
import type { TrustedIssuer } from './token-validator';

export const LOCAL_ISSUER_KEY_FILE = 'local-issuer-key.json';
const ALG = 'ES256';

export interface LocalPerson {
  readonly tenantId: string;
  readonly objectId: string;
  readonly name: string;
  readonly email: string;
}

interface KeyFile {
  readonly kid: string;
  readonly alg: typeof ALG;
  readonly privateJwk: JWK;
  readonly publicJwk: JWK;
  readonly createdAt: string;
}

/**
 * Local mode's stand-in for Entra ID: it signs tokens shaped like Entra v2 access tokens so the tab
 * and the API run through exactly the same TokenValidator path as in Teams. The key pair is kept on
 * disk so tokens survive a restart (and several local processes sharing a data folder agree).
 */
export class LocalIssuer {
  private constructor(
    readonly issuer: string,
    readonly audience: string,
    private readonly kid: string,
    private readonly publicJwk: JWK,
    private readonly privateKey: KeyLike | Uint8Array,
  ) {}

  static async loadOrCreate(dataDir: string, issuer: string, audience: string): Promise<LocalIssuer> {
    const file = path.join(dataDir, LOCAL_ISSUER_KEY_FILE);
    const keyFile = (await readKeyFile(file)) ?? (await createKeyFile(dataDir, file));
    const privateKey = await importJWK(keyFile.privateJwk, ALG);
    return new LocalIssuer(issuer, audience, keyFile.kid, keyFile.publicJwk, privateKey);
  }

  /** Public keys only: this is what `/dev/jwks` serves. */
  jwks(): JSONWebKeySet {
    return { keys: [{ ...this.publicJwk, kid: this.kid, alg: ALG, use: 'sig' }] };
  }

  trustedIssuer(): TrustedIssuer {
    return { kind: 'local', issuer: this.issuer, audience: this.audience, jwks: this.jwks() };
  }

  issueToken(person: LocalPerson, ttlSeconds = 8 * 3600): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({
      tid: person.tenantId,
      oid: person.objectId,
      name: person.name,
      preferred_username: person.email,
      scp: 'access_as_user',
      ver: '2.0',
    })
      .setProtectedHeader({ alg: ALG, kid: this.kid, typ: 'JWT' })
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setSubject(person.objectId)
      .setIssuedAt(now)
      .setNotBefore(now)
      .setExpirationTime(now + ttlSeconds)
      .sign(this.privateKey);
  }
}

async function readKeyFile(file: string): Promise<KeyFile | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if (isErrnoException(err) && err.code === 'ENOENT') return null;
    throw err;
  }
  const parsed: unknown = safeJsonParse(text);
  if (!isKeyFile(parsed)) {
    // Not regenerated silently: that would quietly sign everyone out and hide whatever broke the file.
    throw new Error(
      `The local sign-in key file ${file} is unreadable or not a key file. Delete it to have a new key made at the next start (everyone signed in locally will need to sign in again).`,
    );
  }
  // The private key signs sign-ins: keep it owner-only even if someone loosened the mode.
  await chmod(file, 0o600);
  return parsed;
}

async function createKeyFile(dataDir: string, file: string): Promise<KeyFile> {
  await mkdir(dataDir, { recursive: true });
  const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const keyFile: KeyFile = {
    kid: await calculateJwkThumbprint(publicJwk),
    alg: ALG,
    privateJwk: await exportJWK(privateKey),
    publicJwk,
    createdAt: new Date().toISOString(),
  };
  // Written whole under a temporary name, then linked into place: link fails if another process got
  // there first, so two processes starting together end up with one key, never a half-written file.
  const temp = `${file}.${randomUUID()}.tmp`;
  await writeFile(temp, JSON.stringify(keyFile, null, 2), { mode: 0o600, flag: 'wx' });
  try {
    await link(temp, file);
    return keyFile;
  } catch (err) {
    if (isErrnoException(err) && err.code === 'EEXIST') {
      const winner = await readKeyFile(file);
      if (winner) return winner;
    }
    throw err;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

function safeJsonParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isKeyFile(value: unknown): value is KeyFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const isJwk = (jwk: unknown): boolean => typeof jwk === 'object' && jwk !== null && 'kty' in jwk;
  return (
    typeof v['kid'] === 'string' &&
    v['alg'] === ALG &&
    isJwk(v['privateJwk']) &&
    typeof (v['privateJwk'] as Record<string, unknown>)['d'] === 'string' &&
    isJwk(v['publicJwk']) &&
    typeof v['createdAt'] === 'string'
  );
}

/** Duck-typed: errors from Node's core can come from another realm (e.g. under jest), failing instanceof. */
function isErrnoException(err: unknown): err is NodeJS.ErrnoException {
  return typeof err === 'object' && err !== null && 'code' in err;
}
