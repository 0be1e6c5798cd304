import type { AssessmentDetail } from '../../src/api/contracts';
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
