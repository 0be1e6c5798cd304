import type {
  AssessmentDetail,
  Cycle,
  AssessmentListItem,
  AssessmentPerson,
  FrameworkVersion,
  NetworkScores,
  ScoreReport,
  ServiceDashboard,
} from '../../src/api/contracts';
import { whatIsLeft } from '../../src/domain/left-to-rate';
import { EMAILS, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const A = '/api/v1/assessments/a-cur-svc-slam-coast';

describe("the dashboard's service view in one answer", () => {
  it('opens a service lead on their own service in the current cycle, with the figures the separate routes give', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const res = await lead.get<ServiceDashboard>('/api/v1/dashboard/service');
    expect(res.status).toBe(200);
    const cycles = (await lead.get<{ id: string }[]>('/api/v1/cycles')).body;
    expect(res.body.cycles.map((c) => c.id)).toEqual(cycles.map((c) => c.id));
    expect(res.body.cycleId).toBe('cycle-current');
    const listed = (await lead.get<AssessmentListItem[]>('/api/v1/assessments?cycleId=cycle-current')).body;
    expect(res.body.services).toEqual(listed.filter((a) => a.assessment.subject.kind === 'service'));
    expect(res.body.shown?.assessment.id).toBe('a-cur-svc-slam-coast');

    const detail = (await lead.get<AssessmentDetail>(A)).body;
    const scores = (await lead.get<ScoreReport>(`${A}/scores`)).body;
    const network = (await lead.get<NetworkScores>('/api/v1/network/scores?cycleId=cycle-current')).body;
    const framework = (await lead.get<FrameworkVersion>(`/api/v1/frameworks/${detail.assessment.frameworkVersionId}`))
      .body;
    const people = (await lead.get<AssessmentPerson[]>(`${A}/people`)).body;
    const standing = res.body.standing;
    expect(standing?.assessmentId).toBe('a-cur-svc-slam-coast');
    expect(standing?.scores).toEqual(scores);
    expect(standing?.network).toEqual(network);
    const left = whatIsLeft(framework.standards, detail.responses);
    expect(left.length).toBeGreaterThan(0);
    expect(standing?.leftToRate).toEqual(left);
    const assignees = left.flatMap((g) => (g.assigneeId ? [g.assigneeId] : []));
    expect(assignees.length).toBeGreaterThan(0);
    expect(standing?.assigneeNames).toEqual(
      Object.fromEntries(assignees.map((id) => [id, people.find((p) => p.id === id)?.displayName])),
    );
  });

  it('shows the service asked for, in the cycle asked for, when the person may see it', async () => {
    const orgLead = await h.signIn(EMAILS.slamLead);
    const all = (await orgLead.get<ServiceDashboard>('/api/v1/dashboard/service')).body;
    const other = all.services.find((s) => s.assessment.id !== all.shown?.assessment.id);
    if (other?.assessment.subject.kind !== 'service') throw new Error('the demo organisation has one service only');
    const res = await orgLead.get<ServiceDashboard>(
      `/api/v1/dashboard/service?cycleId=cycle-current&serviceId=${other.assessment.subject.serviceId}`,
    );
    expect(res.body.shown?.assessment.id).toBe(other.assessment.id);
    expect(res.body.standing?.assessmentId).toBe(other.assessment.id);
  });

  it('never shows a service the person may not see: they get their own instead', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const res = await lead.get<ServiceDashboard>('/api/v1/dashboard/service?serviceId=svc-kch-cardio');
    expect(res.status).toBe(200);
    expect(res.body.services.map((s) => s.assessment.id)).not.toContain('a-cur-svc-kch-cardio');
    expect(res.body.shown?.assessment.id).toBe('a-cur-svc-slam-coast');
  });

  it('leaves the benchmarks out for a person who may not see them', async () => {
    const reviewer = await h.signIn(EMAILS.leadReviewer);
    const res = await reviewer.get<ServiceDashboard>('/api/v1/dashboard/service');
    expect(res.status).toBe(200);
    expect(res.body.standing?.network ?? null).toBeNull();
  });

  it('names a cycle as an admin has just renamed it, although the dashboard keeps the cycle list for a while', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    await lead.get('/api/v1/dashboard/service');
    const admin = await h.signIn(EMAILS.admin);
    const cycle = (await admin.get<Cycle>('/api/v1/cycles/cycle-current')).body;
    const renamed = await admin.send('PUT', '/api/v1/cycles/cycle-current', {
      name: 'Renamed current cycle',
      frameworkVersionId: cycle.frameworkVersionId,
      windows: cycle.windows,
      version: cycle.version,
    });
    expect(renamed.status).toBe(200);
    const res = await lead.get<ServiceDashboard>('/api/v1/dashboard/service');
    expect(res.body.cycles.find((c) => c.id === 'cycle-current')?.name).toBe('Renamed current cycle');
  });
});
