import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import { seedDemoNetwork } from '../../src/cli/seed-demo';
import { loadConfig } from '../../src/config';
import { createApp, type App } from '../../src/server';
import type { CertificateRenderer, EvidenceStore, MeetingScheduler, Store } from '../../src/services/ports';
import type { UserFileSource } from '../../src/services/user-files';

export interface Harness {
  readonly app: App;
  readonly baseUrl: string;
  readonly now: { value: Date };
  signIn(email: string): Promise<Client>;
  close(): Promise<void>;
}

export interface ApiResponse<T = unknown> {
  readonly status: number;
  readonly contentType: string;
  readonly body: T;
}

export interface Client {
  readonly token: string;
  get<T = unknown>(path: string): Promise<ApiResponse<T>>;
  send<T = unknown>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>>;
  /** Sends `body` as it is, with its own content type (a file upload). */
  sendRaw<T = unknown>(method: string, path: string, body: string, contentType: string): Promise<ApiResponse<T>>;
}

export async function request<T>(
  baseUrl: string,
  method: string,
  urlPath: string,
  options: { token?: string; body?: unknown; rawBody?: string; contentType?: string } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = {};
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  let payload: string | undefined;
  if (options.rawBody !== undefined) payload = options.rawBody;
  else if (options.body !== undefined) payload = JSON.stringify(options.body);
  if (payload !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
  const res = await fetch(`${baseUrl}${urlPath}`, {
    method,
    headers,
    ...(payload !== undefined ? { body: payload } : {}),
  });
  const text = await res.text();
  const contentType = res.headers.get('content-type') ?? '';
  const body = (contentType.includes('json') && text ? JSON.parse(text) : text) as T;
  return { status: res.status, contentType, body };
}

/** The real server (restify, SQLite, local issuer, demo network) on a random port, with a controllable clock. */
export async function startHarness(
  options: {
    seed?: boolean;
    dbFile?: string;
    env?: Record<string, string>;
    logger?: pino.Logger;
    /** Another store (SharePoint on the Graph simulator) and evidence store in place of SQLite. */
    store?: Store;
    evidence?: EvidenceStore;
    userFiles?: UserFileSource;
    /** Stands in for (or reaches) Graph to put the visit in the lead reviewer's calendar. */
    meetings?: MeetingScheduler;
    /** Stands in for the recognition certificate's renderer (one that fails, to check nothing is left). */
    certificates?: CertificateRenderer;
  } = {},
): Promise<Harness> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'qin-api-'));
  const config = loadConfig({ DATA_DIR: dataDir, PORT: '3978', LOG_LEVEL: 'silent', ...options.env });
  const now = { value: new Date('2026-11-26T10:00:00Z') };
  const store = options.store ?? SqliteStore.open(options.dbFile ?? ':memory:');
  if (options.seed !== false) await seedDemoNetwork(store, now.value);
  const app = await createApp(config, {
    store,
    ...(options.evidence ? { evidence: options.evidence } : {}),
    ...(options.userFiles ? { userFiles: options.userFiles } : {}),
    ...(options.meetings ? { meetings: options.meetings } : {}),
    ...(options.certificates ? { certificates: options.certificates } : {}),
    clock: { now: () => now.value },
    logger: options.logger ?? pino({ level: 'silent' }),
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const port = app.server.address().port;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    baseUrl,
    now,
    async signIn(email: string) {
      const res = await request<{ token: string }>(baseUrl, 'POST', '/api/v1/dev/sign-in', { body: { email } });
      if (res.status !== 200) throw new Error(`sign-in as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
      const token = res.body.token;
      return {
        token,
        get: (p) => request(baseUrl, 'GET', p, { token }),
        send: (method, p, body) => request(baseUrl, method, p, { token, body }),
        sendRaw: (method, p, rawBody, contentType) => request(baseUrl, method, p, { token, rawBody, contentType }),
      };
    },
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const EMAILS = {
  admin: 'amara.okafor@kch.nhs.example',
  coastLead: 'ella.morgan@slam.nhs.example',
  coastContributorTheme4: 'jamal.williams@slam.nhs.example',
  coastContributorTheme2: 'sophie.clarke@slam.nhs.example',
  slamLead: 'hannah.reid@slam.nhs.example',
  cardioLead: 'sarah.thompson@kch.nhs.example',
  leadReviewer: 'catherine.lowe@kch.nhs.example',
  peerReviewer: 'kwame.asante@slam.nhs.example',
  expert: 'maria.santos@slam.nhs.example',
  viewer: 'jonathan.price@gstt.nhs.example',
  rheumLead: 'grace.chen@gstt.nhs.example',
  panel: 'ruth.adeyemi@network.nhs.example',
} as const;
