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
import { GraphTokenError } from './graph-errors';
import { GraphHttp } from './graph-http';
import { GRAPH_CLOUDS, hostOf, userAgentString, type GraphClientOptions } from './graph-options';
import { HttpsTransportHandler, type HttpsTransportOptions } from './https-transport';
import { RequestCounter } from './request-counter';
import { appTokenSource, type AccessTokenSource } from './token-sources';

/**
 * The one way the app reaches Graph: as itself (lists, library, reminders) or as a signed-in user (reading a
 * file they picked). Both share one keep-alive agent, the retry policy, the user agent and the request counter.
 */
export interface GraphClientFactory {
  readonly app: GraphHttp;
  /**
   * Graph as a signed-in user. `getToken` is the on-behalf-of exchange (src/auth); its errors (consent
   * required) come out of every call unchanged.
   */
  forUser(getToken: () => Promise<string>): GraphHttp;
  readonly counter: RequestCounter;
  /** `host[:port]` in use, from configuration (national clouds have their own). */
  readonly graphHost: string;
  readonly loginHost: string;
  /** Closes the keep-alive sockets. */
  close(): void;
}

export function createGraphClientFactory(options: GraphClientOptions): GraphClientFactory {
  const graphHost = hostOf(options.graphHost ?? GRAPH_CLOUDS.global.graphHost);
  const loginHost = hostOf(options.loginHost ?? GRAPH_CLOUDS.global.loginHost);
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
  const root = `https://${graphHost}/v1.0`;
  const networkAttempts = options.networkAttempts ?? 5;
  const build = (tokens: AccessTokenSource): GraphHttp =>
    new GraphHttp(buildClient(tokens, transport, graphHost, options.retry), root, counter, networkAttempts);

  return {
    app: build(appTokenSource(options.credentials, { tenantId: options.tenantId, loginHost, graphHost, transport })),
    counter,
    graphHost,
    loginHost,
    forUser: (getToken) => build({ getAccessToken: getToken }),
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
    new AuthenticationHandler({
      getAccessToken: () =>
        tokens.getAccessToken().catch((error: unknown) => {
          throw new GraphTokenError(error);
        }),
    }),
    new RetryHandler(new RetryHandlerOptions(retry?.delaySeconds ?? 3, Math.min(10, retry?.maxRetries ?? 6))),
    new RedirectHandler(new RedirectHandlerOptions()),
    new TelemetryHandler(),
    new HttpsTransportHandler(transport),
  ];
  // graph-client sends the token only to Graph hosts it knows, or to these (national clouds, the simulator).
  return Client.initWithMiddleware({ middleware, customHosts: new Set([graphHost.replace(/:\d+$/, '')]) });
}
