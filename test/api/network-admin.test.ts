import type { FrameworkSummary, NetworkScores } from '../../src/api/contracts';
import type { FrameworkVersion } from '../../src/domain/framework';
import { ORGANISATION_TEXT_FIELDS, textFieldProblems } from '../../src/domain/text-field-rules';
import { EMAILS, request, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('frameworks: list, get, export and import', () => {
  it('exports the starter framework as JSON and imports it back as a new draft version', async () => {
    const admin = await h.signIn(EMAILS.admin);
    const list = await admin.get<FrameworkSummary[]>('/api/v1/frameworks');
    const starter = list.body.find((f) => f.illustrative);
    expect(starter?.standardCount).toBeGreaterThanOrEqual(35);
    const exported = await request<string>(h.baseUrl, 'GET', `/api/v1/frameworks/${starter?.id}/export?format=json`, {
      token: admin.token,
    });
    expect(exported.status).toBe(200);
    const json = JSON.parse(typeof exported.body === 'string' ? exported.body : JSON.stringify(exported.body)) as {
      versionNumber: number;
    };
    json.versionNumber = 2;
    const imported = await admin.send<FrameworkVersion>('POST', '/api/v1/frameworks/import', {
      format: 'json',
      content: JSON.stringify(json),
    });
    expect(imported.status).toBe(201);
    expect(imported.body.status).toBe('draft');
    expect(imported.body.standards).toHaveLength(starter?.standardCount ?? 0);
    const again = await admin.send<{ code: string }>('POST', '/api/v1/frameworks/import', {
      format: 'json',
      content: JSON.stringify(json),
    });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('version_exists');
  });

  it('a CSV with bad rows reports every error with its line and field, and imports nothing', async () => {
    const admin = await h.signIn(EMAILS.admin);
    const [starter] = (await admin.get<FrameworkSummary[]>('/api/v1/frameworks')).body;
    const csv = await request<string>(h.baseUrl, 'GET', `/api/v1/frameworks/${starter?.id}/export?format=csv`, {
      token: admin.token,
    });
    const lines = String(csv.body).split('\n');
    // The type column comes after the level (the optional plain English column, if any, after both).
    lines[2] = (lines[2] ?? '').replace(
      /,(service|organisation|both),(essential|expected|desirable)(?=,|\s*$)/,
      ',$1,vital',
    );
    lines[4] = (lines[4] ?? '').replace(/,(service|organisation|both),/, ',ward,');
    const before = (await admin.get<FrameworkSummary[]>('/api/v1/frameworks')).body.length;
    const res = await admin.send<{ code: string; errors: { line: number; field: string }[] }>(
      'POST',
      '/api/v1/frameworks/import',
      {
        format: 'csv',
        content: lines.join('\n'),
        key: 'csv-test',
        name: 'CSV test',
        versionNumber: 1,
        baseFrameworkId: starter?.id,
      },
    );
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('invalid_framework');
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 3, field: 'type' }),
        expect.objectContaining({ line: 5, field: 'level' }),
      ]),
    );
    expect((await admin.get<FrameworkSummary[]>('/api/v1/frameworks')).body.length).toBe(before);
  });

  it('only network admins can import', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const res = await lead.send('POST', '/api/v1/frameworks/import', { format: 'json', content: '{}' });
    expect(res.status).toBe(403);
  });
});

describe('network admin CRUD and cycles', () => {
  it('adds an organisation, a service, a person and a role, and opens an assessment with a response per applicable standard', async () => {
    const admin = await h.signIn(EMAILS.admin);
    const org = await admin.send<{ id: string }>('POST', '/api/v1/organisations', {
      name: 'Oxleas NHS Foundation Trust',
      shortName: 'Oxleas',
      version: 0,
    });
    expect(org.status).toBe(201);
    const svc = await admin.send<{ id: string }>('POST', '/api/v1/services', {
      organisationId: org.body.id,
      name: 'Memory service',
      population: 'Older adults in Greenwich',
      version: 0,
    });
    expect(svc.status).toBe(201);
    const person = await admin.send<{ id: string; email: string }>('POST', '/api/v1/people', {
      displayName: 'Ada Lovelace',
      email: 'Ada.Lovelace@oxleas.nhs.example',
      organisationId: org.body.id,
      version: 0,
    });
    expect(person.body.email).toBe('ada.lovelace@oxleas.nhs.example');
    const dup = await admin.send<{ field: string }>('POST', '/api/v1/people', {
      displayName: 'Ada again',
      email: 'ada.lovelace@oxleas.nhs.example',
      organisationId: org.body.id,
      version: 0,
    });
    expect(dup.status).toBe(422);
    expect(dup.body.field).toBe('email');
    const role = await admin.send('POST', '/api/v1/role-assignments', {
      personId: person.body.id,
      role: 'service_lead',
      scope: { kind: 'service', serviceId: svc.body.id },
    });
    expect(role.status).toBe(201);
    const created = await admin.send<{ id: string }>('POST', '/api/v1/assessments', {
      cycleId: 'cycle-current',
      subject: { kind: 'service', serviceId: svc.body.id },
    });
    expect(created.status).toBe(201);
    const detail = await admin.get<{ responses: unknown[] }>(`/api/v1/assessments/${created.body.id}`);
    expect(detail.body.responses.length).toBeGreaterThan(20);
    const twice = await admin.send<{ code: string }>('POST', '/api/v1/assessments', {
      cycleId: 'cycle-current',
      subject: { kind: 'service', serviceId: svc.body.id },
    });
    expect(twice.body.code).toBe('assessment_exists');
  });

  it('a cycle whose windows are out of order is refused naming the window', async () => {
    const admin = await h.signIn(EMAILS.admin);
    const res = await admin.send<{ field: string }>('POST', '/api/v1/cycles', {
      name: 'Broken',
      frameworkVersionId: 'fw-mind-body-v1',
      windows: {
        self_assessment: { start: '2027-04-01', end: '2027-03-01' },
        peer_review: { start: '2027-06-01', end: '2027-07-01' },
        reporting: { start: '2027-08-01', end: '2027-09-01' },
        action_planning: { start: '2027-10-01', end: '2028-03-01' },
      },
      version: 0,
    });
    expect(res.status).toBe(422);
    expect(res.body.field).toMatch(/windows\.self_assessment/);
  });
});

describe('network scores', () => {
  it('are anonymised for everyone but network admins', async () => {
    const admin = await h.signIn(EMAILS.admin);
    const named = await admin.get<NetworkScores>('/api/v1/network/scores?cycleId=cycle-current');
    expect(named.body.anonymised).toBe(false);
    expect(named.body.assessments?.map((a) => a.subjectName)).toContain('COAST early intervention service');
    const lead = await h.signIn(EMAILS.coastLead);
    const anon = await lead.get<NetworkScores>('/api/v1/network/scores?cycleId=cycle-current');
    expect(anon.status).toBe(200);
    expect(anon.body.anonymised).toBe(true);
    expect(anon.body.assessments).toBeUndefined();
    expect(JSON.stringify(anon.body)).not.toContain('COAST');
    expect(anon.body.byTheme).toHaveLength(5);
    expect(anon.body.overall.count).toBe(named.body.overall.count);
  });

  it('hide any figure drawn from fewer than 5 services in the anonymised view, and say so', async () => {
    const admin = await h.signIn(EMAILS.admin);
    const named = await admin.get<NetworkScores>('/api/v1/network/scores?cycleId=cycle-current');
    const lead = await h.signIn(EMAILS.coastLead);
    const anon = await lead.get<NetworkScores>('/api/v1/network/scores?cycleId=cycle-current');
    const sets = [anon.body.overall, ...anon.body.byTheme.map((t) => t.quartiles)];
    expect(sets.some((q) => q.count < 5)).toBe(true);
    for (const q of sets) {
      if (q.count < 5) {
        expect(q).toMatchObject({ min: null, q1: null, median: null, q3: null, max: null });
        expect(q.hidden).toBe('Hidden: fewer than 5 services');
      } else {
        expect(q.hidden).toBeNull();
        expect(q.median).not.toBeNull();
      }
    }
    // The network team sees every figure.
    expect(named.body.overall.hidden).toBeNull();
    expect(named.body.overall.count).toBe(anon.body.overall.count);
  });

  it('an organisational lead sees all their services side by side, and no other organisation', async () => {
    const lead = await h.signIn(EMAILS.slamLead);
    const res = await lead.get<{ subjectName: string }[]>(
      '/api/v1/organisations/org-slam/scores?cycleId=cycle-current',
    );
    expect(res.body.map((s) => s.subjectName)).toEqual(
      expect.arrayContaining(['COAST early intervention service', 'Southwark community mental health team']),
    );
    const other = await lead.get('/api/v1/organisations/org-gstt/scores?cycleId=cycle-current');
    expect(other.status).toBe(403);
  });
});

describe('health', () => {
  it('answers /healthz and /readyz without a token', async () => {
    expect((await request(h.baseUrl, 'GET', '/healthz')).status).toBe(200);
    expect((await request(h.baseUrl, 'GET', '/readyz')).status).toBe(200);
  });
});

describe('admin form inputs are checked by the rules the tab checks them by', () => {
  it('refuses an organisation with every problem named, in the same words as the tab', async () => {
    const admin = await h.signIn(EMAILS.admin);
    const input = { name: ' ', shortName: 'A name far longer than twenty', tenantId: 'not-a-tenant' };
    const res = await admin.send<{ code: string; errors: { field: string; message: string }[] }>(
      'POST',
      '/api/v1/organisations',
      { ...input, version: 0 },
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_input');
    const byField = Object.fromEntries(res.body.errors.map((e) => [e.field, e.message]));
    expect(byField).toEqual(textFieldProblems(ORGANISATION_TEXT_FIELDS, input));
    expect(Object.keys(byField)).toEqual(['name', 'shortName', 'tenantId']);
  });
});
