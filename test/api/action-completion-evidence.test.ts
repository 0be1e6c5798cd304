import type { ActionPlan, AgreedReview, EvidenceRecord } from '../../src/api/contracts';
import type { ActionItem } from '../../src/domain/action-plan';
import { seedAgreedReview } from '../../src/cli/seed-review';
import { EMAILS, startHarness, type Client, type Harness } from './harness';
import { PEER_REVIEW_DAY, RHEUM } from './review-helpers';

/** The action plan page's needs: the plan theme by theme, whether actions can be added, and completion evidence. */
let h: Harness;
let lead: Client;
let serviceLead: Client;
const A = `/api/v1/assessments/${RHEUM}`;

beforeAll(async () => {
  h = await startHarness();
  h.now.value = PEER_REVIEW_DAY;
  await seedAgreedReview(h.app.ports.store, RHEUM, PEER_REVIEW_DAY.toISOString(), { state: 'under_review' });
  [lead, serviceLead] = await Promise.all([h.signIn(EMAILS.leadReviewer), h.signIn(EMAILS.rheumLead)]);
  const version = (await serviceLead.get<{ assessment: { version: number } }>(A)).body.assessment.version;
  await lead.send<AgreedReview>('POST', `${A}/review/agree`, { version });
});
afterAll(() => h.close());

async function planFor(who: Client): Promise<ActionPlan> {
  return (await who.get<ActionPlan>(`${A}/actions`)).body;
}

describe('the action plan for its page', () => {
  it("names the framework's themes and says who may add actions, and why not", async () => {
    const mine = await planFor(serviceLead);
    expect(mine.themes.map((t) => t.code)).toEqual(['1', '2', '3', '4', '5']);
    expect(mine.themes[0]?.title).toEqual(expect.any(String));
    expect(mine.allowed.create).toEqual({ allowed: true });
    const theirs = await planFor(lead);
    expect(theirs.allowed.create).toEqual({ allowed: false, reason: expect.stringMatching(/\w/) });
  });

  it('tells the self-assessment and the review pages that the plan can be read now', async () => {
    const detail = await serviceLead.get<{ allowed: { read_actions: unknown } }>(A);
    expect(detail.body.allowed.read_actions).toEqual({ allowed: true });
    const review = await lead.get<{ allowed: { read_actions: unknown } }>(`${A}/review`);
    expect(review.body.allowed.read_actions).toEqual({ allowed: true });
  });

  it('takes evidence that an action is done, after the self-assessment is locked, and completes the action with it', async () => {
    let action = (await planFor(serviceLead)).actions.find(
      (a) => a.findingKind === 'area_for_improvement',
    ) as ActionItem;
    const move = async (body: Record<string, unknown>) => {
      const res = await serviceLead.send<ActionItem>('POST', `${A}/actions/${action.id}/status`, {
        ...body,
        version: action.version,
      });
      expect(res.status).toBe(200);
      action = res.body;
    };
    await move({ status: 'agreed' });
    // The self-assessment's own evidence is locked after the review...
    const locked = await serviceLead.sendRaw(
      'POST',
      `${A}/evidence?fileName=audit.txt`,
      'Audit of mood screening',
      'text/plain',
    );
    expect(locked.status).toBeGreaterThanOrEqual(400);
    // ...but evidence for an action goes in through the action.
    const uploaded = await serviceLead.sendRaw<EvidenceRecord>(
      'POST',
      `${A}/actions/${action.id}/evidence?fileName=audit.txt`,
      'Audit of mood screening',
      'text/plain',
    );
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ fileName: 'audit.txt', assessmentId: RHEUM });
    const library = await serviceLead.get<EvidenceRecord[]>(`${A}/evidence`);
    expect(library.body.map((e) => e.id)).toContain(uploaded.body.id);
    await move({ status: 'completed', completion: { note: '', evidenceIds: [uploaded.body.id] } });
    expect(action.completionEvidence).toEqual({ note: '', evidenceIds: [uploaded.body.id] });
  });

  it('refuses evidence for a closed action, and evidence from someone who may not work on the plan', async () => {
    const created = await serviceLead.send<ActionItem>('POST', `${A}/actions`, {
      title: 'Rewrite the clinic letter',
      ownerId: 'p-sl-rheum',
      dueDate: '2027-06-30',
    });
    const cancelled = await serviceLead.send<ActionItem>('POST', `${A}/actions/${created.body.id}/status`, {
      status: 'cancelled',
      version: created.body.version,
    });
    expect(cancelled.body.status).toBe('cancelled');
    const area = cancelled.body;
    const closed = await serviceLead.sendRaw<{ code: string; detail: string }>(
      'POST',
      `${A}/actions/${area?.id}/evidence?fileName=late.txt`,
      'Too late',
      'text/plain',
    );
    expect(closed.status).toBe(422);
    expect(closed.body).toMatchObject({
      code: 'action_closed',
      detail: 'This action is cancelled: it no longer changes.',
    });
    const reviewer = await lead.sendRaw('POST', `${A}/actions/${area?.id}/evidence?fileName=x.txt`, 'x', 'text/plain');
    expect(reviewer.status).toBe(403);
  });
});
