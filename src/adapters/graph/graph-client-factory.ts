import https from 'node:https';
import {
  AuthenticationHandler,
  Client,
  RedirectHandler,
  RedirectHandlerOptions,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import type { ConfidentialClientApplication } from '@azure/msal-node';
import { GraphAuthError } from './graph-errors';
import { GraphHttp } from './graph-http';
import { GRAPH_CLOUDS, hostName, userAgentString, type GraphClientOptions } from './graph-options';
import { HttpsTransportHandler, type HttpsTransportOptions } from './https-transport';
import { RequestCounter } from './request-counter';
import {
  appTokenSource,
  confidentialClient,
  onBehalfOfTokenSource,
  type AccessTokenSource,
  type TokenContext,
} from './token-sources';

/** Graph as the app (lists, library, reminders) and as a signed-in user (picking their own files). */
export interface GraphClientFactory {
  readonly app: GraphHttp;
  /** Graph on behalf of the user whose access token (for this app's API) the tab sent. */
  forUser(userAssertion: string, scopes?: readonly string[]): GraphHttp;
  readonly counter: RequestCounter;
  readonly graphHost: string;
  readonly loginHost: string;
  /** Closes the keep-alive sockets. */
  close(): void;
}

const DEFAULT_USER_SCOPES = ['Files.Read.All'];

export function createGraphClientFactory(options: GraphClientOptions): GraphClientFactory {
  const graphHost = options.graphHost ?? GRAPH_CLOUDS.global.graphHost;
  const loginHost = options.loginHost ?? GRAPH_CLOUDS.global.loginHost;
  const counter = options.counter ?? new RequestCounter();
  const agent = new https.Agent({
    keepAlive: true,
    maxSockets: 16,
    ...(options.trustedCa ? { ca: options.trustedCa } : {}),
  });
  const transport: HttpsTransportOptions = {
    agent,
    counter,
    userAgent: userAgentString(options.userAgent),
    timeoutMs: options.timeoutMs ?? 100_000,
  };
  const tokenContext: TokenContext = { tenantId: options.tenantId, loginHost, graphHost, transport };
  const root = `https://${graphHost}/v1.0`;
  const networkAttempts = options.networkAttempts ?? 5;
  const build = (tokens: AccessTokenSource): GraphHttp =>
    new GraphHttp(buildClient(tokens, transport, graphHost, options.retry), root, counter, networkAttempts);

  const app = build(appTokenSource(options.credentials, tokenContext));
  let obo: ConfidentialClientApplication | undefined;

  return {
    app,
    counter,
    graphHost,
    loginHost,
    forUser(userAssertion, scopes = DEFAULT_USER_SCOPES) {
      obo ??= confidentialClient(options.credentials, tokenContext);
      if (!obo) {
        throw new GraphAuthError('On-behalf-of calls need a client secret or certificate, not a managed identity');
      }
      return build(onBehalfOfTokenSource(obo, userAssertion, scopes));
    },
    close() {
      agent.destroy();
    },
  };
}

function buildClient(
  tokens: AccessTokenSource,
  transport: HttpsTransportOptions,
  graphHost: string,
  retry: GraphClientOptions['retry'],
): Client {
  const middleware: Middleware[] = [
    new AuthenticationHandler({ getAccessToken: () => tokens.getAccessToken() }),
    new RetryHandler(new RetryHandlerOptions(retry?.delaySeconds ?? 3, Math.min(10, retry?.maxRetries ?? 6))),
    new RedirectHandler(new RedirectHandlerOptions()),
    new TelemetryHandler(),
    new HttpsTransportHandler(transport),
  ];
  // graph-client sends the token only to Graph hosts it knows, or to these (national clouds, the simulator).
  return Client.initWithMiddleware({ middleware, customHosts: new Set([hostName(graphHost)]) });
}
