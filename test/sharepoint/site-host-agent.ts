import https from 'node:https';
import tls from 'node:tls';
import type { GraphSimulator } from '../graph-simulator/server';

/**
 * Connections for SharePoint sites' own hosts (`nhs.sharepoint.com`) that reach the Graph simulator instead, keeping
 * the host name for TLS and the Host header: the code under test calls the site's real URL, as in production.
 */
export function agentToSimulator(sim: GraphSimulator): https.Agent {
  const agent = new https.Agent({ keepAlive: true, ca: sim.ca });
  const toSimulator = (options: tls.ConnectionOptions): tls.TLSSocket =>
    tls.connect({ ...options, host: '127.0.0.1', port: sim.port, ca: sim.ca });
  // Node's agents open their sockets through createConnection; the simulator listens on 127.0.0.1 only.
  Object.assign(agent, { createConnection: toSimulator });
  return agent;
}
