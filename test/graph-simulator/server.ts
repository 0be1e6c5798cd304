import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { SimCalendars } from './calendar';
import { simulatorCertificate } from './cert';
import { Downloads } from './drive';
import { Faults, type Fault, type FaultRates } from './faults';
import { SimActivityFeed } from './activity-feed';
import { SimInvitations } from './invitations';
import { itemQueryPagesOf, type ItemQueryPage } from './item-queries';
import { itemsReturned, SimLatency, type LatencyModel } from './latency';
import { routeGraph, type SimServices } from './router';
import { graphError, type SimRequest, type SimResponse } from './sim-http';
import { routeSharePointRest } from './sharepoint-rest';
import { SimState } from './state';
import { SimTokenService } from './token-endpoint';
import { UploadSessions } from './upload-sessions';

export interface SimLogEntry {
  readonly method: string;
  readonly url: string;
  readonly host: string;
  readonly authorization: string | undefined;
  readonly userAgent: string | undefined;
  readonly outcome: number | 'dropped';
  /** List or drive items returned (every part of a `$batch` counted). */
  readonly items?: number;
  /** The list item queries it made, page by page. */
  readonly queries?: readonly ItemQueryPage[];
}

const MAX_BODY = 70 * 1024 * 1024;

/**
 * Microsoft Graph (sites, lists, items, drives, upload sessions, $batch) and enough of Entra ID for msal, in
 * memory, over https on 127.0.0.1 with a self-signed certificate. Upload and download URLs are served on
 * `localhost` so that, as with Graph, they sit on another host and get no token.
 */
export class GraphSimulator implements SimServices {
  readonly state = new SimState();
  readonly faults = new Faults();
  readonly tokens = new SimTokenService();
  readonly calendars = new SimCalendars(this.tokens);
  readonly downloads = new Downloads();
  readonly uploads = new UploadSessions(this.downloads);
  readonly invitations = new SimInvitations();
  readonly activityFeed = new SimActivityFeed();
  /** Modelled answer times: off unless set (tests use no wall clock). */
  readonly latency = new SimLatency();
  readonly log: SimLogEntry[] = [];
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: https.Server,
    readonly port: number,
    /** PEM of the certificate to trust. */
    readonly ca: string,
  ) {}

  static async start(options: { faults?: FaultRates; latency?: LatencyModel } = {}): Promise<GraphSimulator> {
    const { key, cert } = await simulatorCertificate();
    // The handlers need the simulator, which needs the listening server's port.
    const ref: { simulator?: GraphSimulator } = {};
    const server = https.createServer({ key, cert }, (req, res) => ref.simulator?.accept(req, res));
    // Node closes idle connections after 5 s; a test that pauses longer (seeding many items) would then see the
    // client resend on a fresh connection and count a request twice. Cut connections are a fault tests inject.
    server.keepAliveTimeout = 120_000;
    server.on('connection', (socket: Socket) => {
      ref.simulator?.sockets.add(socket);
      socket.on('close', () => ref.simulator?.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const simulator = new GraphSimulator(server, (server.address() as AddressInfo).port, cert);
    ref.simulator = simulator;
    if (options.faults) simulator.faults.setRates(options.faults);
    if (options.latency) simulator.latency.set(options.latency);
    return simulator;
  }

  /** `host:port` to configure as the Graph host (and the login host). */
  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  get origin(): string {
    return `https://${this.host}`;
  }

  /** Graph calls seen (not counting token requests), for request budgets seen from the server's side. */
  graphCalls(): SimLogEntry[] {
    return this.log.filter((e) => e.url.startsWith('/v1.0/'));
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  private accept(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        this.respond(req, res, Buffer.concat(chunks), size);
      } catch (error) {
        this.write(res, graphError(500, 'generalException', `Simulator error: ${String(error)}`));
      }
    });
  }

  private respond(req: IncomingMessage, res: ServerResponse, body: Buffer, size: number): void {
    const url = new URL(req.url ?? '/', this.origin);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[name] = value;
    // A site's own host (`<tenant>.sharepoint.com`, reached here by tests' connections) serves SharePoint's REST API.
    const hostName = (headers['host'] ?? '').replace(/:\d+$/, '').toLowerCase();
    const onSiteHost = hostName !== '' && hostName !== '127.0.0.1' && hostName !== 'localhost';
    const isGraph = !onSiteHost && url.pathname.startsWith('/v1.0/');
    const file = /^\/(upload|download)\/([^/]+)$/.exec(url.pathname);
    const request: SimRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: isGraph ? decodeURIComponent(url.pathname.slice('/v1.0'.length)) : url.pathname,
      query: url.searchParams,
      headers,
      body,
      graphOrigin: this.origin,
      fileOrigin: `https://localhost:${this.port}`,
      inBatch: false,
    };
    const entry = {
      method: request.method,
      url: url.pathname + url.search,
      host: headers['host'] ?? '',
      authorization: headers['authorization'],
      userAgent: headers['user-agent'],
    };
    const fault: Fault | undefined = isGraph || file ? this.faults.pick(request) : undefined;
    if (fault === 'drop-before') return this.drop(req, entry);
    let response: SimResponse;
    if (size > MAX_BODY) response = graphError(413, 'requestEntityTooLarge', 'The request body is too large');
    else if (fault === 'throttle' || fault === 'unavailable') response = this.throttled(fault);
    else if (onSiteHost) response = routeSharePointRest(request, this.state, this.tokens);
    else if (isGraph && !/^Bearer \S+/.test(headers['authorization'] ?? '')) {
      response = graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    } else if (isGraph) response = routeGraph(request, this);
    else if (file?.[1] === 'upload') response = this.upload(request, file[2] ?? '');
    else if (file?.[1] === 'download' && request.method === 'GET') response = this.downloads.serve(file[2] ?? '');
    else response = this.tokens.handle(request) ?? graphError(404, 'notFound', `No route for ${url.pathname}`);
    if (fault === 'drop-after') return this.drop(req, entry);
    this.log.push({
      ...entry,
      outcome: response.status,
      items: itemsReturned(response),
      queries: isGraph ? itemQueryPagesOf(request, response) : [],
    });
    const delay = this.latency.delayMs(request, response);
    if (delay > 0) setTimeout(() => this.write(res, response), delay);
    else this.write(res, response);
  }

  private upload(request: SimRequest, sessionId: string): SimResponse {
    if (request.method === 'PUT') return this.uploads.put(request, sessionId);
    if (request.method === 'GET') return this.uploads.status(sessionId);
    if (request.method === 'DELETE') return this.uploads.cancel(sessionId);
    return graphError(405, 'methodNotAllowed', 'Upload URLs take PUT, GET and DELETE');
  }

  private throttled(fault: 'throttle' | 'unavailable'): SimResponse {
    const headers = { 'Retry-After': String(this.faults.retryAfterSeconds) };
    return fault === 'throttle'
      ? graphError(429, 'TooManyRequests', 'Too many requests', headers)
      : graphError(503, 'serviceNotAvailable', 'Service unavailable', headers);
  }

  private drop(req: IncomingMessage, entry: Omit<SimLogEntry, 'outcome'>): void {
    this.log.push({ ...entry, outcome: 'dropped' });
    req.socket.destroy();
  }

  private write(res: ServerResponse, response: SimResponse): void {
    const body =
      response.body === undefined
        ? undefined
        : Buffer.isBuffer(response.body)
          ? response.body
          : Buffer.from(JSON.stringify(response.body));
    res.writeHead(response.status, {
      ...(response.headers ?? {}),
      ...(body ? { 'content-length': String(body.length) } : {}),
    });
    res.end(body);
  }
}
