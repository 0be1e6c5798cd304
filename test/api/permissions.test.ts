import type { AssessmentDetail, MeResponse } from '../../src/api/contracts';
import { EMAILS, startHarness, type Harness } from './harness';

const COAST = 'a-cur-svc-slam-coast';
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('GET /assessments/:id says what the person may do there, and why not', () => {
  it('a contributor may rate what is assigned to them; for the rest they read who has it, and that leads assign', async () => {
    const contributor = await h.signIn(EMAILS.coastContributorTheme4);
    const { body } = await contributor.get<AssessmentDetail>(`/api/v1/assessments/${COAST}`);
    const me = (await contributor.get<{ person: { id: string } }>('/api/v1/me')).body.person.id;
    const mine = body.responses.filter((r) => r.assigneeId === me);
    const theirs = body.responses.filter((r) => r.assigneeId !== null && r.assigneeId !== me);
    expect(mine.length).toBeGreaterThan(0);
    expect(theirs.length).toBeGreaterThan(0);
    for (const r of mine) expect(body.allowedByStandard[r.standardCode]?.rate).toEqual({ allowed: true });
    const refused = body.allowedByStandard[theirs[0]!.standardCode]?.rate;
    expect(refused).toEqual({
      allowed: false,
      reason: expect.stringMatching(
        /^Standard [\d.]+ is assigned to [A-Z][a-z]+ [A-Z][a-z]+; only they or a lead can rate it\.$/,
      ),
    });
    expect(body.allowed.assign).toEqual({
      allowed: false,
      reason: expect.stringContaining('You are not allowed to assign standards in this assessment.'),
    });
    expect(body.allowed.submit.allowed).toBe(false);
  });

  it('the service lead may assign and rate everything; a state change the life cycle forbids says which are possible', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const { body } = await lead.get<AssessmentDetail>(`/api/v1/assessments/${COAST}`);
    expect(body.allowed.assign).toEqual({ allowed: true });
    expect(body.allowed.add_evidence).toEqual({ allowed: true });
    expect(Object.values(body.allowedByStandard).every((s) => s.rate.allowed)).toBe(true);
    expect(body.allowed.close).toEqual({
      allowed: false,
      reason: expect.stringContaining('You are not allowed to close this assessment.'),
    });
    expect(body.assessment.state).toBe('in_progress');
    expect(body.allowed.resume).toEqual({
      allowed: false,
      reason: 'An assessment that is in progress cannot be resumed. From in_progress you can: submit.',
    });
  });

  it('once the self-assessment window has closed, the lead is told so rather than that they lack the role', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const before = h.now.value;
    h.now.value = new Date('2099-06-01T12:00:00Z');
    try {
      const { body } = await lead.get<AssessmentDetail>(`/api/v1/assessments/${COAST}`);
      for (const s of Object.values(body.allowedByStandard)) {
        expect(s.rate).toEqual({
          allowed: false,
          reason: expect.stringMatching(
            /^The self-assessment window of .+ closed on \d{1,2} [A-Z][a-z]+ \d{4}, so ratings can no longer be changed\.$/,
          ),
        });
      }
    } finally {
      h.now.value = before;
    }
  });
});

describe('GET /me says what the person may do across the network, and why not', () => {
  it('the network admin may administer and sees every organisation; a service lead is told why not', async () => {
    const admin = (await (await h.signIn(EMAILS.admin)).get<MeResponse>('/api/v1/me')).body;
    expect(admin.allowed.administer).toEqual({ allowed: true });
    const organisations = (await (await h.signIn(EMAILS.admin)).get<{ id: string }[]>('/api/v1/organisations')).body;
    expect([...admin.organisationsInView].sort()).toEqual(organisations.map((o) => o.id).sort());

    const lead = (await (await h.signIn(EMAILS.coastLead)).get<MeResponse>('/api/v1/me')).body;
    expect(lead.allowed.administer).toEqual({
      allowed: false,
      reason:
        'You are not allowed to change organisations, services, people or roles. Your roles in the network do not include this.',
    });
    expect(lead.allowed.see_network_benchmarks).toEqual({ allowed: true });
    expect(lead.organisationsInView).toEqual([]);
  });

  it('an organisational lead has their own organisation in view, and only that one', async () => {
    const orgLead = (await (await h.signIn(EMAILS.slamLead)).get<MeResponse>('/api/v1/me')).body;
    expect(orgLead.organisationsInView).toEqual([orgLead.person.organisationId]);
  });

  it("sends board viewers and organisational leads to their organisation's view, and others to My work", async () => {
    const startOf = async (email: string) =>
      (await (await h.signIn(email)).get<MeResponse>('/api/v1/me')).body.startPage;
    expect(await startOf(EMAILS.viewer)).toBe('organisation_view');
    expect(await startOf(EMAILS.slamLead)).toBe('organisation_view');
    expect(await startOf(EMAILS.coastLead)).toBe('my_work');
    expect(await startOf(EMAILS.peerReviewer)).toBe('my_work');
  });
});
