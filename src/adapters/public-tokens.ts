import { createHash, randomBytes } from 'node:crypto';
import type { PublicTokens } from '../services/ports';

/**
 * Tokens of public questionnaire links: 32 bytes from the operating system's cryptographic random source, written
 * as URL-safe base64 (43 characters), and stored only as their SHA-256 digest. A lookup by digest compares no secret
 * byte by byte, so the time an answer takes says nothing about how close a guessed token was.
 */
export const CRYPTO_PUBLIC_TOKENS: PublicTokens = {
  newToken: () => randomBytes(32).toString('base64url'),
  digest: (token) => createHash('sha256').update(token, 'utf8').digest('hex'),
};
