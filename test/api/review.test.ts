import { agreementByTheme } from '../../src/domain/agreement';
import type { AgreedReview, ReviewView, TeamView } from '../../src/api/contracts';
import { EMAILS, startHarness, type Client, type Harness } from './harness';
import { PEER_REVIEW_DAY, RHEUM, SELF_ASSESSMENT_DAY } from './review-helpers';

/** The demo's GSTT rheumatology review, walked through the API by its team: start, rate, find, agree. */
let h: Harness;
let lead: Client;
let peer: Client;
let expert: Client;
let admin: Client;
const A = `/api/v1/assessments/${RHEUM}`;

beforeAll(async () => {
  h = await startHarness();
  [lead, peer, expert, admin] = await Promise.all([
    h.signIn(EMAILS.leadReviewer),
    h.signIn(EMAILS.peerReviewer),
    h.signIn(EMAILS.expert),
    h.signIn(EMAILS.admin),
  ]);
});
afterAll(() => h.close());

async function version(): Promise<number> {
  return (await admin.get<{ assessment: { version: number } }>(A)).body.assessment.version;
}

describe('a peer review through the API', () => {
  it('shows the team with no broken rule', async () => {
    h.now.value = PEER_REVIEW_DAY;
    const team = await lead.get<TeamView>(`${A}/review-team`);
    expect(team.status).toBe(200);
    expect(team.body.members.map((m) => [m.personId, m.role])).toEqual([
      ['p-lead-reviewer', 'lead_reviewer'],
      ['p-peer-mh', 'peer_reviewer'],
      ['p-expert', 'expert_by_experience'],
    ]);
    expect(team.body.violations).toEqual([]);
    expect(team.body.team?.visit.format).toBe('in_person');
  });

  it('refuses to start the review outside its window, saying when the window runs', async () => {
    h.now.value = SELF_ASSESSMENT_DAY;
    const res = await admin.send<{ code: string; detail: string }>('POST', `${A}/review/start`, {
      version: await version(),
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('outside_review_window');
    expect(res.body.detail).toBe(
      'A peer review can start only in the peer review window of Cycle 2026/27 (2027-01-11 to 2027-03-06); today is 2026-11-26 and it opens on 2027-01-11.',
    );
    // The lead reviewer has no access at all before the window.
    expect((await lead.send('POST', `${A}/review/start`, { version: await version() })).status).toBe(403);
  });

  it('starts inside the window, and the team rates standards, experts by experience apart', async () => {
    h.now.value = PEER_REVIEW_DAY;
    const started = await lead.send<{ state: string }>('POST', `${A}/review/start`, { version: await version() });
    expect(started.status).toBe(200);
    expect(started.body.state).toBe('under_review');

    expect(
      (
        await peer.send('PUT', `${A}/review/ratings/1.1`, {
          rating: 'partly_met',
          comment: 'Two of three clinics.',
          version: 0,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await expert.send('PUT', `${A}/review/ratings/1.1`, {
          rating: 'not_met',
          comment: 'Patients told us nobody asked.',
          version: 0,
        })
      ).status,
    ).toBe(200);
    const na = await expert.send<{ code: string }>('PUT', `${A}/review/ratings/1.2`, {
      rating: 'not_applicable',
      version: 0,
    });
    expect([na.status, na.body.code]).toEqual([422, 'na_reason_required']);
    const stale = await peer.send('PUT', `${A}/review/ratings/1.1`, { rating: 'met', version: 0 });
    expect(stale.status).toBe(409);
    const notOnTeam = await admin.send<{ code: string }>('PUT', `${A}/review/ratings/1.1`, {
      rating: 'met',
      version: 0,
    });
    expect([notOnTeam.status, notOnTeam.body.code]).toEqual([422, 'not_on_review_team']);
  });

  it('gives the expert by experience every standard in plain English beside its full title', async () => {
    h.now.value = PEER_REVIEW_DAY;
    const view = await expert.get<ReviewView>(`${A}/review`);
    expect(view.status).toBe(200);
    expect(view.body.standards.length).toBeGreaterThan(0);
    for (const line of view.body.standards) expect(line.plainEnglish).toEqual(expect.stringMatching(/\w+ \w+/));
    expect(view.body.standards.find((l) => l.standardCode === '1.1')?.plainEnglish).toBe(
      'Once a year, people with a serious mental illness are offered a full check of their body: weight, blood pressure, blood sugar, cholesterol, smoking and drinking.',
    );
  });

  it('records findings per standard', async () => {
    const good = await peer.send<{ id: string }>('POST', `${A}/review/findings`, {
      standardCode: '1.1',
      kind: 'good_practice',
      text: 'Nurses ask every patient about mood at each visit, using a short questionnaire.',
    });
    expect(good.status).toBe(201);
    const afi = await lead.send('POST', `${A}/review/findings`, {
      standardCode: '2.1',
      kind: 'area_for_improvement',
      text: 'Involve patients in designing the clinic letters.',
    });
    const concern = await lead.send('POST', `${A}/review/findings`, {
      standardCode: '1.2',
      kind: 'immediate_concern',
      text: 'No route to urgent psychiatric help was known to staff.',
    });
    expect([afi.status, concern.status]).toEqual([201, 201]);
    const empty = await expert.send<{ code: string }>('POST', `${A}/review/findings`, {
      standardCode: '1.1',
      kind: 'good_practice',
      text: ' ',
    });
    expect(empty.body.code).toBe('finding_text_required');
    // Only its author or the lead changes a finding.
    const edit = await expert.send<{ code: string }>('PUT', `${A}/review/findings/${good.body.id}`, {
      kind: 'good_practice',
      text: 'x',
      version: 1,
    });
    expect(edit.body.code).toBe('not_your_finding');
  });

  it('refuses an agreed rating without a rationale, and a peer reviewer agreeing', async () => {
    const res = await lead.send<{ code: string; field: string; detail: string }>('PUT', `${A}/review/agreed/1.1`, {
      rating: 'partly_met',
      version: 0,
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'rationale_required', field: 'rationale' });
    expect(res.body.detail).toMatch(/An agreed rating needs a rationale/);
    expect(
      (await peer.send('PUT', `${A}/review/agreed/1.1`, { rating: 'met', rationale: 'x', version: 0 })).status,
    ).toBe(403);
  });

  it('tells each reviewer what they may do in the review, and why not', async () => {
    const asPeer = (await peer.get<ReviewView>(`${A}/review`)).body;
    expect(asPeer.allowed.rate).toEqual({ allowed: true });
    expect(asPeer.allowed.record_finding).toEqual({ allowed: true });
    expect(asPeer.allowed.agree).toEqual({
      allowed: false,
      reason:
        'You are not allowed to record agreed ratings or agree this review. Only the lead reviewer of this assessment can do this, during the peer review window.',
    });
    const asAdmin = (await admin.get<ReviewView>(`${A}/review`)).body;
    expect(asAdmin.allowed.rate).toEqual({
      allowed: false,
      reason:
        "Only members of this assessment's review team can rate standards in this review; you are not on the team.",
    });
  });

  it('refuses a report before the review is agreed, saying what is missing', async () => {
    const res = await admin.send<{ code: string; detail: string }>('POST', `${A}/report`);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('review_not_agreed');
    expect(res.body.detail).toMatch(
      /^A report can be written only once the review is agreed; this assessment is under review\. Still missing: agreed ratings for 1\.1, 1\.2,/,
    );
  });

  it('refuses to agree while standards lack an agreed rating', async () => {
    const res = await lead.send<{ code: string; detail: string }>('POST', `${A}/review/agree`, {
      version: await version(),
    });
    expect(res.body.code).toBe('agreed_ratings_missing');
    expect(res.body.detail).toMatch(/^The review cannot be agreed yet: 29 standards have no agreed rating/);
  });

  it('shows self, peer and expert ratings side by side with agreement per theme, then agrees', async () => {
    const before = await lead.get<ReviewView>(`${A}/review`);
    for (const [i, s] of before.body.standards.entries()) {
      // Every fourth standard the team settles one step down from the self-assessment.
      const rating = i % 4 === 0 && s.self.rating === 'met' ? 'partly_met' : (s.self.rating ?? 'not_met');
      const res = await lead.send('PUT', `${A}/review/agreed/${s.standardCode}`, {
        rating,
        rationale: `Agreed at the visit (${s.standardCode}).`,
        version: 0,
      });
      expect(res.status).toBe(200);
    }
    const view = await lead.get<ReviewView>(`${A}/review`);
    const s11 = view.body.standards.find((s) => s.standardCode === '1.1');
    expect(s11?.peer.map((o) => [o.name, o.rating])).toEqual([['Kwame Asante', 'partly_met']]);
    expect(s11?.expertByExperience.map((o) => [o.name, o.rating])).toEqual([['Maria Santos', 'not_met']]);
    expect(s11?.findings.map((f) => f.kind)).toEqual(['good_practice']);
    expect(view.body.missingAgreed).toEqual([]);
    expect(view.body.allowed.agree).toEqual({ allowed: true });

    // The agreement measures equal the domain's, computed here from what the store holds.
    const store = h.app.ports.store;
    const framework = await store.get('framework', 'fw-mind-body-v1');
    if (!framework) throw new Error('framework missing');
    const expected = agreementByTheme(
      framework,
      'service',
      await store.query('response', { assessmentId: RHEUM }),
      await store.query('agreedRating', { assessmentId: RHEUM }),
    );
    expect(view.body.agreement).toEqual(expected);
    expect(view.body.agreement.byTheme).toHaveLength(5);
    expect(view.body.agreement.overall.sharePercent).toBeLessThan(100);

    const agreed = await lead.send<AgreedReview>('POST', `${A}/review/agree`, { version: await version() });
    expect(agreed.status).toBe(200);
    expect(agreed.body.assessment.state).toBe('agreed');
    expect(agreed.body.reportProblem).toBeNull();
    expect(agreed.body.report).toMatchObject({ state: 'draft', headline: { recognitionLevel: expect.any(String) } });
    expect(agreed.body.report?.files.map((f) => f.format)).toEqual(['docx', 'xlsx']);
    // Every area for improvement and immediate concern proposes an action, owned by the service lead.
    expect(agreed.body.proposedActions.map((a) => [a.findingKind, a.ownerId, a.status])).toEqual(
      expect.arrayContaining([
        ['area_for_improvement', 'p-sl-rheum', 'proposed'],
        ['immediate_concern', 'p-sl-rheum', 'proposed'],
      ]),
    );
    expect(agreed.body.proposedActions).toHaveLength(2);
    // Once agreed, the review no longer changes.
    const late = await lead.send<{ code: string }>('PUT', `${A}/review/agreed/1.1`, {
      rating: 'met',
      rationale: 'x',
      version: 1,
    });
    expect(late.body.code).toBe('not_under_review');
  });
});
