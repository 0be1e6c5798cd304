import type { AssessmentPerson, MyWork } from '../../src/api/contracts';
import { EMAILS, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

interface Work {
  work: { assessmentId: string; toRate: { standardCode: string }[] }[];
}

describe('my work and the people a lead can assign to', () => {
  it('lists for a contributor exactly the unrated standards assigned to them', async () => {
    const contributor = await h.signIn(EMAILS.coastContributorTheme4);
    const res = await contributor.get<Work>('/api/v1/me/work');
    expect(res.status).toBe(200);
    const codes = res.body.work.flatMap((w) => w.toRate.map((s) => s.standardCode));
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => c.startsWith('4.'))).toBe(true);
  });

  it('tells a reviewer of a peer review still to come: their role and the window, not the service they will review', async () => {
    const reviewer = await h.signIn(EMAILS.leadReviewer);
    const res = await reviewer.get<MyWork>('/api/v1/me/work');
    expect(res.status).toBe(200);
    expect(res.body.reviews).toEqual([]);
    expect(res.body.upcomingReviews).toEqual([
      {
        assessmentId: expect.any(String),
        role: 'lead_reviewer',
        cycleName: expect.any(String),
        windowStart: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        windowEnd: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
    ]);
    expect(JSON.stringify(res.body.upcomingReviews)).not.toMatch(/rheumatology/i);
  });

  it('gives a service lead the people of their organisation for an assessment, but not the whole directory', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const people = await lead.get<AssessmentPerson[]>('/api/v1/assessments/a-cur-svc-slam-coast/people');
    expect(people.status).toBe(200);
    expect(people.body.length).toBeGreaterThan(2);
    // Names and roles only (least exposure); SLaM's people, and nobody from KCH.
    const names = people.body.map((p) => p.displayName);
    expect(names).toContain('Sophie Clarke');
    expect(names).not.toContain('Sarah Thompson');
    expect(people.body.every((p) => !('email' in p) && !('organisationId' in p))).toBe(true);
    expect((await lead.get('/api/v1/people')).status).toBe(403);
    expect((await lead.get('/api/v1/assessments/a-cur-svc-kch-cardio/people')).status).toBe(403);
  });
});
