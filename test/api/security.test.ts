import { Writable } from 'node:stream';
import pino from 'pino';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import { loadConfig } from '../../src/config';
import { createApp } from '../../src/server';
import { EMAILS, request, startHarness, type Harness } from './harness';

function captureLogs(): { logger: pino.Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, sink), lines };
}

describe('security basics on every response', () => {
  let h: Harness;
  const logs = captureLogs();
  beforeAll(async () => {
    h = await startHarness({ env: { RATE_LIMIT_PER_MINUTE: '30' }, logger: logs.logger });
  });
  afterAll(() => h.close());

  it('sends a CSP that lets Teams frame the tab and nobody else, and no-sniff', async () => {
    const res = await fetch(`${h.baseUrl}/healthz`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/frame-ancestors 'self' https:\/\/teams\.microsoft\.com/);
    expect(csp).not.toMatch(/frame-ancestors[^;]*\*(\s|;|$)/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('lets every Microsoft 365 host that shows the personal app frame it: Teams, Outlook and the Microsoft 365 app', async () => {
    const res = await fetch(`${h.baseUrl}/healthz`);
    const ancestors = /frame-ancestors ([^;]*)/.exec(res.headers.get('content-security-policy') ?? '')?.[1] ?? '';
    // The hosts Microsoft lists for tabs ("Tab requirements": Content Security Policy frame-ancestors).
    const documented = [
      'https://teams.microsoft.com',
      'https://*.teams.microsoft.com',
      'https://*.microsoft365.com',
      'https://*.office.com',
      'https://outlook.office.com',
      'https://outlook.office365.com',
      'https://outlook-sdf.office.com',
      'https://outlook-sdf.office365.com',
      'https://*.cloud.microsoft',
    ];
    const allowed = ancestors.split(' ');
    const covers = (host: string) =>
      allowed.some((a) => a === host || (a.startsWith('https://*.') && host.endsWith(a.slice('https://*'.length))));
    expect(documented.filter((host) => !covers(host))).toEqual([]);
  });

  it('limits each person’s request rate with 429 and Retry-After, without affecting others', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const statuses: number[] = [];
    for (let i = 0; i < 35; i++) statuses.push((await lead.get('/api/v1/me')).status);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const res = await fetch(`${h.baseUrl}/api/v1/me`, { headers: { authorization: `Bearer ${lead.token}` } });
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const other = await h.signIn(EMAILS.viewer);
    expect((await other.get('/api/v1/me')).status).toBe(200);
  });

  it('refuses a body over the size limit with a 413 problem', async () => {
    const admin = await h.signIn(EMAILS.admin);
    const res = await request<{ code: string }>(h.baseUrl, 'POST', '/api/v1/frameworks/import', {
      token: admin.token,
      rawBody: JSON.stringify({ format: 'json', content: 'x'.repeat(7 * 1024 * 1024) }),
    });
    expect(res.status).toBe(413);
  });

  it('logs one structured line per request with a request id and never the token', async () => {
    const admin = await h.signIn(EMAILS.admin);
    await admin.get('/api/v1/organisations');
    const requestLines = logs.lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l['msg'] === 'request');
    expect(requestLines.some((l) => l['path'] === '/api/v1/organisations' && typeof l['reqId'] === 'string')).toBe(
      true,
    );
    expect(logs.lines.join('\n')).not.toContain(admin.token);
    expect(logs.lines.join('\n')).not.toContain(admin.token.split('.')[2] ?? 'no-signature');
  });

  it('tells a signed-in person the network does not know to ask their network admin', async () => {
    const issuer = h.app.localIssuer;
    if (!issuer) throw new Error('local mode expected');
    const token = await issuer.issueToken({
      tenantId: '11111111-1111-4111-8111-111111111111',
      objectId: '22222222-2222-4222-8222-222222222222',
      name: 'Stranger',
      email: 'stranger@elsewhere.nhs.example',
    });
    const res = await request<{ code: string; detail: string }>(h.baseUrl, 'GET', '/api/v1/me', { token });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('unknown_person');
    expect(res.body.detail).toMatch(/network admin/);
  });

  it('links an invited person on first sign-in by tenant and object id; later the e-mail no longer matters', async () => {
    const admin = await h.signIn(EMAILS.admin);
    await admin.send('POST', '/api/v1/people', {
      displayName: 'Invited Person',
      email: 'invited.person@slam.nhs.example',
      organisationId: 'org-slam',
      version: 0,
    });
    const issuer = h.app.localIssuer;
    if (!issuer) throw new Error('local mode expected');
    const slam = await h.app.ports.store.get('organisation', 'org-slam');
    const identity = {
      tenantId: slam?.tenantId ?? 'org-slam has a tenant',
      objectId: '44444444-4444-4444-8444-444444444444',
    };
    const first = await issuer.issueToken({
      ...identity,
      name: 'Invited Person',
      email: 'Invited.Person@slam.nhs.example',
    });
    const me = await request<{ person: { tenantId: string; objectId: string } }>(h.baseUrl, 'GET', '/api/v1/me', {
      token: first,
    });
    expect(me.status).toBe(200);
    expect(me.body.person).toMatchObject(identity);
    const renamed = await issuer.issueToken({
      ...identity,
      name: 'Invited Person',
      email: 'new.address@slam.nhs.example',
    });
    expect((await request(h.baseUrl, 'GET', '/api/v1/me', { token: renamed })).status).toBe(200);
    const impostor = await issuer.issueToken({
      tenantId: identity.tenantId,
      objectId: '55555555-5555-4555-8555-555555555555',
      name: 'Impostor',
      email: 'invited.person@slam.nhs.example',
    });
    expect((await request(h.baseUrl, 'GET', '/api/v1/me', { token: impostor })).status).toBe(403);
  });

  it('refuses an invited person’s e-mail from another tenant with a 403 problem, and keeps the invitation for them', async () => {
    const admin = await h.signIn(EMAILS.admin);
    await admin.send('POST', '/api/v1/people', {
      displayName: 'Invited Nurse',
      email: 'invited.nurse@slam.nhs.example',
      organisationId: 'org-slam',
      version: 0,
    });
    const issuer = h.app.localIssuer;
    if (!issuer) throw new Error('local mode expected');
    const gstt = await h.app.ports.store.get('organisation', 'org-gstt');
    const takeover = await issuer.issueToken({
      tenantId: gstt?.tenantId ?? 'org-gstt has a tenant',
      objectId: '66666666-6666-4666-8666-666666666666',
      name: 'Someone at GSTT',
      email: 'invited.nurse@slam.nhs.example',
    });
    const refused = await request<{ code: string; detail: string }>(h.baseUrl, 'GET', '/api/v1/me', {
      token: takeover,
    });
    expect(refused.status).toBe(403);
    expect(refused.contentType).toContain('application/problem+json');
    expect(refused.body.code).toBe('link_refused');
    expect(refused.body.detail).toMatch(/Ask your network admin/);

    const slam = await h.app.ports.store.get('organisation', 'org-slam');
    const real = await issuer.issueToken({
      tenantId: slam?.tenantId ?? 'org-slam has a tenant',
      objectId: '77777777-7777-4777-8777-777777777777',
      name: 'Invited Nurse',
      email: 'invited.nurse@slam.nhs.example',
    });
    const me = await request<{ person: { email: string } }>(h.baseUrl, 'GET', '/api/v1/me', { token: real });
    expect(me.status).toBe(200);
    expect(me.body.person.email).toBe('invited.nurse@slam.nhs.example');
  });
});

describe('local mode is refused where it must not run', () => {
  it('does not start its own issuer under NODE_ENV=production, and says why', async () => {
    const config = loadConfig({ NODE_ENV: 'production', DATA_DIR: '/tmp/qin-prod-refused', LOG_LEVEL: 'silent' });
    await expect(createApp(config, { logger: pino({ level: 'silent' }) })).rejects.toThrow(/production/i);
  });

  it('does not start the bot without credentials when Entra ID sign-in is configured, and names BOT_ID', async () => {
    const config = loadConfig({
      DATA_DIR: '/tmp/qin-entra-bot-refused',
      LOG_LEVEL: 'silent',
      AAD_APP_CLIENT_ID: '0b7f4c1e-2a7d-4f7b-8f2e-5c3d9a1b2c3d',
      AAD_APP_TENANT_ID: '9a8b7c6d-1111-4222-8333-444455556666',
    });
    const store = SqliteStore.open(':memory:');
    try {
      await expect(createApp(config, { store, logger: pino({ level: 'silent' }) })).rejects.toThrow(
        /BOT_ID is not set/,
      );
    } finally {
      await store.close();
    }
  });
});
