import { EMAILS, startHarness, type Harness } from './harness';
import { PEER_REVIEW_DAY, SELF_ASSESSMENT_DAY } from './review-helpers';

const RHEUM = '/api/v1/assessments/a-cur-svc-gstt-rheum';
const COAST = '/api/v1/assessments/a-cur-svc-slam-coast';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function personIdOf(email: string): Promise<string> {
  const me = await (await h.signIn(email)).get<{ person: { id: string } }>('/api/v1/me');
  return me.body.person.id;
}

describe('people of an assessed service: no more than the work needs', () => {
  it('shows a reviewer the assessed service’s people by name and role, never e-mails or tenant and object ids', async () => {
    h.now.value = PEER_REVIEW_DAY;
    const reviewer = await h.signIn(EMAILS.leadReviewer);
    const res = await reviewer.get<Record<string, unknown>[]>(`${RHEUM}/people`);
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(0);
    for (const person of res.body) {
      expect(Object.keys(person).sort()).toEqual(['displayName', 'id', 'jobTitle', 'roles']);
    }
    expect(JSON.stringify(res.body)).not.toMatch(/@|tenantId|objectId/);
    const lead = res.body.find((p) => p['displayName'] === 'Grace Chen');
    expect(lead?.['roles']).toContain('service_lead');
    h.now.value = SELF_ASSESSMENT_DAY;
  });

  it('refuses to assign a standard to someone from another organisation, with a 422 problem that says why', async () => {
    // COAST (SLaM) is still in its self-assessment, so assigning is open; GSTT's Grace Chen is from another trust.
    const lead = await h.signIn(EMAILS.coastLead);
    const outsider = await personIdOf(EMAILS.rheumLead);
    const refused = await lead.send<{ code: string; field: string; detail: string }>('POST', `${COAST}/assignments`, {
      standardCodes: ['1.1'],
      assigneeId: outsider,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('assignee_outside_service');
    expect(refused.body.field).toBe('assigneeId');
    expect(refused.body.detail).toMatch(/does not belong to/);

    const colleague = await personIdOf(EMAILS.coastContributorTheme2);
    const allowed = await lead.send<{ assigneeId: string }[]>('POST', `${COAST}/assignments`, {
      standardCodes: ['1.1'],
      assigneeId: colleague,
    });
    expect(allowed.status).toBe(200);
    expect(allowed.body.map((r) => r.assigneeId)).toEqual([colleague]);
  });
});
