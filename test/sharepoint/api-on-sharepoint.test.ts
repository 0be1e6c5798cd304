import { createHash } from 'node:crypto';
import type { AssessmentDetail, ScoreReport } from '../../src/api/contracts';
import type { StandardResponse } from '../../src/domain/assessment';
import { EMAILS } from '../api/harness';
import { startAppOnSharePoint, type AppOnSharePoint } from './app-on-sharepoint';

const A = '/api/v1/assessments/a-cur-svc-slam-coast';
let app: AppOnSharePoint;
beforeAll(async () => {
  app = await startAppOnSharePoint();
}, 120_000);
afterAll(() => app.close());

describe('the same app with its data in SharePoint (Graph simulator)', () => {
  it('runs a self-assessment end to end, with evidence in the library, within the Graph request budget', async () => {
    const lead = await app.api.signIn(EMAILS.coastLead);
    const counter = app.graph.graph.counter;

    // The first request of a person on an instance also reads who they are and the cycle (then cached).
    expect((await lead.get(A)).status).toBe(200);
    counter.reset();
    const detail = await lead.get<AssessmentDetail>(A);
    expect(detail.status).toBe(200);
    expect(counter.total).toBeLessThanOrEqual(2);

    const unrated = detail.body.responses.filter((r) => r.rating === null);
    for (const r of unrated) {
      const saved = await lead.send<StandardResponse>('PUT', `${A}/responses/${r.standardCode}`, {
        rating: 'met',
        version: r.version,
      });
      expect(saved.status).toBe(200);
    }
    const stale = await lead.send<{ current: StandardResponse }>('PUT', `${A}/responses/${unrated[0]?.standardCode}`, {
      rating: 'not_met',
      version: unrated[0]?.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current.rating).toBe('met');

    const bytes = Buffer.alloc(5 * 1024 * 1024 + 123, 3);
    bytes.write('%PDF-1.7 audit', 0);
    const up = await fetch(`${app.api.baseUrl}${A}/evidence?fileName=audit.pdf&standardCodes=1.1,1.2`, {
      method: 'POST',
      headers: { authorization: `Bearer ${lead.token}`, 'content-type': 'application/pdf' },
      body: new Uint8Array(bytes),
    });
    expect(up.status).toBe(201);
    const record = (await up.json()) as { id: string };
    const down = await fetch(`${app.api.baseUrl}${A}/evidence/${record.id}/content`, {
      headers: { authorization: `Bearer ${lead.token}` },
    });
    const back = Buffer.from(await down.arrayBuffer());
    expect(createHash('sha256').update(back).digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));

    const before = await lead.get<AssessmentDetail>(A);
    // The tab shows the standards' text, so the framework is already read (and cached) before anyone submits.
    await lead.get(`/api/v1/frameworks/${before.body.assessment.frameworkVersionId}`);
    counter.reset();
    const submitted = await lead.send<{ state: string }>('POST', `${A}/transitions`, {
      action: 'submit',
      version: before.body.assessment.version,
    });
    expect(submitted.body.state).toBe('submitted');
    expect(counter.total).toBeLessThanOrEqual(2);

    const scores = await lead.get<ScoreReport>(`${A}/scores`);
    expect(scores.body.overall.unrated).toBe(0);
    const audit = await lead.get<{ entityKind: string }[]>(`${A}/audit`);
    expect(audit.body.some((e) => e.entityKind === 'evidence')).toBe(true);
  }, 120_000);

  it('saves one response in 2 Graph requests end to end: one batched read (access, state), one write', async () => {
    const lead = await app.api.signIn('tom.fitzgerald@slam.nhs.example');
    const url = '/api/v1/assessments/a-cur-svc-slam-cmht/responses/1.1';
    const current = await lead.get<StandardResponse>(url);
    await lead.get('/api/v1/assessments/a-cur-svc-slam-cmht');
    app.graph.graph.counter.reset();
    const saved = await lead.send('PUT', url, { rating: 'partly_met', version: current.body.version });
    expect(saved.status).toBe(200);
    expect(app.graph.graph.counter.total).toBeLessThanOrEqual(2);
  });
});
