import type {
  AgreedReview,
  Assessment,
  InformationRequestsView,
  InformationRequestWithItems,
  ReviewView,
} from '../../src/api/contracts';
import { reviewTeamId } from '../../src/domain/review';
import { RETURN_TEXT_FIELDS, textFieldProblem } from '../../src/domain/text-field-rules';
import { EMAILS, startHarness, type Client, type Harness } from './harness';
import { PEER_REVIEW_DAY, REPORTING_DAY, RHEUM } from './review-helpers';

/**
 * The lead reviewer's decisions on the demo's GSTT rheumatology review, each offered with its reason when it
 * cannot be taken; returning it for information as a list of asks, the service's answers, and handing it back.
 */
let h: Harness;
let lead: Client;
let peer: Client;
let service: Client;
let admin: Client;
const A = `/api/v1/assessments/${RHEUM}`;

beforeAll(async () => {
  h = await startHarness();
  h.now.value = PEER_REVIEW_DAY;
  [lead, peer, service, admin] = await Promise.all([
    h.signIn(EMAILS.leadReviewer),
    h.signIn(EMAILS.peerReviewer),
    h.signIn(EMAILS.rheumLead),
    h.signIn(EMAILS.admin),
  ]);
});
afterAll(() => h.close());

async function version(): Promise<number> {
  return (await admin.get<{ assessment: { version: number } }>(A)).body.assessment.version;
}

describe("the review's decisions, with reasons", () => {
  it('offers the lead reviewer start and return on a submitted assessment, and says why agreeing must wait', async () => {
    const view = await lead.get<ReviewView>(`${A}/review`);
    expect(view.body.state).toBe('submitted');
    expect(view.body.allowed.start).toEqual({ allowed: true });
    expect(view.body.allowed.return).toEqual({ allowed: true });
    expect(view.body.allowed.agree_review).toEqual({
      allowed: false,
      reason: 'An assessment that is submitted cannot be agreed. From submitted you can: begin_review, return.',
    });
  });

  it('tells a peer reviewer that only the lead reviewer takes the decisions', async () => {
    const view = await peer.get<ReviewView>(`${A}/review`);
    expect(view.body.allowed.start).toEqual({
      allowed: false,
      reason:
        'You are not allowed to review this assessment. Only the lead reviewer of this assessment can do this, during the peer review window.',
    });
    expect(view.body.allowed.agree_review.allowed).toBe(false);
  });

  it('once started, says how many standards still need an agreed rating', async () => {
    expect((await lead.send('POST', `${A}/review/start`, { version: await version() })).status).toBe(200);
    const view = await lead.get<ReviewView>(`${A}/review`);
    const missing = view.body.missingAgreed.length;
    expect(missing).toBeGreaterThan(12);
    expect(view.body.allowed.agree_review).toEqual({
      allowed: false,
      reason: expect.stringMatching(
        new RegExp(
          `^${missing} standards still need an agreed rating \\(1\\.1, 1\\.2, .*, and ${missing - 12} more\\): record each with its rationale, then agree the review\\.$`,
        ),
      ),
    });
    expect(view.body.allowed.start.allowed).toBe(false);
    // Agreement per theme, in words, with the small-number caveat a theme of a few standards needs.
    expect(view.body.reviewAgreement).toHaveLength(5);
    expect(view.body.reviewAgreement[0]?.selfVsAgreed.words).toBe(
      'Self and agreed ratings cannot be compared yet: no standard has a rating from both.',
    );
  });
});

describe('returning for information, and the service answering', () => {
  let afterReturn: number;

  it('refuses an ask about a standard the framework does not have', async () => {
    const res = await lead.send<{ code: string }>('POST', `${A}/review/return`, {
      items: [{ text: 'x', standardCode: '9.9' }],
      version: await version(),
    });
    expect(res.body.code).toBe('unknown_standard');
  });

  it('refuses an introduction and an ask that are too long, each in the words the tab uses', async () => {
    const res = await lead.send<{ code: string; errors: { field: string; message: string }[] }>(
      'POST',
      `${A}/review/return`,
      { message: 'i'.repeat(5001), items: [{ text: 'a'.repeat(2001) }], version: await version() },
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_input');
    expect(res.body.errors.map((e) => e.message)).toEqual([
      textFieldProblem(RETURN_TEXT_FIELDS.message, 'i'.repeat(5001)),
      textFieldProblem(RETURN_TEXT_FIELDS.ask, 'a'.repeat(2001)),
    ]);
    expect(res.body.errors[0]?.message).toBe('Shorten the introduction to 5,000 characters or fewer (it has 5,001).');
  });

  it('returns the assessment with a list of asks, one about a standard', async () => {
    const returned = await lead.send<Assessment>('POST', `${A}/review/return`, {
      message: 'Two things before the visit:',
      items: [
        { text: 'Attach the latest physical health check audit.', standardCode: '1.1' },
        { text: 'Who leads mind and body care day to day?' },
      ],
      version: await version(),
    });
    expect(returned.status).toBe(200);
    expect(returned.body.state).toBe('returned');
    afterReturn = returned.body.version;
  });

  it('shows the service each ask, and why it cannot hand back before answering them all', async () => {
    const view = await service.get<InformationRequestsView>(`${A}/information`);
    expect(view.status).toBe(200);
    expect(view.body.requests.at(-1)?.items.map((i) => [i.id, i.text, i.standardCode, i.answer])).toEqual([
      ['1-1', 'Attach the latest physical health check audit.', '1.1', null],
      ['1-2', 'Who leads mind and body care day to day?', null, null],
    ]);
    expect(view.body.allowed.answer).toEqual({ allowed: true });
    expect(view.body.allowed.hand_back).toEqual({
      allowed: false,
      reason: '2 things the review team asked still need an answer. Answer each, then hand the assessment back.',
    });
    const early = await service.send<{ code: string }>('POST', `${A}/information-requests/hand-back`, {
      version: afterReturn,
    });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('information_unanswered');
  });

  it('lets the service lead change a rating while the assessment is returned, in the review window', async () => {
    const current = await service.get<{ version: number }>(`${A}/responses/1.1`);
    const saved = await service.send<{ rating: string }>('PUT', `${A}/responses/1.1`, {
      rating: 'partly_met',
      narrative: 'Two of three clinics offer the check; the audit is attached.',
      version: current.body.version,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.rating).toBe('partly_met');
  });

  it('lets only the service leads answer, and needs some text', async () => {
    const byReviewer = await peer.send('PUT', `${A}/information-requests/1-1/answer`, { text: 'x' });
    expect(byReviewer.status).toBe(403);
    const empty = await service.send<{ code: string }>('PUT', `${A}/information-requests/1-1/answer`, { text: ' ' });
    expect(empty.body.code).toBe('answer_required');
    const unknown = await service.send<{ code: string }>('PUT', `${A}/information-requests/7-1/answer`, { text: 'x' });
    expect(unknown.body.code).toBe('unknown_information_item');
  });

  it('takes an answer to each ask and hands the assessment back (returned -> in progress -> submitted)', async () => {
    const first = await service.send<InformationRequestWithItems[]>('PUT', `${A}/information-requests/1-1/answer`, {
      text: 'Attached to standard 1.1: the audit of October.',
    });
    expect(first.status).toBe(200);
    await service.send('PUT', `${A}/information-requests/1-2/answer`, { text: 'Dr Patel, our mind and body lead.' });
    const view = await service.get<InformationRequestsView>(`${A}/information`);
    expect(view.body.allowed.hand_back).toEqual({ allowed: true });
    const handed = await service.send<Assessment>('POST', `${A}/information-requests/hand-back`, {
      version: await version(),
    });
    expect(handed.status).toBe(200);
    expect(handed.body.state).toBe('submitted');
    // Back with the team, the self-assessment is locked again.
    const locked = await service.send('PUT', `${A}/responses/1.1`, { rating: 'met', version: 99 });
    expect(locked.status).toBe(403);
    const trail = await h.app.ports.store.auditForAssessment(RHEUM);
    // The audit trail says who answered and who handed it back.
    expect(trail.slice(-3).map((e) => [e.entityKind, e.actorId])).toEqual([
      ['reviewTeam', 'p-sl-rheum'],
      ['reviewTeam', 'p-sl-rheum'],
      ['assessment', 'p-sl-rheum'],
    ]);
  });

  it('shows the team the answers beside each ask', async () => {
    const view = await lead.get<ReviewView>(`${A}/review`);
    const asked = view.body.informationRequests.at(-1);
    expect(asked?.message).toBe('Two things before the visit:');
    expect(asked?.items.map((i) => [i.text, i.answer?.text, i.answer?.by])).toEqual([
      [
        'Attach the latest physical health check audit.',
        'Attached to standard 1.1: the audit of October.',
        'p-sl-rheum',
      ],
      ['Who leads mind and body care day to day?', 'Dr Patel, our mind and body lead.', 'p-sl-rheum'],
    ]);
  });

  it('still reads a request saved before asks were lists, as one ask', async () => {
    const store = h.app.ports.store;
    const team = await store.get('reviewTeam', reviewTeamId(RHEUM));
    if (!team) throw new Error('demo team missing');
    const old = { at: '2027-01-05T09:00:00.000Z', by: 'p-lead-reviewer', message: 'Please send the audit.' };
    await store.commit({ actorId: 'test', at: new Date().toISOString() }, [
      {
        op: 'put',
        kind: 'reviewTeam',
        value: { ...team, informationRequests: [old, ...team.informationRequests] },
        expectedVersion: team.version,
      },
    ]);
    const view = await service.get<InformationRequestsView>(`${A}/information`);
    expect(view.body.requests[0]?.items).toEqual([
      { id: '1-1', text: 'Please send the audit.', standardCode: null, answer: null },
    ]);
    // Nothing to answer now: the assessment is back with the team.
    expect(view.body.allowed.answer).toEqual({
      allowed: false,
      reason: 'This assessment is submitted, not with the service, so there is nothing to answer or hand back now.',
    });
  });
});

describe('agreeing the review', () => {
  it('is offered once every standard has an agreed rating, and files the report', async () => {
    expect((await lead.send('POST', `${A}/review/start`, { version: await version() })).status).toBe(200);
    const before = await lead.get<ReviewView>(`${A}/review`);
    for (const s of before.body.standards) {
      const saved = await lead.send('PUT', `${A}/review/agreed/${s.standardCode}`, {
        rating: s.self.rating ?? 'met',
        rationale: 'The team saw it on the visit.',
        version: s.agreed?.version ?? 0,
      });
      expect(saved.status).toBe(200);
    }
    const view = await lead.get<ReviewView>(`${A}/review`);
    expect(view.body.allowed.agree_review).toEqual({ allowed: true });
    expect(view.body.reviewAgreement[0]?.selfVsAgreed.measure.matching).toBe(
      view.body.reviewAgreement[0]?.selfVsAgreed.measure.pairs,
    );
    const agreed = await lead.send<AgreedReview>('POST', `${A}/review/agree`, { version: await version() });
    expect(agreed.body.assessment.state).toBe('agreed');
    // Impact over time measures each action's completion from this date.
    expect(agreed.body.assessment.agreedAt).toBe(h.now.value.toISOString());
    h.now.value = REPORTING_DAY;
    expect((await service.get(`${A}/report`)).status).toBe(200);
  });
});
