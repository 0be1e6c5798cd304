import {
  AuthError,
  ConfidentialClientApplication,
  ManagedIdentityApplication,
  type AuthenticationResult,
  type INetworkModule,
  type NetworkRequestOptions,
  type NetworkResponse,
} from '@azure/msal-node';
import { GraphAuthError } from './graph-errors';
import type { AppCredentials } from './graph-options';
import { sendHttps, type HttpsTransportOptions } from './https-transport';

/** Hands graph-client a bearer token; msal caches and refreshes it behind this. */
export interface AccessTokenSource {
  getAccessToken(): Promise<string>;
}

export interface TokenContext {
  readonly tenantId: string;
  readonly loginHost: string;
  readonly graphHost: string;
  readonly transport: HttpsTransportOptions;
}

/** msal's HTTP calls go through the same transport (and trust) as Graph calls. */
export function msalNetworkModule(transport: HttpsTransportOptions): INetworkModule {
  const call = async <T>(method: string, url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> => {
    const response = await sendHttps({ method, url, headers: options?.headers ?? {}, body: options?.body }, transport);
    const text = await response.text();
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    let body: unknown;
    try {
      body = text === '' ? {} : JSON.parse(text);
    } catch {
      body = { error: 'invalid_response', error_description: text.slice(0, 300) };
    }
    // msal types the parsed body by the endpoint it called; it validates the fields it reads.
    return { status: response.status, headers, body: body as T };
  };
  return {
    sendGetRequestAsync: (url, options) => call('GET', url, options),
    sendPostRequestAsync: (url, options) => call('POST', url, options),
  };
}

function confidentialClient(
  credentials: Extract<AppCredentials, { kind: 'clientSecret' | 'certificate' }>,
  context: TokenContext,
): ConfidentialClientApplication {
  return new ConfidentialClientApplication({
    auth: {
      clientId: credentials.clientId,
      authority: `https://${context.loginHost}/${context.tenantId}`,
      // Trusting the configured login host skips instance discovery against the global cloud.
      knownAuthorities: [context.loginHost],
      ...(credentials.kind === 'clientSecret'
        ? { clientSecret: credentials.clientSecret }
        : {
            clientCertificate: {
              thumbprintSha256: credentials.thumbprintSha256,
              privateKey: credentials.privateKeyPem,
              ...(credentials.x5c ? { x5c: credentials.x5c } : {}),
            },
          }),
    },
    system: { networkClient: msalNetworkModule(context.transport) },
  });
}

export function appTokenSource(credentials: AppCredentials, context: TokenContext): AccessTokenSource {
  const scope = `https://${context.graphHost.replace(/:\d+$/, '')}/.default`;
  switch (credentials.kind) {
    case 'accessToken':
      return { getAccessToken: credentials.getToken };
    case 'managedIdentity': {
      const app = new ManagedIdentityApplication({
        ...(credentials.clientId ? { managedIdentityIdParams: { userAssignedClientId: credentials.clientId } } : {}),
        system: { networkClient: msalNetworkModule(context.transport) },
      });
      const resource = scope.replace(/\/\.default$/, '');
      return { getAccessToken: () => tokenOf(() => app.acquireToken({ resource })) };
    }
    case 'clientSecret':
    case 'certificate': {
      const app = confidentialClient(credentials, context);
      return { getAccessToken: () => tokenOf(() => app.acquireTokenByClientCredential({ scopes: [scope] })) };
    }
  }
}

async function tokenOf(acquire: () => Promise<AuthenticationResult | null>): Promise<string> {
  let result: AuthenticationResult | null;
  try {
    result = await acquire();
  } catch (error) {
    const detail = error instanceof AuthError ? `${error.errorCode}: ${error.errorMessage}` : String(error);
    throw new GraphAuthError(`Could not get a Graph token for the app (${detail})`, error);
  }
  if (!result?.accessToken) throw new GraphAuthError('Entra ID returned no access token');
  return result.accessToken;
}
