import type { AssessmentSummary, NetworkImpact, ScoredAssessment, ServiceImpactView } from '../../src/api/contracts';
import { newAction } from '../../src/domain/action-plan';
import { putChange } from '../../src/services/context';
import { EMAILS, startHarness, type Client, type Harness } from './harness';

/** Impact over time through the API: the demo network has a closed previous cycle and a current one. */
let h: Harness;
let admin: Client;
let coastLead: Client;

const PREVIOUS = 'a-prev-svc-slam-coast';
const AGREED_AT = '2026-03-02T10:00:00.000Z';
const COMPLETED_AT = '2026-05-01T10:00:00.000Z';

beforeAll(async () => {
  h = await startHarness();
  const store = h.app.ports.store;
  const assessment = await store.get('assessment', PREVIOUS);
  if (!assessment) throw new Error('demo assessment missing');
  const action = {
    ...newAction(
      assessment,
      {
        id: 'act-coast-screening',
        findingId: null,
        findingKind: null,
        standardCode: '1.1',
        title: 'Offer physical health checks at every review',
        description: '',
        ownerId: 'p-ella-morgan',
        dueDate: '2026-06-30',
      },
      AGREED_AT,
    ),
    status: 'completed' as const,
    completionEvidence: { note: 'Checks are in the clinic template.', evidenceIds: [] },
    completedAt: COMPLETED_AT,
  };
  await store.commit({ actorId: 'test', at: AGREED_AT }, [
    putChange('assessment', { ...assessment, agreedAt: AGREED_AT }, assessment.version),
    putChange('action', action, 0),
  ]);
  [admin, coastLead] = await Promise.all([h.signIn(EMAILS.admin), h.signIn(EMAILS.coastLead)]);
});
afterAll(() => h.close());

describe("a service's impact over time", () => {
  it("shows the service's lead each cycle, each theme's and standard's change, and the actions completed between", async () => {
    const res = await coastLead.get<ServiceImpactView>('/api/v1/services/svc-slam-coast/impact');
    expect(res.status).toBe(200);
    const impact = res.body.impact;
    expect(impact?.cycles.map((c) => [c.cycleName, c.basis])).toEqual([
      ['Cycle 2025/26', 'agreed'],
      ['Cycle 2026/27', 'self'],
    ]);
    expect(impact?.themes).toHaveLength(5);
    for (const theme of impact?.themes ?? []) expect(theme.percents).toHaveLength(2);
    const rated = impact?.standards.filter((s) => s.ratings.every((r) => r !== null)) ?? [];
    expect(rated.length).toBeGreaterThan(0);
    for (const s of rated) expect(s.changes[0]).toMatch(/improved|worsened|unchanged|new|no_longer_applicable/);
    expect(impact?.betweenCycles).toEqual([
      {
        fromCycleId: 'cycle-previous',
        toCycleId: 'cycle-current',
        completedActions: [
          {
            actionId: 'act-coast-screening',
            title: 'Offer physical health checks at every review',
            standardCode: '1.1',
            completedAt: COMPLETED_AT,
          },
        ],
      },
    ]);
  });

  it('is refused to people of other services and organisations, saying who may see it', async () => {
    for (const email of [EMAILS.cardioLead, EMAILS.viewer]) {
      const res = await (await h.signIn(email)).get<{ detail: string }>('/api/v1/services/svc-slam-coast/impact');
      expect(res.status).toBe(403);
      expect(res.contentType).toContain('application/problem+json');
      expect(res.body.detail).toMatch(/its own leads and members, its organisation's leads and network admins/);
    }
  });

  it('answers 404 for a service that does not exist', async () => {
    expect((await admin.get('/api/v1/services/svc-nowhere/impact')).status).toBe(404);
  });
});

describe("the network's impact over time", () => {
  it('gives admins the share met per cycle, named level moves and the time from review to completion', async () => {
    const res = await admin.get<NetworkImpact>('/api/v1/impact');
    expect(res.status).toBe(200);
    expect(res.body.anonymised).toBe(false);
    expect(res.body.cycles.map((c) => c.cycleId)).toEqual(['cycle-previous', 'cycle-current']);
    for (const c of res.body.cycles) expect(c.metPercent).not.toBeNull();
    expect(res.body.cycles[0]?.reviewToCompletionDays).toMatchObject({ count: 1, median: 60 });
    const moves = res.body.levelMoves[0];
    expect(moves?.services?.length).toBe((moves?.up ?? 0) + (moves?.down ?? 0));
  });

  it('names no service for a service lead and withholds a cycle of fewer than five services', async () => {
    const res = await coastLead.get<NetworkImpact>('/api/v1/impact');
    expect(res.status).toBe(200);
    expect(res.body.anonymised).toBe(true);
    expect(res.body.levelMoves[0]?.services).toBeUndefined();
    expect(res.body.cycles[0]).toMatchObject({ services: 4, withheld: true, metPercent: null });
  });

  it('narrows to a range of cycles, and says so when a cycle does not exist', async () => {
    const one = await admin.get<NetworkImpact>('/api/v1/impact?fromCycleId=cycle-current');
    expect(one.body.cycles.map((c) => c.cycleId)).toEqual(['cycle-current']);
    const missing = await admin.get<{ detail: string }>('/api/v1/impact?toCycleId=cycle-nowhere');
    expect(missing.status).toBe(404);
    expect(missing.contentType).toContain('application/problem+json');
  });
});

describe('importing a revised framework that says what it replaces', () => {
  async function revision(replaces: string[]): Promise<string> {
    const exported = await admin.get<string>('/api/v1/frameworks/fw-mind-body-v1/export?format=json');
    const json = JSON.parse(typeof exported.body === 'string' ? exported.body : JSON.stringify(exported.body)) as {
      versionNumber: number;
      standards: { code: string; replaces?: string[] }[];
    };
    json.versionNumber = 7;
    const [first] = json.standards;
    if (first) first.replaces = replaces;
    return JSON.stringify(json);
  }

  it('refuses codes the previous version does not have, saying what to name, and imports nothing', async () => {
    const res = await admin.send<{ code: string; errors: { field: string; message: string }[] }>(
      'POST',
      '/api/v1/frameworks/import',
      { format: 'json', content: await revision(['9.99']) },
    );
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('invalid_framework');
    expect(res.body.errors).toEqual([
      {
        line: null,
        field: 'standards[0].replaces',
        message: expect.stringMatching(/replaces 9\.99, which version 1 of ".*" does not have\. Name codes/),
      },
    ]);
  });

  it('accepts codes of the previous version', async () => {
    const res = await admin.send<{ standards: { replaces?: string[] }[] }>('POST', '/api/v1/frameworks/import', {
      format: 'json',
      content: await revision(['1.1', '1.2']),
    });
    expect(res.status).toBe(201);
    expect(res.body.standards[0]?.replaces).toEqual(['1.1', '1.2']);
  });
});

describe('where the dashboard links to impact over time', () => {
  it("tells a service's lead in the list of assessments that its impact may be opened, and a viewer why not", async () => {
    const own = await coastLead.get<AssessmentSummary[]>('/api/v1/assessments?cycleId=cycle-current');
    const coast = own.body.find((a) => a.assessment.id === 'a-cur-svc-slam-coast');
    expect(coast?.impact).toEqual({ allowed: true });
    const viewer = await h.signIn(EMAILS.viewer);
    const seen = (await viewer.get<AssessmentSummary[]>('/api/v1/assessments?cycleId=cycle-current')).body;
    expect(seen.length).toBeGreaterThan(0);
    for (const a of seen.filter((s) => s.assessment.subject.kind === 'service'))
      expect(a.impact).toEqual({ allowed: false, reason: expect.stringMatching(/^You are not allowed to see how/) });
  });

  it("offers an organisation's lead each of its services' impact in the organisation's scores", async () => {
    const slamLead = await h.signIn(EMAILS.slamLead);
    const scores = await slamLead.get<ScoredAssessment[]>(
      '/api/v1/organisations/org-slam/scores?cycleId=cycle-current',
    );
    const services = scores.body.filter((s) => s.subjectKind === 'service');
    expect(services.length).toBeGreaterThan(0);
    for (const s of services) expect(s.allowed?.see_impact).toEqual({ allowed: true });
  });
});
