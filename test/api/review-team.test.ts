import type { Candidate, TeamView } from '../../src/api/contracts';
import { EMAILS, startHarness, type Client, type Harness } from './harness';
import { addPerson, COAST, PEER_REVIEW_DAY, REPORTING_DAY, SELF_ASSESSMENT_DAY } from './review-helpers';

/** Building a review team for SLaM's COAST service from the pool, and what the team may reach, and when. */
let h: Harness;
let admin: Client;
const A = `/api/v1/assessments/${COAST}`;
const pool = (role: 'lead_reviewer' | 'peer_reviewer' | 'expert_by_experience') => [
  { role, scope: { kind: 'network' as const } },
];
const emails: Record<string, string> = {};
const VISIT = { date: '2027-01-27', format: 'online' };
const GOOD_TEAM = [
  { personId: 'pool-lead-kch', role: 'lead_reviewer' },
  { personId: 'pool-mh-gstt', role: 'peer_reviewer' },
  { personId: 'pool-ebe-kch', role: 'expert_by_experience' },
];

beforeAll(async () => {
  h = await startHarness();
  admin = await h.signIn(EMAILS.admin);
  const people = [
    {
      id: 'pool-lead-kch',
      organisationId: 'org-kch',
      profession: 'physical_health' as const,
      roles: pool('lead_reviewer'),
    },
    {
      id: 'pool-mh-gstt',
      organisationId: 'org-gstt',
      profession: 'mental_health' as const,
      roles: pool('peer_reviewer'),
    },
    {
      id: 'pool-ebe-kch',
      organisationId: 'org-kch',
      profession: 'lived_experience' as const,
      roles: pool('expert_by_experience'),
    },
    {
      id: 'pool-mh-slam',
      organisationId: 'org-slam',
      profession: 'mental_health' as const,
      roles: pool('peer_reviewer'),
    },
    {
      id: 'pool-mh-kch',
      organisationId: 'org-kch',
      profession: 'mental_health' as const,
      roles: pool('peer_reviewer'),
    },
    { id: 'not-in-pool', organisationId: 'org-kch', profession: 'mental_health' as const, roles: [] },
  ];
  for (const p of people) emails[p.id] = await addPerson(h, p);
});
afterAll(() => h.close());

async function as(id: string): Promise<Client> {
  return h.signIn(emails[id] ?? id);
}

describe('building a review team', () => {
  it('lists the pool with who cannot review this service and why', async () => {
    const mhKch = await as('pool-mh-kch');
    const declared = await mhKch.send('POST', '/api/v1/conflicts', {
      organisationId: 'org-slam',
      serviceId: 'svc-slam-coast',
      reason: 'My partner works in COAST.',
    });
    expect(declared.status).toBe(201);
    const res = await admin.get<Candidate[]>(`${A}/review-team/candidates`);
    const byId = new Map(res.body.map((c) => [c.personId, c]));
    expect(byId.get('pool-mh-slam')?.barred).toEqual(['works for South London and Maudsley NHS Foundation Trust']);
    expect(byId.get('pool-mh-kch')?.barred).toEqual(['declared a conflict of interest: My partner works in COAST.']);
    expect(byId.get('pool-lead-kch')).toMatchObject({ barred: [], trainedAs: ['lead_reviewer'] });
    expect(byId.has('not-in-pool')).toBe(false);
    // The demo's reviewers (assigned to GSTT's review) are in the pool too.
    expect(byId.get('p-lead-reviewer')?.trainedAs).toEqual(['lead_reviewer']);
  });

  it('explains every broken rule, and refuses to save such a team', async () => {
    const members = [
      { personId: 'pool-mh-slam', role: 'peer_reviewer' },
      { personId: 'pool-mh-kch', role: 'peer_reviewer' },
      { personId: 'not-in-pool', role: 'expert_by_experience' },
    ];
    const check = await admin.send<TeamView>('POST', `${A}/review-team/check`, {
      members,
      visit: { date: '2027-04-01', format: 'in_person' },
    });
    expect(check.body.violations.map((v) => v.rule)).toEqual([
      'own_organisation',
      'conflict_of_interest',
      'not_trained',
      'no_lead_reviewer',
      'no_physical_health_clinician',
      'visit_outside_window',
    ]);
    const save = await admin.send<{ code: string; violations: { rule: string }[]; detail: string }>(
      'PUT',
      `${A}/review-team`,
      {
        members,
        visit: VISIT,
        version: 0,
      },
    );
    expect(save.status).toBe(422);
    expect(save.body.code).toBe('review_team_invalid');
    expect(save.body.violations.map((v) => v.rule)).toContain('own_organisation');
    expect(save.body.detail).toMatch(/nobody reviews their own organisation/);
  });

  it("is the network admin's job", async () => {
    const serviceLead = await h.signIn(EMAILS.coastLead);
    expect(
      (await serviceLead.send('PUT', `${A}/review-team`, { members: GOOD_TEAM, visit: VISIT, version: 0 })).status,
    ).toBe(403);
  });

  it('saves a good team and gives each member a role on this review only', async () => {
    const res = await admin.send<TeamView>('PUT', `${A}/review-team`, { members: GOOD_TEAM, visit: VISIT, version: 0 });
    expect(res.status).toBe(200);
    expect(res.body.violations).toEqual([]);
    const roles = await admin.get<{ personId: string; role: string; scope: { kind: string } }[]>(
      `/api/v1/role-assignments?scopeId=${COAST}`,
    );
    expect(roles.body.map((r) => [r.personId, r.role, r.scope.kind]).sort()).toEqual([
      ['pool-ebe-kch', 'expert_by_experience', 'review'],
      ['pool-lead-kch', 'lead_reviewer', 'review'],
      ['pool-mh-gstt', 'peer_reviewer', 'review'],
    ]);
  });
});

describe('what reviewers can reach', () => {
  const reads = [A, `${A}/review`, `${A}/scores`, `${A}/evidence`];

  it('during the review window: that assessment and its evidence, nothing else', async () => {
    h.now.value = PEER_REVIEW_DAY;
    const reviewer = await as('pool-mh-gstt');
    for (const path of reads) expect([path, (await reviewer.get(path)).status]).toEqual([path, 200]);
    expect((await reviewer.get('/api/v1/assessments/a-cur-svc-kch-cardio')).status).toBe(403);
    const list = await reviewer.get<{ assessment: { id: string } }[]>('/api/v1/assessments');
    expect(list.body.map((a) => a.assessment.id)).toEqual([COAST]);
  });

  it('before and after the review window: nothing', async () => {
    const reviewer = await as('pool-mh-gstt');
    for (const day of [SELF_ASSESSMENT_DAY, REPORTING_DAY]) {
      h.now.value = day;
      for (const path of reads) expect([path, (await reviewer.get(path)).status]).toEqual([path, 403]);
    }
  });

  it('a pool role alone reaches no assessment, even in the window', async () => {
    h.now.value = PEER_REVIEW_DAY;
    const outsider = await as('pool-mh-kch');
    expect((await outsider.get(A)).status).toBe(403);
    expect((await outsider.get('/api/v1/assessments/a-cur-svc-gstt-rheum')).status).toBe(403);
  });

  it('a reviewer taken off the team loses access at once', async () => {
    h.now.value = PEER_REVIEW_DAY;
    const team = await admin.get<TeamView>(`${A}/review-team`);
    const swapped = [...GOOD_TEAM.slice(0, 2), { personId: 'p-expert', role: 'expert_by_experience' }];
    const blocked = await admin.send<{ violations: { rule: string }[] }>('PUT', `${A}/review-team`, {
      members: swapped,
      visit: VISIT,
      version: team.body.team?.version,
    });
    expect(blocked.body.violations.map((v) => v.rule)).toEqual(['own_organisation']);
    const other = await addPerson(h, {
      id: 'pool-ebe-gstt',
      organisationId: 'org-gstt',
      profession: 'lived_experience',
      roles: pool('expert_by_experience'),
    });
    emails['pool-ebe-gstt'] = other;
    const saved = await admin.send('PUT', `${A}/review-team`, {
      members: [...GOOD_TEAM.slice(0, 2), { personId: 'pool-ebe-gstt', role: 'expert_by_experience' }],
      visit: VISIT,
      version: team.body.team?.version,
    });
    expect(saved.status).toBe(200);
    expect((await (await as('pool-ebe-kch')).get(A)).status).toBe(403);
    expect((await (await as('pool-ebe-gstt')).get(A)).status).toBe(200);
  });
});

describe('returning the assessment for more information', () => {
  it('the lead reviewer says what is needed; the service reads it and resumes', async () => {
    h.now.value = PEER_REVIEW_DAY;
    const store = h.app.ports.store;
    const coast = await store.get('assessment', COAST);
    if (!coast) throw new Error('demo data missing');
    await store.commit({ actorId: 'test', at: new Date().toISOString() }, [
      { op: 'put', kind: 'assessment', value: { ...coast, state: 'submitted' }, expectedVersion: coast.version },
    ]);
    const lead = await as('pool-lead-kch');
    const version = coast.version + 1;
    const empty = await lead.send<{ code: string }>('POST', `${A}/review/return`, { version });
    expect(empty.body.code).toBe('message_required');
    const returned = await lead.send<{ state: string }>('POST', `${A}/review/return`, {
      message: 'Please attach the physical health check audit.',
      version,
    });
    expect(returned.body.state).toBe('returned');
    const serviceLead = await h.signIn(EMAILS.coastLead);
    const requests = await serviceLead.get<{ message: string; by: string }[]>(`${A}/information-requests`);
    expect(requests.body).toEqual([
      expect.objectContaining({ message: 'Please attach the physical health check audit.', by: 'pool-lead-kch' }),
    ]);
    h.now.value = SELF_ASSESSMENT_DAY;
    const resumed = await serviceLead.send<{ state: string }>('POST', `${A}/transitions`, {
      action: 'resume',
      version: version + 1,
    });
    expect(resumed.body.state).toBe('in_progress');
  });
});
