import { setTimeout as sleep } from 'node:timers/promises';
import { ConfidentialClientApplication } from '@azure/msal-node';
import type { Configuration } from '@azure/msal-node';
import { ConsentRequiredError } from '../services/user-files';

/** The part of msal-node's ConfidentialClientApplication we use; tests pass a fake. */
export interface OnBehalfOfClient {
  acquireTokenOnBehalfOf(request: { oboAssertion: string; scopes: string[] }): Promise<{ accessToken: string } | null>;
}

export interface OnBehalfOfOptions {
  readonly clientId: string;
  readonly clientSecret?: string;
  /** Preferred over a secret in production (Key Vault certificate). */
  readonly certificate?: { readonly thumbprintSha256: string; readonly privateKeyPem: string };
  /** `${loginHost}/organizations` (members come from many tenants) or one tenant's authority. */
  readonly authority: string;
  readonly msalClient?: OnBehalfOfClient;
  /** Waits before each retry of a consent failure. Default [1000, 2000, 4000]. */
  readonly retryDelaysMs?: readonly number[];
}

const CONSENT_ERROR_CODES = new Set(['invalid_grant', 'interaction_required', 'consent_required']);
/**
 * invalid_grant also covers a bad or expired incoming assertion; asking for consent would not fix
 * those, so they propagate as ordinary failures.
 * AADSTS50013: assertion failed signature validation; AADSTS500133: assertion not within its valid time range.
 */
const ASSERTION_ERROR_PATTERN = /AADSTS(50013|500133)\b/;

function isConsentError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const fields = err as { errorCode?: unknown; subError?: unknown; message?: unknown; errorMessage?: unknown };
  const text = [fields.message, fields.errorMessage].filter((t) => typeof t === 'string').join(' ');
  if (/AADSTS65001\b/.test(text)) return true;
  if (ASSERTION_ERROR_PATTERN.test(text)) return false;
  return (
    (typeof fields.errorCode === 'string' && CONSENT_ERROR_CODES.has(fields.errorCode)) ||
    fields.subError === 'consent_required'
  );
}

/** Graph tokens for the signed-in user (evidence picked from their own OneDrive/SharePoint). */
export class OnBehalfOfTokenProvider {
  private readonly client: OnBehalfOfClient;
  private readonly retryDelaysMs: readonly number[];

  constructor(opts: OnBehalfOfOptions) {
    this.retryDelaysMs = opts.retryDelaysMs ?? [1000, 2000, 4000];
    this.client = opts.msalClient ?? new ConfidentialClientApplication(msalConfiguration(opts));
  }

  /** `userAssertion` is the caller's validated access token for this app (without "Bearer "). */
  async getGraphToken(userAssertion: string, scopes: string[]): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await this.client.acquireTokenOnBehalfOf({ oboAssertion: userAssertion, scopes });
        if (!result?.accessToken) throw new Error('On-behalf-of token request returned no access token.');
        return result.accessToken;
      } catch (err) {
        if (!isConsentError(err)) throw err;
        // Consent just given by the user or an admin takes a while to reach every Entra replica.
        const delay = this.retryDelaysMs[attempt];
        if (delay === undefined) throw new ConsentRequiredError(scopes, { cause: err });
        await sleep(delay);
      }
    }
  }
}

function msalConfiguration(opts: OnBehalfOfOptions): Configuration {
  if (opts.certificate) {
    return {
      auth: {
        clientId: opts.clientId,
        authority: opts.authority,
        clientCertificate: {
          thumbprintSha256: opts.certificate.thumbprintSha256,
          privateKey: opts.certificate.privateKeyPem,
        },
      },
    };
  }
  if (opts.clientSecret) {
    return { auth: { clientId: opts.clientId, authority: opts.authority, clientSecret: opts.clientSecret } };
  }
  throw new Error(
    'On-behalf-of sign-in needs the app registration credential: set a client certificate (preferred) or a client secret.',
  );
}
