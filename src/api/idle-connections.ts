import type { Server } from 'node:http';

/**
 * How long an idle kept-alive connection stays open. Node's default (5 s) is shorter than the idle timeout of the
 * proxies in front of an App Service (about 4 minutes) and than a client's pause on a busy machine: the server then
 * closes a connection at the moment the client sends its next request on it, and that request fails with a reset
 * connection (a 502 behind a proxy). Longer than the proxy's idle time, so the proxy always closes first.
 */
export const IDLE_CONNECTION_MS = 5 * 60_000;

export function keepIdleConnectionsOpen(server: Server): void {
  // Only idle connections: a request that is slow to send its headers is still cut off at headersTimeout.
  server.keepAliveTimeout = IDLE_CONNECTION_MS;
}
