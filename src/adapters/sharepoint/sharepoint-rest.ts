import https from 'node:https';
import type { AppCredentials, UserAgentInfo } from '../graph/graph-options';
import { hostOf, userAgentString } from '../graph/graph-options';
import { isTransientStatus, retryAfterMs } from '../graph/graph-errors';
import { backoffMs, sleep } from '../graph/graph-http';
import { sendHttps, type HttpsTransportOptions } from '../graph/https-transport';
import { appTokenSource, type AccessTokenSource } from '../graph/token-sources';

/*
 * The SharePoint REST API of the network's site, on the site's own host (`https://<tenant>.sharepoint.com`), for
 * the one thing Microsoft Graph v1.0 cannot do: make list views. Its tokens are for the SharePoint host, not for
 * Graph, and SharePoint accepts an app's own (app-only) token only when the app proved who it is with a certificate
 * (or is a managed identity, which does so for it); a token got with a client secret is refused ("Unsupported app
 * only token"). The app's `Sites.Selected` grant on the site covers these calls as it covers Graph's.
 */

export interface SharePointRestOptions {
  readonly tenantId: string;
  readonly credentials: AppCredentials;
  /** Entra ID's `host[:port]` or URL. */
  readonly loginHost: string;
  readonly userAgent: UserAgentInfo;
  /** Extra certificate authorities to trust (only the simulator in tests). */
  readonly trustedCa?: string | Buffer;
  /** The connections to use (tests pass one that reaches the simulator); by default a keep-alive agent. */
  readonly agent?: https.Agent;
  readonly timeoutMs?: number;
  /** Sends of one call in all when SharePoint answers 429, 503 or 504 (default 5). */
  readonly attempts?: number;
}

export interface RestResponse {
  readonly status: number;
  readonly body: unknown;
}

/** Whether SharePoint's REST API would accept the app's own token got with these credentials. */
export function sharePointAcceptsAppTokenFrom(credentials: AppCredentials): boolean {
  return credentials.kind === 'certificate' || credentials.kind === 'managedIdentity';
}

export class SharePointRest {
  private readonly transport: HttpsTransportOptions;
  private readonly tokens = new Map<string, AccessTokenSource>();
  private readonly ownsAgent: boolean;

  constructor(private readonly options: SharePointRestOptions) {
    this.ownsAgent = options.agent === undefined;
    const agent =
      options.agent ??
      new https.Agent({ keepAlive: true, maxSockets: 4, ...(options.trustedCa ? { ca: options.trustedCa } : {}) });
    this.transport = { agent, userAgent: userAgentString(options.userAgent), timeoutMs: options.timeoutMs ?? 100_000 };
  }

  /**
   * One call: `url` is absolute, on a SharePoint host. The body is sent as JSON in SharePoint's verbose format (the
   * one its documentation gives for creating views); answers are asked for without metadata.
   */
  async call(
    method: 'GET' | 'POST',
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<RestResponse> {
    const token = await this.tokenFor(new URL(url).host).getAccessToken();
    const attempts = this.options.attempts ?? 5;
    for (let attempt = 1; ; attempt += 1) {
      const response = await sendHttps(
        {
          method,
          url,
          headers: {
            Authorization: `Bearer ${token}`,
            Accept: 'application/json;odata=nometadata',
            ...(body === undefined ? {} : { 'Content-Type': 'application/json;odata=verbose' }),
            ...headers,
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        },
        this.transport,
      );
      const text = await response.text();
      if (isTransientStatus(response.status) && attempt < attempts) {
        await sleep(retryAfterMs(response.headers.get('retry-after')) ?? backoffMs(attempt));
        continue;
      }
      return { status: response.status, body: parseBody(text) };
    }
  }

  close(): void {
    if (this.ownsAgent) this.transport.agent.destroy();
  }

  private tokenFor(host: string): AccessTokenSource {
    let source = this.tokens.get(host);
    if (!source) {
      // The token's audience is the SharePoint host itself (`https://<tenant>.sharepoint.com/.default`).
      source = appTokenSource(this.options.credentials, {
        tenantId: this.options.tenantId,
        loginHost: hostOf(this.options.loginHost),
        graphHost: host,
        transport: this.transport,
      });
      this.tokens.set(host, source);
    }
    return source;
  }
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** SharePoint's error message from an answer's body, whichever of its shapes it has. */
export function restErrorMessage(body: unknown): string {
  if (typeof body === 'string') return body.slice(0, 300);
  if (typeof body !== 'object' || body === null) return '';
  const record = body as Record<string, unknown>;
  const described = record['error_description'];
  if (typeof described === 'string') return described;
  const error = record['odata.error'] ?? record['error'];
  if (typeof error === 'object' && error !== null) {
    const message = (error as Record<string, unknown>)['message'];
    if (typeof message === 'string') return message;
    if (typeof message === 'object' && message !== null) {
      const value = (message as Record<string, unknown>)['value'];
      if (typeof value === 'string') return value;
    }
  }
  return '';
}
