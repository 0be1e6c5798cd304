import { json, type SimRequest, type SimResponse } from './sim-http';

/**
 * Enough of Entra ID for msal-node: the OpenID metadata of a tenant and the token endpoint for client
 * credentials (secret or certificate assertion) and on-behalf-of. Tokens are opaque strings here.
 */
export class SimTokenService {
  clientSecret = 'simulator-secret';
  identityHeader = 'simulator-identity-header';
  /** On-behalf-of assertions that answer "consent required". */
  readonly needsConsent = new Set<string>(['needs-consent']);
  issued = 0;
  readonly grants: string[] = [];
  /** The app's own tokens issued: for which resource, and how the app proved who it is. */
  readonly appTokens = new Map<
    string,
    { readonly audience: string; readonly credential: 'secret' | 'certificate' | 'managedIdentity' }
  >();
  /** Delegated (on-behalf-of) tokens issued, with whose they are and the scopes they carry. */
  readonly delegated = new Map<string, { readonly user: string; readonly scopes: readonly string[] }>();

  /** A delegated token for `user` with `scopes`, as an on-behalf-of exchange would give (for tests that stand in for msal). */
  issueDelegated(user: string, scopes: readonly string[]): string {
    this.issued += 1;
    const token = `sim-user-token-${user}-${this.issued}`;
    this.delegated.set(token, { user, scopes });
    return token;
  }

  handle(request: SimRequest): SimResponse | undefined {
    const metadata = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(request.path);
    if (metadata && request.method === 'GET') return json(200, this.metadata(request, metadata[1] ?? ''));
    if (request.path === '/msi/token' && request.method === 'GET') return this.managedIdentity(request);
    const token = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(request.path);
    if (token && request.method === 'POST') return this.token(new URLSearchParams(request.body.toString('utf8')));
    return undefined;
  }

  /** App Service's managed identity endpoint (IDENTITY_ENDPOINT), as msal-node calls it. */
  private managedIdentity(request: SimRequest): SimResponse {
    this.grants.push('managed_identity');
    if (request.headers['x-identity-header'] !== this.identityHeader) {
      return json(401, { error: 'unauthorized', error_description: 'wrong X-IDENTITY-HEADER' });
    }
    this.issued += 1;
    this.appTokens.set(`sim-mi-token-${this.issued}`, {
      audience: (request.query.get('resource') ?? '').replace(/\/+$/, ''),
      credential: 'managedIdentity',
    });
    return json(200, {
      access_token: `sim-mi-token-${this.issued}`,
      expires_on: String(Math.floor(Date.now() / 1000) + 3600),
      resource: request.query.get('resource') ?? '',
      token_type: 'Bearer',
    });
  }

  private metadata(request: SimRequest, tenant: string): object {
    const base = `${request.graphOrigin}/${tenant}`;
    return {
      issuer: `${base}/v2.0`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      token_endpoint: `${base}/oauth2/v2.0/token`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
    };
  }

  private token(form: URLSearchParams): SimResponse {
    const grant = form.get('grant_type') ?? '';
    this.grants.push(grant);
    if (grant === 'client_credentials') {
      const secretOk = form.get('client_secret') === this.clientSecret;
      const assertionOk = (form.get('client_assertion') ?? '').split('.').length === 3;
      if (!secretOk && !assertionOk) {
        return json(401, {
          error: 'invalid_client',
          error_description: 'AADSTS7000215: Invalid client secret provided.',
        });
      }
      const issued = this.issue(`sim-app-token-${form.get('client_id') ?? ''}`);
      const resource = (form.get('scope') ?? '').split(' ').find((s) => s.endsWith('/.default')) ?? '';
      const token = (issued.body as { access_token: string }).access_token;
      this.appTokens.set(token, {
        audience: resource.replace(/\/\.default$/, ''),
        credential: secretOk ? 'secret' : 'certificate',
      });
      return issued;
    }
    if (grant === 'urn:ietf:params:oauth:grant-type:jwt-bearer') {
      const assertion = form.get('assertion') ?? '';
      if (this.needsConsent.has(assertion)) {
        return json(400, {
          error: 'invalid_grant',
          error_description: 'AADSTS65001: The user or administrator has not consented to use the application.',
          error_codes: [65001],
          suberror: 'consent_required',
        });
      }
      const scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
      return json(200, {
        token_type: 'Bearer',
        expires_in: 3599,
        ext_expires_in: 3599,
        access_token: this.issueDelegated(assertion.slice(0, 16), scopes),
      });
    }
    return json(400, { error: 'unsupported_grant_type', error_description: `grant ${grant} is not supported` });
  }

  private issue(prefix: string): SimResponse {
    this.issued += 1;
    return json(200, {
      token_type: 'Bearer',
      expires_in: 3599,
      ext_expires_in: 3599,
      access_token: `${prefix}-${this.issued}`,
    });
  }
}
