import { parseRetryAfter } from './backoff';

/** The one Bot Connector call a proactive message needs, with what the sender needs to know about the answer. */
export interface ConnectorResponse {
  readonly status: number;
  readonly retryAfterMs: number | null;
  readonly body: string;
}

export interface ConnectorTransport {
  postActivity(
    serviceUrl: string,
    conversationId: string,
    activity: object,
    correlationId: string,
  ): Promise<ConnectorResponse>;
}

/** A bearer token for the Bot Connector (cached and renewed by its provider). */
export type TokenSource = () => Promise<string>;

/**
 * POST {serviceUrl}/v3/conversations/{id}/activities, the Bot Connector's "send to conversation".
 *
 * Why not botbuilder's ConnectorClient here: its HTTP pipeline has its own retry policy (three retries with
 * exponential delays on 5xx and on 429 with Retry-After) that cannot be switched off through botbuilder's options.
 * Those hidden retries would bypass the pacer and double our own retries; owning this one call keeps every
 * request that reaches Teams paced and counted. Inbound turns still go through botbuilder's CloudAdapter.
 */
export function httpConnectorTransport(tokens: TokenSource | null, timeoutMs = 30_000): ConnectorTransport {
  return {
    async postActivity(serviceUrl, conversationId, activity, correlationId) {
      const base = serviceUrl.replace(/\/+$/, '');
      if (tokens && !base.startsWith('https://')) {
        // A bot token must never travel in clear text; Teams' service URLs are always https.
        return {
          status: 0,
          retryAfterMs: null,
          body: `Refusing to send a token to a non-https service URL (${base}).`,
        };
      }
      const headers: Record<string, string> = {
        'content-type': 'application/json; charset=utf-8',
        'x-ms-client-request-id': correlationId,
      };
      if (tokens) headers['authorization'] = `Bearer ${await tokens()}`;
      const url = `${base}/v3/conversations/${encodeURIComponent(conversationId)}/activities`;
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(timeoutMs),
      });
      return {
        status: response.status,
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
        body: await response.text(),
      };
    },
  };
}
