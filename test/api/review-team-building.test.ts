import type { Candidate, MeResponse, MyReviewing, ReviewTeamList, TeamView } from '../../src/api/contracts';
import { EMAILS, startHarness, type Client, type Harness } from './harness';
import { addPerson, COAST, RHEUM } from './review-helpers';

/**
 * Choosing an assessment to build its team, training that lapses, how many reviews one person carries, and the
 * reviewers' own page: on the demo network (peer review runs 2027-01-11 to 2027-03-06).
 */
let h: Harness;
let admin: Client;
const VISIT = { date: '2027-01-27', format: 'online' };
const network = { kind: 'network' as const };

beforeAll(async () => {
  h = await startHarness();
  admin = await h.signIn(EMAILS.admin);
  // Four trained KCH lead reviewers for the workload test, and one whose training lapsed.
  for (const n of [1, 2, 3, 4]) {
    await addPerson(h, {
      id: `busy-${n}`,
      organisationId: 'org-kch',
      profession: 'physical_health',
      roles: [{ role: 'lead_reviewer', scope: network }],
    });
  }
  await addPerson(h, {
    id: 'lapsed-lead',
    organisationId: 'org-kch',
    profession: 'physical_health',
    roles: [{ role: 'lead_reviewer', scope: network, trainedOn: '2024-12-02' }],
  });
  await addPerson(h, {
    id: 'ebe-gstt',
    organisationId: 'org-gstt',
    profession: 'lived_experience',
    roles: [{ role: 'expert_by_experience', scope: network }],
  });
});
afterAll(() => h.close());

/** A team for COAST (SLaM) around one KCH lead reviewer: the demo's GSTT psychologist and a GSTT expert. */
const teamFor = (lead: string) => [
  { personId: lead, role: 'lead_reviewer' },
  { personId: 'p-pool-psych-gstt', role: 'peer_reviewer' },
  { personId: 'ebe-gstt', role: 'expert_by_experience' },
];

describe('the list of assessments to build teams for', () => {
  it("lists the current cycle's assessments with service, trust, state and team status, without an id to type", async () => {
    const res = await admin.get<ReviewTeamList>('/api/v1/review-teams');
    expect(res.status).toBe(200);
    expect(res.body.cycle?.id).toBe('cycle-current');
    expect(res.body.cycles.map((c) => c.id)).toContain('cycle-current');
    const rheum = res.body.rows.find((r) => r.assessmentId === RHEUM);
    expect(rheum).toMatchObject({
      state: 'submitted',
      serviceName: 'Rheumatology service',
      organisationName: "Guy's and St Thomas' NHS Foundation Trust",
      team: { members: 3, brokenRules: 0, format: 'in_person' },
    });
    expect(res.body.rows.find((r) => r.assessmentId === COAST)?.team).toBeNull();
  });

  it('filters by state and by cycle', async () => {
    const submitted = await admin.get<ReviewTeamList>('/api/v1/review-teams?state=submitted');
    expect(submitted.body.rows.map((r) => r.assessmentId)).toEqual([RHEUM]);
    const previous = await admin.get<ReviewTeamList>('/api/v1/review-teams?cycleId=cycle-previous');
    expect(previous.body.cycle?.id).toBe('cycle-previous');
    expect(previous.body.rows.every((r) => !r.assessmentId.startsWith('a-cur-'))).toBe(true);
  });

  it('is for those who build teams only', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const res = await lead.get<{ detail: string }>('/api/v1/review-teams');
    expect(res.status).toBe(403);
    expect(res.body.detail).toMatch(/build review teams/);
  });
});

describe('training and workload', () => {
  it('shows each candidate’s training, and bars one whose training lapsed before the visit', async () => {
    const res = await admin.get<Candidate[]>(
      `/api/v1/assessments/${COAST}/review-team/candidates?visitDate=2027-01-27`,
    );
    const lapsed = res.body.find((c) => c.personId === 'lapsed-lead');
    expect(lapsed?.training).toEqual([
      { role: 'lead_reviewer', trainedOn: '2024-12-02', expiresOn: '2026-12-02', valid: false },
    ]);
    expect(lapsed?.barred).toEqual(['training expired on 2 December 2026, before 27 January 2027: it needs renewing']);
    // A lead reviewer's training covers sitting as a peer reviewer, not as an expert by experience.
    expect(lapsed?.notTrainedFor).toEqual(['expert_by_experience']);
    const demoExpired = res.body.find((c) => c.personId === 'p-pool-expired');
    expect(demoExpired?.barred).toContainEqual(expect.stringMatching(/^training expired on/));
  });

  it('refuses to save a team with a lapsed member, saying when the training expired', async () => {
    const res = await admin.send<{ code: string; violations: { rule: string; message: string }[] }>(
      'PUT',
      `/api/v1/assessments/${COAST}/review-team`,
      { members: teamFor('lapsed-lead'), visit: VISIT, version: 0 },
    );
    expect(res.status).toBe(422);
    expect(res.body.violations).toEqual([
      {
        rule: 'training_expired',
        personId: 'lapsed-lead',
        message:
          "Test lapsed-lead's training as a lead reviewer expired on 2 December 2026, before the visit on 27 January 2027: it needs renewing before they can review.",
      },
    ]);
  });

  it('records renewed training from People admin, after which the team saves', async () => {
    const renewed = await admin.send<{ trainedOn: string }>('POST', '/api/v1/role-assignments', {
      personId: 'lapsed-lead',
      role: 'lead_reviewer',
      scope: network,
      trainedOn: '2026-11-20',
    });
    expect(renewed.status).toBe(201);
    expect(renewed.body.trainedOn).toBe('2026-11-20');
    const check = await admin.send<TeamView>('POST', `/api/v1/assessments/${COAST}/review-team/check`, {
      members: teamFor('lapsed-lead'),
      visit: VISIT,
    });
    expect(check.body.violations).toEqual([]);
  });

  it('refuses a date of training on a role that is not a reviewer role across the network, or after today', async () => {
    const onLead = await admin.send<{ code: string; detail: string }>('POST', '/api/v1/role-assignments', {
      personId: 'busy-1',
      role: 'viewer',
      scope: { kind: 'organisation', organisationId: 'org-kch' },
      trainedOn: '2026-11-20',
    });
    expect(onLead.status).toBe(422);
    expect(onLead.body.code).toBe('training_date_not_for_role');
    const future = await admin.send<{ code: string }>('POST', '/api/v1/role-assignments', {
      personId: 'busy-1',
      role: 'lead_reviewer',
      scope: network,
      trainedOn: '2027-01-01',
    });
    expect(future.body.code).toBe('training_date_in_future');
  });

  it('refuses a fourth team for someone already on three other teams of the cycle', async () => {
    // busy-1 sits on three other teams of the cycle (SLaM's other services and a GSTT one), written straight to the
    // store: only the count matters here.
    for (const service of ['slam-cmht', 'slam-liaison', 'gstt-renal']) {
      await h.app.ports.store.commit({ actorId: 'test', at: new Date().toISOString() }, [
        {
          op: 'put',
          kind: 'reviewTeam',
          expectedVersion: 0,
          value: {
            id: `team:a-cur-svc-${service}`,
            version: 0,
            assessmentId: `a-cur-svc-${service}`,
            cycleId: 'cycle-current',
            organisationId: service.startsWith('slam') ? 'org-slam' : 'org-gstt',
            members: [{ personId: 'busy-1', role: 'peer_reviewer' }],
            visit: { date: VISIT.date, format: 'online' },
            informationRequests: [],
            updatedBy: 'test',
            updatedAt: new Date().toISOString(),
          },
        },
      ]);
    }
    const check = await admin.send<TeamView>('POST', `/api/v1/assessments/${COAST}/review-team/check`, {
      members: teamFor('busy-1'),
      visit: VISIT,
    });
    expect(check.body.violations).toEqual([
      {
        rule: 'too_many_reviews',
        personId: 'busy-1',
        message:
          'Test busy-1 is already on 3 other review teams this cycle (at most 3): choose someone else, or take them off another team first.',
      },
    ]);
    const candidates = await admin.get<Candidate[]>(`/api/v1/assessments/${COAST}/review-team/candidates`);
    expect(candidates.body.find((c) => c.personId === 'busy-1')).toMatchObject({
      otherReviewsThisCycle: 3,
      barred: ['already on 3 other review teams this cycle (at most 3)'],
    });
  });
});

describe('saving', () => {
  it('refuses a team that breaks several rules with every reason, not only the first', async () => {
    const res = await admin.send<{ code: string; detail: string; violations: { rule: string }[] }>(
      'PUT',
      `/api/v1/assessments/${COAST}/review-team`,
      {
        members: [
          { personId: 'busy-1', role: 'lead_reviewer' },
          { personId: 'p-sl-coast', role: 'peer_reviewer' },
        ],
        visit: { date: '2027-04-01', format: 'online' },
        version: 0,
      },
    );
    expect(res.status).toBe(422);
    expect(res.body.violations.map((v) => v.rule)).toEqual([
      'too_many_reviews',
      'own_organisation',
      'not_trained',
      'no_expert_by_experience',
      'visit_outside_window',
    ]);
    expect(res.body.detail).toMatch(/already on 3 other review teams/);
    expect(res.body.detail).toMatch(/nobody reviews their own organisation/);
    expect(res.body.detail).toMatch(/outside the peer review window/);
  });

  it('keeps the start time of the visit, and refuses a time that is not HH:mm', async () => {
    const bad = await admin.send<{ status: number }>('PUT', `/api/v1/assessments/${COAST}/review-team`, {
      members: teamFor('busy-3'),
      visit: { ...VISIT, startTime: '9.30am' },
      version: 0,
    });
    expect(bad.status).toBe(400);
    const res = await admin.send<TeamView>('PUT', `/api/v1/assessments/${COAST}/review-team`, {
      members: teamFor('busy-3'),
      visit: { ...VISIT, startTime: '09:30' },
      version: 0,
    });
    expect(res.status).toBe(200);
    expect(res.body.team?.visit).toEqual({ date: '2027-01-27', format: 'online', startTime: '09:30' });
    const list = await admin.get<ReviewTeamList>('/api/v1/review-teams');
    expect(list.body.rows.find((r) => r.assessmentId === COAST)?.team).toMatchObject({ startTime: '09:30' });
  });

  it('answers 409 with the saved team when someone else saved first', async () => {
    const res = await admin.send<{ status: number }>('PUT', `/api/v1/assessments/${COAST}/review-team`, {
      members: teamFor('busy-4'),
      visit: VISIT,
      version: 0,
    });
    expect(res.status).toBe(409);
  });
});

describe('my reviewing', () => {
  it('is offered to people in the reviewer pool, and not to others, with a reason', async () => {
    const reviewer = await h.signIn(EMAILS.peerReviewer);
    const me = await reviewer.get<MeResponse>('/api/v1/me');
    expect(me.body.allowed.declare_conflict).toEqual({ allowed: true });
    const lead = await h.signIn(EMAILS.coastLead);
    const other = await lead.get<MeResponse>('/api/v1/me');
    expect(other.body.allowed.declare_conflict).toMatchObject({ allowed: false });
    expect((await lead.get('/api/v1/me/reviewing')).status).toBe(403);
  });

  it("shows the reviewer's training with its renewal date, their reviews this cycle and what to declare against", async () => {
    const reviewer = await h.signIn(EMAILS.peerReviewer);
    const res = await reviewer.get<MyReviewing>('/api/v1/me/reviewing');
    expect(res.status).toBe(200);
    expect(res.body.training).toEqual([
      { role: 'peer_reviewer', trainedOn: '2026-06-29', expiresOn: '2028-06-29', valid: true },
    ]);
    expect(res.body.reviews.find((r) => r.assessmentId === RHEUM)).toMatchObject({
      serviceName: 'Rheumatology service',
      role: 'peer_reviewer',
      state: 'submitted',
    });
    const gstt = res.body.organisations.find((o) => o.id === 'org-gstt');
    expect(gstt?.services.map((s) => s.id)).toContain('svc-gstt-rheum');
  });

  it('lets a reviewer declare and withdraw their own conflicts through /conflicts', async () => {
    const reviewer = await h.signIn(EMAILS.peerReviewer);
    const declared = await reviewer.send<{ id: string; version: number }>('POST', '/api/v1/conflicts', {
      organisationId: 'org-kch',
      serviceId: 'svc-kch-cardio',
      reason: 'I trained in this service.',
    });
    expect(declared.status).toBe(201);
    const me = (await reviewer.get<MeResponse>('/api/v1/me')).body.person.id;
    const mine = await reviewer.get<{ id: string }[]>(`/api/v1/conflicts?personId=${me}`);
    expect(mine.body.map((c) => c.id)).toEqual([declared.body.id]);
    const withdrawn = await reviewer.send(
      'DELETE',
      `/api/v1/conflicts/${declared.body.id}?version=${declared.body.version}`,
    );
    expect(withdrawn.status).toBe(204);
  });
});
