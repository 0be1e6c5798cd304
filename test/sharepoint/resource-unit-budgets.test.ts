import type { AssessmentDetail, ServiceDashboard } from '../../src/api/contracts';
import { emptySummary } from '../../src/domain/assessment-summary';
import { EMAILS } from '../api/harness';
import { organisation, service, serviceAssessment } from '../contract/fixtures';
import { startAppOnSharePoint, type AppOnSharePoint } from './app-on-sharepoint';
import { seedDirectly } from './harness';

/**
 * What SharePoint Online charges the app (resource units, every `$batch` part on its own) for the operations people
 * repeat most, end to end through the API on the Graph simulator with the demo network. The budgets are issue 15's
 * (docs/sharepoint-capacity.md); `npm run bench` measures the same at 2,000 and 10,000 services.
 */
const A = '/api/v1/assessments/a-cur-svc-slam-coast';

interface Charged {
  readonly parts: number;
  readonly ru: number;
}

async function chargeOf(app: AppOnSharePoint, work: () => Promise<unknown>): Promise<Charged> {
  const counter = app.graph.graph.counter;
  counter.reset();
  await work();
  return { parts: counter.parts, ru: counter.resourceUnits };
}

describe('SharePoint: resource units per operation (the API end to end, caches warm)', () => {
  let app: AppOnSharePoint;
  beforeAll(async () => {
    app = await startAppOnSharePoint();
  }, 120_000);
  afterAll(() => app.close());

  it('opens an assessment for at most 6 RU', async () => {
    const lead = await app.api.signIn(EMAILS.coastLead);
    // As the tab opens it: GET /me first (the organisations), then the assessment (a second visit finds it).
    await lead.get('/api/v1/me');
    await lead.get(A);
    const open = await chargeOf(app, async () => {
      const res = await lead.get<AssessmentDetail>(A);
      expect(res.status).toBe(200);
      expect(res.body.responses.length).toBeGreaterThan(0);
    });
    expect(open.ru).toBeLessThanOrEqual(6);
  }, 60_000);

  it('saves a rating for at most 8 RU, and for 4 RU (2 parts) once its eTag is known, the change in its trail', async () => {
    const lead = await app.api.signIn(EMAILS.coastLead);
    // The framework the summary is worked out with is read once a minute (the scores page has read it).
    await lead.get(`${A}/scores`);
    const target = (await lead.get<AssessmentDetail>(A)).body.responses[3];
    if (!target) throw new Error('the demo assessment has too few responses');
    const first = await chargeOf(app, async () => {
      const res = await lead.send('PUT', `${A}/responses/${target.standardCode}`, {
        rating: 'partly_met',
        version: target.version,
      });
      expect(res.status).toBe(200);
    });
    expect(first.ru).toBeLessThanOrEqual(8);
    // The instance that saved it remembers its eTag and the summary: the next write is the response and the
    // assessment's summary, which carries the audit event (carried-changes.ts), and nothing else.
    const store = app.api.app.ports.store;
    const stored = await store.get('response', target.id);
    if (!stored) throw new Error('the saved response is not there');
    const at = app.api.now.value.toISOString();
    const write = await chargeOf(app, () =>
      store.commit({ actorId: 'p-sl-coast', at }, [
        { op: 'put', kind: 'response', value: { ...stored, rating: 'met' }, expectedVersion: stored.version },
      ]),
    );
    expect(write).toEqual({ parts: 2, ru: 4 });
    const trail = await store.auditForEntity('response', target.id);
    expect(trail.slice(-2).map((e) => [e.actorId, (e.after as { rating: string }).rating])).toEqual([
      ['p-sl-coast', 'partly_met'],
      ['p-sl-coast', 'met'],
    ]);
  }, 60_000);

  it("reads the network's impact in at most 7 Graph requests: each cycle's assessments and summaries asked together", async () => {
    const admin = await app.api.signIn(EMAILS.admin);
    await admin.get('/api/v1/impact');
    const counter = app.graph.graph.counter;
    counter.reset();
    const res = await admin.get('/api/v1/impact');
    expect(res.status).toBe(200);
    // The cycles; every cycle's assessments, summaries, and completed and verified actions, asked together: 8
    // partition parts each (partitions.ts), so 64 parts for the demo's 2 cycles in 4 `$batch` requests of at most 20
    // sent side by side (the batcher packs what is asked in the same turn); then what the figures need (frameworks,
    // names). Asked one after the other, the summaries cost more.
    expect(counter.total).toBeLessThanOrEqual(7);
  }, 60_000);

  it("opens a service lead's dashboard, benchmarks included, for at most 8 RU however many other services the cycle has", async () => {
    const lead = await app.api.signIn(EMAILS.coastLead);
    const dashboard = async () => {
      const res = await lead.get<ServiceDashboard>('/api/v1/dashboard/service');
      expect(res.status).toBe(200);
      expect(res.body.shown?.assessment.id).toBe('a-cur-svc-slam-coast');
      // The benchmarks come from the shared snapshot an earlier dashboard worked out, not from a reread.
      expect(res.body.standing?.network).not.toBeNull();
      expect(Object.keys(res.body.standing?.assigneeNames ?? {}).length).toBeGreaterThan(0);
    };
    // As the tab opens it: GET /me first, then the dashboard (a second visit finds the caches warm).
    await lead.get('/api/v1/me');
    await dashboard();
    const before = await chargeOf(app, dashboard);
    expect(before.ru).toBeLessThanOrEqual(8);
    // 3,000 more services' assessments in the current cycle, none of them the lead's.
    seedDirectly(
      app.site,
      'assessment',
      Array.from({ length: 3000 }, (_, i) =>
        serviceAssessment({
          id: `as-dash-other-${i}`,
          cycleId: 'cycle-current',
          subject: { kind: 'service', serviceId: `svc-dash-other-${i}`, organisationId: `org-dash-other-${i % 300}` },
        }),
      ),
    );
    const after = await chargeOf(app, dashboard);
    expect(after).toEqual(before);
  }, 60_000);

  it("reads a service lead's assessments for the same RU however many other services the cycle has", async () => {
    const lead = await app.api.signIn(EMAILS.coastLead);
    const mine = async () => {
      const res = await lead.get<unknown[]>('/api/v1/assessments?cycleId=cycle-current');
      expect(res.status).toBe(200);
      expect(Array.isArray(res.body)).toBe(true);
      return res.body.length;
    };
    await mine();
    let listed = 0;
    const before = await chargeOf(app, async () => (listed = await mine()));
    expect(listed).toBeGreaterThan(0);
    // 3,000 more services' assessments in the same cycle, none of them the lead's.
    seedDirectly(
      app.site,
      'assessment',
      Array.from({ length: 3000 }, (_, i) =>
        serviceAssessment({
          id: `as-other-${i}`,
          cycleId: 'cycle-current',
          subject: { kind: 'service', serviceId: `svc-other-${i}`, organisationId: `org-other-${i % 300}` },
        }),
      ),
    );
    await mine();
    const after = await chargeOf(app, async () => expect(await mine()).toBe(listed));
    expect(after.ru).toBe(before.ru);
  }, 60_000);
});

/**
 * Services of other organisations, each with its assessment in the current cycle and that assessment's summary (as
 * saves keep them), so the network role's list shows them all by name.
 */
function seedServicesWithAssessments(app: AppOnSharePoint, prefix: string, count: number): void {
  const organisations = Array.from({ length: Math.ceil(count / 10) }, (_, i) =>
    organisation({ id: `org-${prefix}-${i}`, name: `Trust ${prefix} ${i}`, shortName: `T${i}` }),
  );
  const services = Array.from({ length: count }, (_, i) =>
    service({ id: `svc-${prefix}-${i}`, name: `Service ${prefix} ${i}`, organisationId: `org-${prefix}-${i % 10}` }),
  );
  const assessments = services.map((s) =>
    serviceAssessment({
      id: `as-${s.id}`,
      cycleId: 'cycle-current',
      subject: { kind: 'service', serviceId: s.id, organisationId: s.organisationId },
    }),
  );
  seedDirectly(app.site, 'organisation', organisations);
  seedDirectly(app.site, 'service', services);
  seedDirectly(app.site, 'assessment', assessments);
  seedDirectly(
    app.site,
    'assessmentSummary',
    assessments.map((a) => ({ ...emptySummary(a), version: 1 })),
  );
}

describe('SharePoint: a network role\'s "my assessments" (caches warm)', () => {
  let app: AppOnSharePoint;
  beforeAll(async () => {
    app = await startAppOnSharePoint();
  }, 120_000);
  afterAll(() => app.close());

  it('costs the partitioned reads of the cycle and nothing per service, however big the network', async () => {
    const admin = await app.api.signIn(EMAILS.admin);
    const listed = async () => {
      const res = await admin.get<{ assessment: { id: string }; subjectName: string }[]>(
        '/api/v1/assessments?cycleId=cycle-current',
      );
      expect(res.status).toBe(200);
      return res.body;
    };
    // A network past the few services named one by one.
    seedServicesWithAssessments(app, 'first', 150);
    await admin.get('/api/v1/me');
    await listed();
    const before = await chargeOf(app, async () => expect((await listed()).length).toBeGreaterThan(150));
    // The cycle's assessments and their summaries, 8 partition parts each; the cycles, organisations and services
    // from the short-lived caches.
    expect(before).toEqual({ parts: 16, ru: 32 });

    seedServicesWithAssessments(app, 'more', 3000);
    // The services' list is read afresh once its cache expires (as it would be half a minute later).
    app.api.now.value = new Date(app.api.now.value.getTime() + 60_000);
    await listed();
    let items: { assessment: { id: string }; subjectName: string }[] = [];
    const after = await chargeOf(app, async () => (items = await listed()));
    expect(items.length).toBeGreaterThan(3150);
    const added = items.find((i) => i.assessment.id === 'as-svc-more-2999');
    expect(added?.subjectName).toBe('Service more 2999');
    expect(after).toEqual(before);
  }, 120_000);
});
