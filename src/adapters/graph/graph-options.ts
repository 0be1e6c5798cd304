import type { RequestCounter } from './request-counter';

/** How the app proves who it is to Entra ID when it calls Graph as itself. */
export type AppCredentials =
  | { readonly kind: 'clientSecret'; readonly clientId: string; readonly clientSecret: string }
  | {
      readonly kind: 'certificate';
      readonly clientId: string;
      /** SHA-256 thumbprint of the certificate, hex. */
      readonly thumbprintSha256: string;
      readonly privateKeyPem: string;
      /** The public certificate chain (PEM), sent so Entra can validate subject-name/issuer auth. */
      readonly x5c?: string;
    }
  /** Azure App Service / VM managed identity; `clientId` picks a user-assigned identity. */
  | { readonly kind: 'managedIdentity'; readonly clientId?: string }
  /** A token you already hold, e.g. an admin's `az account get-access-token` for a one-off provisioning run. */
  | { readonly kind: 'accessToken'; readonly getToken: () => Promise<string> };

/** Host pairs of the Microsoft clouds; national clouds use their own Graph and login hosts. */
export const GRAPH_CLOUDS = {
  global: { graphHost: 'graph.microsoft.com', loginHost: 'login.microsoftonline.com' },
  usGovernment: { graphHost: 'graph.microsoft.us', loginHost: 'login.microsoftonline.us' },
  usGovernmentDod: { graphHost: 'dod-graph.microsoft.us', loginHost: 'login.microsoftonline.us' },
  china: { graphHost: 'microsoftgraph.chinacloudapi.cn', loginHost: 'login.chinacloudapi.cn' },
} as const;

export interface UserAgentInfo {
  /** Shown in the `NONISV|<company>|<product>/<version>` user agent SharePoint asks throttled callers for. */
  readonly company: string;
  readonly product: string;
  readonly version: string;
}

export interface GraphClientOptions {
  readonly tenantId: string;
  readonly credentials: AppCredentials;
  /** Graph's `host[:port]` or URL; defaults to the global cloud. */
  readonly graphHost?: string;
  /** Entra ID's `host[:port]` or URL (the authority host); defaults to the global cloud. */
  readonly loginHost?: string;
  readonly userAgent: UserAgentInfo;
  /** graph-client's retry of 429/503/504 (honours Retry-After). maxRetries is capped at 10 by graph-client. */
  readonly retry?: { readonly maxRetries?: number; readonly delaySeconds?: number };
  /** Counts every HTTP request sent (retries and redirects included), for the bench. */
  readonly counter?: RequestCounter;
  /**
   * Extra certificate authorities to trust. Only the Graph simulator in tests needs this: the production path
   * is the same transport with the system CAs.
   */
  readonly trustedCa?: string | Buffer;
  /** Per-request socket timeout. */
  readonly timeoutMs?: number;
  /** How often a request that is safe to repeat is re-sent after a dropped connection. */
  readonly networkAttempts?: number;
}

export function userAgentString(info: UserAgentInfo): string {
  const clean = (s: string): string => s.replace(/[|\s]+/g, '-');
  return `NONISV|${clean(info.company)}|${clean(info.product)}/${clean(info.version)}`;
}

/** `host[:port]` from either a bare host or a URL such as `https://graph.microsoft.us` (as configured). */
export function hostOf(hostOrUrl: string): string {
  const value = hostOrUrl.trim();
  return (value.includes('://') ? new URL(value).host : value.replace(/\/+$/, '')).toLowerCase();
}
