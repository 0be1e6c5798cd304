import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEntraOnlyServer, type EntraOnlyServer } from './entra-only-server';
import { EMAILS, request, startHarness, type Harness } from './harness';

const PROBLEM = 'application/problem+json';
const COAST = '/api/v1/assessments/a-cur-svc-slam-coast';

/** Sends a request with a raw request line, as a client that does not encode its URLs would. */
function rawGet(
  baseUrl: string,
  rawPath: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; contentType: string; body: string }> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method: 'GET', path: rawPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          contentType: res.headers['content-type'] ?? '',
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('every error is problem+json', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('answers a method a route does not take with a 405 problem naming the allowed methods', async () => {
    const admin = await h.signIn(EMAILS.admin);
    const res = await request<{ code: string; detail: string }>(h.baseUrl, 'DELETE', '/api/v1/me', {
      token: admin.token,
    });
    expect(res.status).toBe(405);
    expect(res.contentType).toContain(PROBLEM);
    expect(res.body.code).toBe('method_not_allowed');
    expect(res.body.detail).toMatch(/GET/);
  });

  it('answers a body over the size limit with a 413 problem', async () => {
    const admin = await h.signIn(EMAILS.admin);
    const res = await request<{ code: string; detail: string }>(h.baseUrl, 'POST', '/api/v1/frameworks/import', {
      token: admin.token,
      rawBody: JSON.stringify({ format: 'json', content: 'x'.repeat(7 * 1024 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect(res.contentType).toContain(PROBLEM);
    expect(res.body.code).toBe('too_large');
    expect(res.body.detail).toMatch(/6 MiB/);
  });

  it('answers any unknown path under /api/ with a 404 problem, whatever the method', async () => {
    const admin = await h.signIn(EMAILS.admin);
    for (const method of ['GET', 'POST', 'PUT', 'DELETE']) {
      const res = await request<{ code: string }>(h.baseUrl, method, '/api/v1/no-such-thing', { token: admin.token });
      expect([method, res.status, res.contentType]).toEqual([method, 404, expect.stringContaining(PROBLEM)]);
      expect(res.body.code).toBe('not_found');
    }
  });

  it('refuses an id longer than ids can be with a 400 problem that names the limit', async () => {
    const admin = await h.signIn(EMAILS.admin);
    for (const length of [150, 201, 5000]) {
      const res = await request<{ code: string; field: string; detail: string }>(
        h.baseUrl,
        'GET',
        `/api/v1/assessments/${'x'.repeat(length)}`,
        { token: admin.token },
      );
      if (length === 150) {
        expect(res.status).toBe(404);
        expect(res.contentType).toContain(PROBLEM);
        continue;
      }
      expect([length, res.status]).toEqual([length, 400]);
      expect(res.contentType).toContain(PROBLEM);
      expect(res.body.field).toBe('id');
      expect(res.body.detail).toMatch(/200 characters/);
    }
  });

  it('answers an address too long for the server with a 431 problem', async () => {
    const res = await rawGet(h.baseUrl, `/api/v1/assessments/${'x'.repeat(20_000)}`);
    expect(res.status).toBe(431);
    expect(res.contentType).toContain(PROBLEM);
    expect((JSON.parse(res.body) as { code: string }).code).toBe('too_large');
  });

  it('refuses ids with control characters, and paths with a broken % escape, with a 400 problem', async () => {
    const admin = await h.signIn(EMAILS.admin);
    const control = await request<{ field: string }>(h.baseUrl, 'GET', '/api/v1/assessments/a%00b', {
      token: admin.token,
    });
    expect(control.status).toBe(400);
    expect(control.contentType).toContain(PROBLEM);
    expect(control.body.field).toBe('id');
    for (const bad of [
      '/api/v1/assessments/%ZZ',
      '/api/v1/assessments/%E0%A4%A',
      '/api/v1/public/services/%/summary',
    ]) {
      const res = await rawGet(h.baseUrl, bad, { authorization: `Bearer ${admin.token}` });
      expect([bad, res.status, res.contentType]).toEqual([bad, 400, expect.stringContaining(PROBLEM)]);
      expect((JSON.parse(res.body) as { code: string }).code).toBe('malformed_url');
    }
  });

  it('refuses an X-File-Name header with a broken % escape with a 400 problem, not a 500', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const res = await fetch(`${h.baseUrl}${COAST}/evidence`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${lead.token}`,
        'content-type': 'text/plain',
        'x-file-name': 'notes%E0%A4%A.txt',
      },
      body: 'hello',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain(PROBLEM);
    expect((await res.json()) as { field: string }).toMatchObject({ field: 'fileName' });
  });
});

describe('without local sign-in (Entra ID only), the tab never answers for the API', () => {
  let entraOnly: EntraOnlyServer;
  let baseUrl: string;
  let h: Harness;
  const tabRoot = mkdtempSync(path.join(tmpdir(), 'qin-tab-'));
  beforeAll(async () => {
    h = await startHarness();
    writeFileSync(path.join(tabRoot, 'index.html'), '<!doctype html><title>tab</title>');
    entraOnly = await startEntraOnlyServer(h, tabRoot);
    baseUrl = entraOnly.baseUrl;
  });
  afterAll(async () => {
    entraOnly.close();
    await h.close();
    rmSync(tabRoot, { recursive: true, force: true });
  });

  it('answers GET /api/v1/dev/people with a 404 problem, not the tab’s page', async () => {
    const res = await request<{ code: string }>(baseUrl, 'GET', '/api/v1/dev/people');
    expect(res.status).toBe(404);
    expect(res.contentType).toContain(PROBLEM);
    expect(res.body.code).toBe('not_found');
  });

  it('still serves the tab for its own deep links', async () => {
    const res = await request<string>(baseUrl, 'GET', '/assessments/a-cur-svc-slam-coast');
    expect(res.status).toBe(200);
    expect(res.contentType).toContain('text/html');
    expect(res.body).toContain('<title>tab</title>');
  });
});

describe('routes that need no sign-in are rate-limited per client address', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { PUBLIC_RATE_LIMIT_PER_MINUTE: '5', TRUSTED_PROXY_HOPS: '1' } });
  });
  afterAll(() => h.close());

  const summaryFrom = (address: string) =>
    fetch(`${h.baseUrl}/api/v1/public/services/svc-slam-coast/summary`, { headers: { 'x-forwarded-for': address } });

  it('answers the sixth public request in a minute from one address with a 429 problem and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await summaryFrom('203.0.113.7')).status);
    expect(statuses).not.toContain(429);
    const refused = await summaryFrom('203.0.113.7');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain(PROBLEM);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { code: string }).code).toBe('rate_limited');

    expect((await summaryFrom('198.51.100.20')).status).not.toBe(429);
    const signIn = await fetch(`${h.baseUrl}/api/v1/dev/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' },
      body: JSON.stringify({ email: EMAILS.admin }),
    });
    expect(signIn.status).toBe(429);
    expect((await fetch(`${h.baseUrl}/healthz`, { headers: { 'x-forwarded-for': '203.0.113.7' } })).status).toBe(200);
  });
});
