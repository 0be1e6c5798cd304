import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { ClaimsPage, ReviewerClaim } from '../../src/api/contracts';
import { EMAILS, startHarness, type Client, type Harness } from './harness';
import { PEER_REVIEW_DAY, RHEUM } from './review-helpers';

/** Time and expenses: the demo's expert by experience claims for the rheumatology review; the network team pays. */
let h: Harness;
let expert: Client;
let admin: Client;
beforeAll(async () => {
  h = await startHarness();
  h.now.value = PEER_REVIEW_DAY;
  [expert, admin] = await Promise.all([h.signIn(EMAILS.expert), h.signIn(EMAILS.admin)]);
});
afterAll(() => h.close());

const visitDay = () => PEER_REVIEW_DAY.toISOString().slice(0, 10);

describe('time and expenses claims', () => {
  let claim: ReviewerClaim;

  it('lets the expert record 3.5 hours and £12.40 of travel for their review, waiting for approval', async () => {
    const page = await expert.get<ClaimsPage>('/api/v1/claims');
    expect(page.status).toBe(200);
    expect(page.body.allowed.record.allowed).toBe(true);
    expect(page.body.allowed.manage.allowed).toBe(false);
    expect(page.body.reviews.map((r) => r.assessmentId)).toEqual([RHEUM]);

    const res = await expert.send<ReviewerClaim>('POST', '/api/v1/claims', {
      assessmentId: RHEUM,
      date: visitDay(),
      hours: 3.5,
      activity: 'visit',
      expenses: [{ category: 'travel', amountPence: 1240, note: '=Bus there and back' }],
    });
    expect(res.status).toBe(201);
    claim = res.body;
    expect(claim).toMatchObject({ personId: 'p-expert', hours: 3.5, status: 'submitted' });
    const mine = await expert.get<ClaimsPage>('/api/v1/claims');
    expect(mine.body.claims.map((c) => [c.id, c.reviewName])).toEqual([[claim.id, expect.stringContaining('GSTT')]]);
  });

  it('asks for quarter hours and a review the expert is on, in plain words', async () => {
    const odd = await expert.send<{ code: string; detail: string }>('POST', '/api/v1/claims', {
      assessmentId: RHEUM,
      date: visitDay(),
      hours: 1.1,
      activity: 'preparation',
    });
    expect(odd.status).toBe(422);
    expect(odd.body.detail).toContain('quarter hours');
    const notMine = await expert.send<{ code: string; detail: string }>('POST', '/api/v1/claims', {
      assessmentId: 'no-such-review',
      date: visitDay(),
      hours: 1,
      activity: 'report',
    });
    expect(notMine.status).toBe(422);
    expect(notMine.body.detail).toContain('only for a review you are on');
  });

  it("keeps claims away from people who are not experts by experience, and everyone's from the expert", async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    expect((await lead.get('/api/v1/claims')).status).toBe(403);
    expect((await expert.get('/api/v1/claims?everyone=true')).status).toBe(403);
    expect((await expert.get('/api/v1/claims/export')).status).toBe(403);
    expect(
      (await expert.send('POST', `/api/v1/claims/${claim.id}/status`, { to: 'approved', version: 1 })).status,
    ).toBe(403);
  });

  it('lets the network admin approve, mark paid (in that order) and export for finance as a safe CSV', async () => {
    const all = await admin.get<ClaimsPage>('/api/v1/claims?everyone=true');
    expect(all.body.claims.map((c) => [c.personName, c.status])).toEqual([['Maria Santos', 'submitted']]);
    const early = await admin.send<{ code: string }>('POST', `/api/v1/claims/${claim.id}/status`, {
      to: 'paid',
      version: claim.version,
    });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('illegal_claim_transition');
    const approved = await admin.send<ReviewerClaim>('POST', `/api/v1/claims/${claim.id}/status`, {
      to: 'approved',
      version: claim.version,
    });
    expect(approved.body.status).toBe('approved');
    const paid = await admin.send<ReviewerClaim>('POST', `/api/v1/claims/${claim.id}/status`, {
      to: 'paid',
      version: approved.body.version,
    });
    expect(paid.body.status).toBe('paid');

    const file = await fetch(`${h.baseUrl}/api/v1/claims/export`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('text/csv');
    expect(file.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Time and expenses 2027-01-20\.csv"/,
    );
    const rows = parse<Record<string, string>>((await file.text()).replace(/^\uFEFF/, ''), { columns: true });
    expect(rows).toEqual([
      expect.objectContaining({
        Name: 'Maria Santos',
        Hours: '3.5',
        'Travel (£)': '12.40',
        'Expenses total (£)': '12.40',
        'Expense notes': "'=Bus there and back",
        Status: 'Paid',
      }),
    ]);
  });

  it('also gives finance an Excel workbook, with hours and money as numbers', async () => {
    const file = await fetch(`${h.baseUrl}/api/v1/claims/export?format=xlsx`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toMatch(/filename="Time and expenses 2027-01-20\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await file.arrayBuffer());
    const sheet = workbook.getWorksheet('Claims');
    const values = (sheet?.getRow(3).values ?? []) as unknown[];
    expect(values).toEqual(expect.arrayContaining(['Maria Santos', 3.5, 12.4, 'Paid']));
  });
});
