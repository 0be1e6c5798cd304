import type { AssessmentDetail, ScoreReport } from '../../src/api/contracts';
import type { StandardResponse } from '../../src/domain/assessment';
import { EMAILS, request, startHarness, type Harness } from './harness';

const COAST = 'a-cur-svc-slam-coast';
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('a service lead carries out a self-assessment through the API', () => {
  it('signs in, rates every open standard, submits, and sees scores with a recognition level that explains itself', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const me = await lead.get<{ person: { displayName: string }; roles: { role: string }[] }>('/api/v1/me');
    expect(me.body.person.displayName).toBe('Ella Morgan');
    expect(me.body.roles.map((r) => r.role)).toEqual(['service_lead']);

    const list = await lead.get<{ assessment: { id: string } }[]>('/api/v1/assessments');
    expect(list.body.map((a) => a.assessment.id)).toContain(COAST);

    const detail = await lead.get<AssessmentDetail>(`/api/v1/assessments/${COAST}`);
    expect(detail.body.allowed.start.allowed || detail.body.allowed.submit.allowed).toBe(true);
    expect(Object.values(detail.body.allowedByStandard).every((s) => s.rate.allowed)).toBe(true);
    const unrated = detail.body.responses.filter((r) => r.rating === null);
    expect(unrated.length).toBeGreaterThan(0);
    for (const r of unrated) {
      const saved = await lead.send<StandardResponse>(
        'PUT',
        `/api/v1/assessments/${COAST}/responses/${r.standardCode}`,
        {
          rating: 'met',
          narrative: 'Checked in the team meeting.',
          version: r.version,
        },
      );
      expect(saved.status).toBe(200);
      expect(saved.body.version).toBe(r.version + 1);
      expect(saved.body.updatedBy).toBe('p-sl-coast');
    }
    const before = await lead.get<AssessmentDetail>(`/api/v1/assessments/${COAST}`);
    expect(before.body.progress.percent).toBe(100);
    const submitted = await lead.send<{ state: string }>('POST', `/api/v1/assessments/${COAST}/transitions`, {
      action: 'submit',
      version: before.body.assessment.version,
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.state).toBe('submitted');

    const scores = await lead.get<ScoreReport>(`/api/v1/assessments/${COAST}/scores`);
    expect(scores.body.overall.unrated).toBe(0);
    expect(scores.body.overall.percent).not.toBeNull();
    expect(scores.body.byTheme).toHaveLength(5);
    expect(scores.body.recognition.level).toMatch(/Excellent|Meeting the standard|Developing/);
    expect(scores.body.recognition.summary.length).toBeGreaterThan(10);

    const locked = await lead.send('PUT', `/api/v1/assessments/${COAST}/responses/1.1`, {
      rating: 'not_met',
      version: 99,
    });
    expect(locked.status).toBe(422);
    expect((locked.body as { code: string }).code).toBe('assessment_locked');

    const audit = await lead.get<{ action: string; entityKind: string }[]>(`/api/v1/assessments/${COAST}/audit`);
    expect(audit.body.filter((e) => e.entityKind === 'response').length).toBeGreaterThanOrEqual(unrated.length);
    expect(audit.body.at(-1)?.entityKind).toBe('assessment');
  });
});

describe('bad input is refused with a problem that names the field, and changes nothing', () => {
  const url = '/api/v1/assessments/a-cur-svc-slam-cmht/responses/1.1';
  async function current(lead: Awaited<ReturnType<Harness['signIn']>>) {
    return (await lead.get<StandardResponse>(url)).body;
  }

  it.each([
    ['a rating outside the scale', { rating: 'excellent', version: 0 }, 400, 'rating'],
    ['an unknown field', { rating: 'met', version: 0, colour: 'red' }, 400, '(body)'],
    ['a wrong type', { rating: 'met', version: 'one' }, 400, 'version'],
    ['N/A without a reason', { rating: 'not_applicable', naReason: '  ', version: 'CURRENT' }, 422, 'naReason'],
  ])('%s', async (_name, body, status, field) => {
    const lead = await h.signIn('tom.fitzgerald@slam.nhs.example');
    const before = await current(lead);
    const payload = { ...body, ...(body.version === 'CURRENT' ? { version: before.version } : {}) };
    const res = await lead.send<{ field?: string; detail: string }>('PUT', url, payload);
    expect(res.status).toBe(status);
    expect(res.contentType).toContain('application/problem+json');
    expect(res.body.field).toBe(field);
    expect(await current(lead)).toEqual(before);
  });

  it('malformed JSON', async () => {
    const lead = await h.signIn('tom.fitzgerald@slam.nhs.example');
    const res = await request<{ code: string }>(h.baseUrl, 'PUT', url, {
      token: lead.token,
      rawBody: '{"rating": "met",',
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('malformed_json');
  });

  it('a standard not in the pinned framework', async () => {
    const lead = await h.signIn('tom.fitzgerald@slam.nhs.example');
    const res = await lead.send<{ code: string; detail: string }>(
      'PUT',
      '/api/v1/assessments/a-cur-svc-slam-cmht/responses/7.1',
      {
        rating: 'met',
        version: 0,
      },
    );
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('unknown_standard');
    expect(res.body.detail).toContain('7.1');
  });

  it('a stale version is a conflict carrying the current value, never an overwrite', async () => {
    const lead = await h.signIn('tom.fitzgerald@slam.nhs.example');
    const before = await current(lead);
    const first = await lead.send('PUT', url, { rating: 'met', narrative: 'first', version: before.version });
    expect(first.status).toBe(200);
    const second = await lead.send<{ code: string; current: StandardResponse }>('PUT', url, {
      rating: 'not_met',
      narrative: 'second',
      version: before.version,
    });
    expect(second.status).toBe(409);
    expect(second.body.current.narrative).toBe('first');
    expect((await current(lead)).rating).toBe('met');
  });

  it('a transition that is not allowed says which are', async () => {
    const lead = await h.signIn('tom.fitzgerald@slam.nhs.example');
    const a = await lead.get<AssessmentDetail>('/api/v1/assessments/a-cur-svc-slam-cmht');
    const res = await lead.send<{ code: string; detail: string }>(
      'POST',
      '/api/v1/assessments/a-cur-svc-slam-cmht/transitions',
      {
        action: 'close',
        version: a.body.assessment.version,
      },
    );
    expect(res.status).toBe(403);
    const admin = await h.signIn(EMAILS.admin);
    const res2 = await admin.send<{ code: string; detail: string }>(
      'POST',
      '/api/v1/assessments/a-cur-svc-slam-cmht/transitions',
      {
        action: 'close',
        version: a.body.assessment.version,
      },
    );
    expect(res2.status).toBe(422);
    expect(res2.body.code).toBe('illegal_transition');
    expect(res2.body.detail).toMatch(/submit/);
  });

  it('submitting with standards unrated lists what is missing', async () => {
    const lead = await h.signIn('tom.fitzgerald@slam.nhs.example');
    const a = await lead.get<AssessmentDetail>('/api/v1/assessments/a-cur-svc-slam-cmht');
    const res = await lead.send<{ code: string; gaps: { standardCode: string }[] }>(
      'POST',
      '/api/v1/assessments/a-cur-svc-slam-cmht/transitions',
      { action: 'submit', version: a.body.assessment.version },
    );
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('incomplete_assessment');
    expect(res.body.gaps.length).toBe(a.body.responses.filter((r) => r.rating === null).length);
  });

  it('a person without the role cannot rate, and the store is unchanged', async () => {
    const other = await h.signIn(EMAILS.cardioLead);
    const res = await other.send<{ code: string }>('PUT', url, { rating: 'met', version: 0 });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden');
  });

  it('no token, or a forged one, is 401 problem+json', async () => {
    const none = await request<{ status: number }>(h.baseUrl, 'GET', '/api/v1/assessments');
    expect(none.status).toBe(401);
    expect(none.contentType).toContain('application/problem+json');
    const forged = await request(h.baseUrl, 'GET', '/api/v1/me', { token: 'eyJhbGciOiJub25lIn0.eyJ0aWQiOiJ4In0.' });
    expect(forged.status).toBe(401);
  });
});
