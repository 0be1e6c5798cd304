import type { ActionPlan, AgreedReview } from '../../src/api/contracts';
import type { ActionItem } from '../../src/domain/action-plan';
import { seedAgreedReview } from '../../src/cli/seed-review';
import { openActionsForReminders } from '../../src/services/actions/action-reminders';
import { EMAILS, startHarness, type Client, type Harness } from './harness';
import { addPerson, PEER_REVIEW_DAY, REPORTING_DAY, RHEUM } from './review-helpers';

/** After the review of GSTT rheumatology is agreed: its action plan (the library has its own suite). */
let h: Harness;
let admin: Client;
let lead: Client;
let serviceLead: Client;
let contributor: Client;
let agreedReview: AgreedReview;
const A = `/api/v1/assessments/${RHEUM}`;

beforeAll(async () => {
  h = await startHarness();
  h.now.value = PEER_REVIEW_DAY;
  await seedAgreedReview(h.app.ports.store, RHEUM, PEER_REVIEW_DAY.toISOString(), { state: 'under_review' });
  const email = await addPerson(h, {
    id: 'rheum-nurse',
    organisationId: 'org-gstt',
    profession: 'physical_health',
    roles: [{ role: 'contributor', scope: { kind: 'service', serviceId: 'svc-gstt-rheum' } }],
  });
  [admin, lead, serviceLead, contributor] = await Promise.all([
    h.signIn(EMAILS.admin),
    h.signIn(EMAILS.leadReviewer),
    h.signIn(EMAILS.rheumLead),
    h.signIn(email),
  ]);
  const version = (await admin.get<{ assessment: { version: number } }>(A)).body.assessment.version;
  agreedReview = (await lead.send<AgreedReview>('POST', `${A}/review/agree`, { version })).body;
});
afterAll(() => h.close());

async function plan(): Promise<ActionPlan> {
  return (await serviceLead.get<ActionPlan>(`${A}/actions`)).body;
}

describe('the action plan', () => {
  it('starts with a proposed action for each area for improvement and immediate concern', async () => {
    expect(agreedReview.assessment.state).toBe('agreed');
    const p = await plan();
    expect(p.findingsWithoutAction).toEqual([]);
    expect(p.actions.map((a) => [a.findingKind, a.ownerName, a.dueDate, a.status])).toEqual([
      ['immediate_concern', 'Grace Chen', '2027-02-17', 'proposed'],
      ['area_for_improvement', 'Grace Chen', '2027-07-21', 'proposed'],
    ]);
    // An immediate concern can be agreed, but never deferred or cancelled.
    expect(p.actions[0]?.nextStatuses).toEqual(['agreed']);
    expect(p.actions[1]?.nextStatuses).toEqual(['agreed', 'deferred', 'cancelled']);
  });

  it('says, for each action and status, whether the person may move it there, and why not', async () => {
    const [concern, area] = (await plan()).actions;
    expect(concern?.allowedStatuses.cancelled).toEqual({
      allowed: false,
      reason: expect.stringMatching(/^An action on an immediate concern cannot be cancelled: /),
    });
    expect(concern?.allowedStatuses.verified).toEqual({
      allowed: false,
      reason:
        'You are not allowed to verify actions. Actions are verified by the lead reviewer of the review (or a network admin).',
    });
    expect(area?.allowedStatuses.completed).toEqual({
      allowed: false,
      reason:
        'An action that is proposed cannot become completed. From proposed it can become: agreed, deferred, cancelled.',
    });
    expect(area?.allowed.edit).toEqual({ allowed: true });
    const asContributor = (await contributor.get<ActionPlan>(`${A}/actions`)).body.actions[0];
    expect(asContributor?.allowed.edit).toEqual({
      allowed: false,
      reason: expect.stringMatching(/^You are not allowed to change this action plan\./),
    });
  });

  it('refuses an action without owner or due date, saying what is missing', async () => {
    const res = await serviceLead.send<{ code: string; detail: string; missing: string[] }>('POST', `${A}/actions`, {
      title: 'Audit mood screening',
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('action_incomplete');
    expect(res.body.detail).toBe(
      'An action needs an owner (who will do it), a due date (by when). Add them and save again.',
    );
    const noDate = await serviceLead.send<{ detail: string }>('POST', `${A}/actions`, {
      title: 'Audit',
      ownerId: 'rheum-nurse',
    });
    expect(noDate.body.detail).toBe('An action needs a due date (by when). Add it and save again.');
  });

  it('refuses a title longer than the tab allows, in the words the tab shows before sending', async () => {
    const res = await serviceLead.send<{ errors: { field: string; message: string }[] }>('POST', `${A}/actions`, {
      title: 'x'.repeat(301),
      ownerId: 'rheum-nurse',
      dueDate: '2027-06-30',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: 'title', message: 'Shorten what will be done to 300 characters or fewer (it has 301).' },
    ]);
  });

  it("lets the owner work on their own action, and nobody else's", async () => {
    const created = await serviceLead.send<ActionItem>('POST', `${A}/actions`, {
      title: 'Audit mood screening in all three clinics',
      ownerId: 'rheum-nurse',
      dueDate: '2027-06-30',
    });
    expect(created.status).toBe(201);
    const mine = await contributor.send<ActionItem>('POST', `${A}/actions/${created.body.id}/status`, {
      status: 'agreed',
      note: 'Agreed at the team meeting.',
      version: created.body.version,
    });
    expect(mine.body).toMatchObject({
      status: 'agreed',
      progressNotes: [{ by: 'rheum-nurse', text: 'Agreed at the team meeting.' }],
    });
    const concern = (await plan()).actions.find((a) => a.findingKind === 'immediate_concern');
    const notMine = await contributor.send('POST', `${A}/actions/${concern?.id}/status`, {
      status: 'agreed',
      version: concern?.version,
    });
    expect(notMine.status).toBe(403);
  });

  it("closes an immediate concern only with the lead reviewer's verification", async () => {
    let concern = (await plan()).actions.find((a) => a.findingKind === 'immediate_concern') as ActionItem;
    const step = async (who: Client, body: Record<string, unknown>) => {
      const res = await who.send<ActionItem & { code?: string }>('POST', `${A}/actions/${concern.id}/status`, {
        ...body,
        version: concern.version,
      });
      if (res.status === 200) concern = res.body;
      return res;
    };
    expect((await step(serviceLead, { status: 'cancelled' })).body.code).toBe('immediate_concern_needs_verification');
    await step(serviceLead, { status: 'agreed' });
    await step(serviceLead, { status: 'in_progress' });
    expect((await step(serviceLead, { status: 'completed' })).body.code).toBe('completion_evidence_required');
    await step(serviceLead, {
      status: 'completed',
      completion: { note: 'Crisis line on every clinic letter; staff briefed.' },
    });
    expect((await step(serviceLead, { status: 'verified' })).status).toBe(403);
    expect((await step(admin, { status: 'verified' })).body.code).toBe('immediate_concern_needs_verification');
    h.now.value = REPORTING_DAY;
    const verified = await step(lead, { status: 'verified' });
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ status: 'verified', verifiedBy: 'p-lead-reviewer' });
    h.now.value = PEER_REVIEW_DAY;
  });

  it('shows overdue actions, and hands them to the reminder run for their owners', async () => {
    h.now.value = new Date('2027-08-01T10:00:00Z');
    const p = await plan();
    // The verified concern is closed; the audit (due 2027-06-30) and the area for improvement (2027-07-21) are late.
    expect(p.actions.filter((a) => a.overdue).map((a) => [a.findingKind, a.dueDate])).toEqual([
      [null, '2027-06-30'],
      ['area_for_improvement', '2027-07-21'],
    ]);
    expect(p.overdueCount).toBe(2);
    const cycles = await h.app.ports.store.query('cycle', {});
    const open = await openActionsForReminders(h.app.ports, cycles, '2027-08-01');
    expect(open.filter((a) => a.overdue).map((a) => a.ownerId)).toEqual(['rheum-nurse', 'p-sl-rheum']);
    h.now.value = PEER_REVIEW_DAY;
  });
});
